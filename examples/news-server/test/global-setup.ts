/** Writes the corpus and builds the server once for every test file. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { articlesDir, writeCorpus } from './corpus.ts';
import { root } from './server.ts';

export default function setup() {
  writeCorpus();
  execFileSync(process.execPath, [fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', root)), 'build'], {
    cwd: fileURLToPath(root),
    env: { ...process.env, NEWSROOM_STATIC_ARTICLES: fileURLToPath(articlesDir), NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
