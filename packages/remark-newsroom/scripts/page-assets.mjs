// The stylesheet and the poll consent script for sites without Astro: the same
// files astro-newsroom serves, built from its sources into assets/ (exported
// as remark-newsroom/styles.css and remark-newsroom/poll-consent.js).
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';

const astro = new URL('../../astro-newsroom/', import.meta.url);
copyFileSync(new URL('styles/newsroom.css', astro), new URL('../assets/newsroom.css', import.meta.url));
await build({
  entryPoints: [new URL('src/client/poll-consent.ts', astro).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: new URL('../assets/poll-consent.js', import.meta.url).pathname,
  logLevel: 'warning',
});
