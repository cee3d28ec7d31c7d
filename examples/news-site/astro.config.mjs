import { defineConfig } from 'astro/config';
import newsroom from 'astro-newsroom';
import { newsroomOptions } from './newsroom.config.mjs';

// The docs serve this site under /example/ (NEWSROOM_EXAMPLE_BASE), built into their own dist.
const base = process.env.NEWSROOM_EXAMPLE_BASE ?? '/';

export default defineConfig({
  site: 'http://localhost:4321',
  base,
  ...(process.env.NEWSROOM_EXAMPLE_OUT_DIR ? { outDir: process.env.NEWSROOM_EXAMPLE_OUT_DIR } : {}),
  // Default Markdown processor (Sätteri); the integration adds itself to it.
  integrations: [newsroom(newsroomOptions)],
  // Every stylesheet as a file: the site runs under `style-src 'self'` without 'unsafe-inline'.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
