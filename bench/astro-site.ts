/** What the Astro benchmarks share: the sites compared, a site's config, and one timed build with its peak memory. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byHandBody } from './by-hand.ts';
import { splitArticle } from './generate.ts';
import { sampleTree } from './static-build-memory.ts';

/** `with`: our blocks; `without`: the same articles, no integration; `by hand`: our markup as raw HTML, no integration. */
export type Site = 'with' | 'without' | 'by hand';

/** An article as the site holds it: as written, or with our markup written by hand as raw HTML. */
export function articleSource(markdown: string, site: Site): string {
  if (site !== 'by hand') return markdown;
  const { frontmatter, body } = splitArticle(markdown);
  const locale = /^locale: (.+)$/m.exec(frontmatter)?.[1] === 'en' ? 'en' : 'de-CH';
  return `${frontmatter}\n${byHandBody(body, locale)}`;
}

/** astro.config.mjs on a processor, with or without the integration. */
export function astroConfig(
  processor: 'satteri' | 'unified',
  integration: boolean,
  storage: 'single-file' | 'chunked' = 'single-file',
): string {
  return `${processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}${integration ? "import newsroom from 'astro-newsroom';\n" : ''}export default {\n  ${processor === 'unified' ? 'markdown: { processor: unified() },' : ''}\n  ${storage === 'chunked' ? "experimental: { collectionStorage: 'chunked' }," : ''}\n  integrations: [${integration ? 'newsroom()' : ''}],\n  logLevel: 'error',\n};\n`;
}

/** One timed build: wall time, and peak memory (bytes of the main process; MB of it and of its whole process tree). */
export interface TimedBuild {
  ms: number;
  rss: number;
  peakMainMB: number;
  /** Peak resident set of the build's process tree (sampled every 250 ms), at least the main process's. */
  peakTreeMB: number;
}

/**
 * `astro build` in `root` (the bench's folder `here` holds Astro and rss.mjs),
 * timed, its process tree sampled; `heapMB` sets V8's heap limit. A failed
 * build rejects with the first lines of its stderr (where V8's fatal errors
 * stand) and the last (where it failed).
 */
export function timedBuild(here: string, root: string, heapMB?: number): Promise<TimedBuild> {
  const rssFile = join(root, 'rss.txt');
  const started = performance.now();
  const heap = heapMB ? [`--max-old-space-size=${heapMB}`] : [];
  const child = spawn(
    process.execPath,
    [...heap, '--import', join(here, 'rss.mjs'), join(here, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: root, env: { ...process.env, NEWSROOM_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const sampler = sampleTree(child.pid as number);
  let head = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (head.length < 2000) head = (head + chunk.toString()).slice(0, 2000);
    errors = (errors + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      const peakTreeMB = sampler.stop();
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${head}\n…\n${errors}`));
      const rss = Number(readFileSync(rssFile, 'utf8'));
      const peakMainMB = Math.round(rss / 2 ** 20);
      resolve({ ms, rss, peakMainMB, peakTreeMB: Math.max(peakTreeMB, peakMainMB) });
    });
  });
}
