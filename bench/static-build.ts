/**
 * Static builds as the archive grows (`pnpm bench --only=static-build
 * --sizes=1000,10000,30000`; the smoke run builds a few articles): a content
 * collection of generated articles (generate.ts), one page per article, with
 * the integration on Astro's default processor. Per size: the cold build's
 * time, time per article, and peak memory — the resident set of the whole
 * `astro build` process tree, sampled, and the main process's own peak.
 * What on-demand rendering saves is this, paid again on every build.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroConfig } from './astro-site.ts';
import { writeCollectionSite } from './collection-site.ts';
import { article } from './generate.ts';
import { sampleTree } from './static-build-memory.ts';

const here = fileURLToPath(new URL('./', import.meta.url));

export interface StaticBuild {
  articles: number;
  ms: number;
  msPerArticle: number;
  /** Peak resident set of the build's process tree (sampled every 250 ms). */
  peakTreeMB: number;
  /** Peak resident set of the main `astro build` process (getrusage). */
  peakMainMB: number;
}

function writeSite(root: string, count: number): void {
  // Articles one at a time: 30,000 sources need not be held at once.
  function* articles(): Generator<[string, string]> {
    for (let index = 0; index < count; index++) yield [`a${index}`, article(8, index).markdown];
  }
  writeCollectionSite(root, articles(), astroConfig('satteri', true));
}

/** `astro build` in `root` (cold: a fresh site), timed, its process tree sampled. */
function build(root: string): Promise<{ ms: number; peakTreeMB: number; peakMainMB: number }> {
  const rssFile = join(root, 'rss.txt');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', join(here, 'rss.mjs'), join(here, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: root, env: { ...process.env, NEWSROOM_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const sampler = sampleTree(child.pid as number);
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      const peakTreeMB = sampler.stop();
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${errors}`));
      const peakMainMB = Math.round(Number(readFileSync(rssFile, 'utf8')) / 2 ** 20);
      resolve({ ms, peakTreeMB: Math.max(peakTreeMB, peakMainMB), peakMainMB });
    });
  });
}

export async function measureStaticBuilds(sizes: number[]): Promise<StaticBuild[]> {
  const results: StaticBuild[] = [];
  for (const count of sizes) {
    const root = join(here, '.sites', `static-build-${count}`);
    writeSite(root, count);
    const { ms, peakTreeMB, peakMainMB } = await build(root);
    rmSync(root, { recursive: true, force: true });
    results.push({
      articles: count,
      ms: Math.round(ms),
      msPerArticle: Number((ms / count).toFixed(2)),
      peakTreeMB,
      peakMainMB,
    });
  }
  return results;
}
