// The stylesheet and the poll consent script, for a site without Astro: copy
// them into your site (paths from remark-newsroom's exports).
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

await mkdir('public/_newsroom', { recursive: true });
for (const [asset, file] of [
  ['remark-newsroom/styles.css', 'newsroom.css'],
  ['remark-newsroom/poll-consent.js', 'poll-consent.js'],
  ['remark-newsroom/assets/jti-badge.svg', 'jti-badge.svg'],
]) {
  await copyFile(fileURLToPath(import.meta.resolve(asset)), `public/_newsroom/${file}`);
}
console.log('copied to public/_newsroom/');
