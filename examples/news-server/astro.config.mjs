import node from '@astrojs/node';
import { defineConfig, memoryCache } from 'astro/config';
import newsroom from 'astro-newsroom';
import { newsroomOptions } from './newsroom.config.mjs';

// The example news site on demand: every article page is rendered at request
// time from the SQLite store and cached in memory, tagged per article and topic.
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  cache: { provider: memoryCache({ max: 10_000 }) },
  integrations: [newsroom(newsroomOptions)],
  vite: { resolve: { alias: { '#store': new URL('./src/store/sqlite.ts', import.meta.url).pathname } } },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
