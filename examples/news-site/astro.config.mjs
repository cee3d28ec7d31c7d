import { defineConfig } from 'astro/config';
import newsroom from 'astro-newsroom';

// The docs serve this site under /example/ (NEWSROOM_EXAMPLE_BASE), built into their own dist.
const base = process.env.NEWSROOM_EXAMPLE_BASE ?? '/';

export default defineConfig({
  site: 'http://localhost:4321',
  base,
  ...(process.env.NEWSROOM_EXAMPLE_OUT_DIR ? { outDir: process.env.NEWSROOM_EXAMPLE_OUT_DIR } : {}),
  // Default Markdown processor (Sätteri); the integration adds itself to it.
  integrations: [
    newsroom({
      locale: 'de-CH',
      // The CMP demo page (/cmp-demo/): the example provider as vendor 902 of the demo's fixture vendor list.
      providers: { example: { tcf: { vendorId: 902, purposes: [1] } } },
      publisher: {
        name: 'Newsroom Beispiel',
        url: '/',
        publishingPrinciples: '/so-arbeitet-die-redaktion',
        correctionsPolicy: '/so-arbeitet-die-redaktion#fehler',
        ethicsPolicy: '/so-arbeitet-die-redaktion#richtlinien',
        jti: { certified: true, url: '/so-arbeitet-die-redaktion#jti' },
      },
    }),
  ],
  // Every stylesheet as a file: the site runs under `style-src 'self'` without 'unsafe-inline'.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
