/** What the Astro benchmarks share: a site's config, and one timed build with its peak memory. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** astro.config.mjs on a processor, with or without the integration. */
export function astroConfig(processor: 'satteri' | 'unified', integration: boolean): string {
  return `${processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}${integration ? "import newsroom from 'astro-newsroom';\n" : ''}export default {\n  ${processor === 'unified' ? 'markdown: { processor: unified() },' : ''}\n  integrations: [${integration ? 'newsroom()' : ''}],\n  logLevel: 'error',\n};\n`;
}

/** `astro build` in `root`, timed, with the child's peak memory (rss.mjs). */
export async function timedBuild(here: string, root: string): Promise<{ ms: number; rss: number }> {
  const rssFile = join(root, 'rss.txt');
  const started = performance.now();
  await exec(
    process.execPath,
    ['--import', join(here, 'rss.mjs'), join(here, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      env: { ...process.env, NEWSROOM_RSS_FILE: rssFile },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { ms: performance.now() - started, rss: Number(readFileSync(rssFile, 'utf8')) };
}
