/** What the Astro benchmarks share: the sites compared, a site's config, and one timed build with its peak memory. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import satteriNewsroom from 'remark-newsroom/satteri';
import { markdownToHtml } from 'satteri';
import { splitArticle } from './generate.ts';

const exec = promisify(execFile);

// Astro's own heading ids plugin (not exported: imported from its dist file, as
// Astro resolves it), so the control's headings carry the ids Astro gives ours.
const astroSatteri = createRequire(import.meta.resolve('astro')).resolve('@astrojs/markdown-satteri');
const { createHeadingIdsPlugin } = await import(new URL('satteri-processor.js', `file://${astroSatteri}`).href);

/** `with`: our blocks; `without`: the same articles, no integration; `by hand`: our markup as raw HTML, no integration. */
export type Site = 'with' | 'without' | 'by hand';

/** An article as the site holds it: as written, or with our markup written by hand as raw HTML. */
export function articleSource(markdown: string, site: Site): string {
  if (site !== 'by hand') return markdown;
  const { frontmatter, body } = splitArticle(markdown);
  const locale = /^locale: (.+)$/m.exec(frontmatter)?.[1] === 'en' ? 'en' : 'de-CH';
  const html = markdownToHtml(body, {
    features: { directive: true },
    // As the integration runs it with nothing after it: directives not ours are given back.
    mdastPlugins: [satteriNewsroom({ typography: true, locale })],
    hastPlugins: [createHeadingIdsPlugin()],
  }).html;
  return `${frontmatter}\n${html}`;
}

/** astro.config.mjs on a processor, with or without the integration. */
export function astroConfig(
  processor: 'satteri' | 'unified',
  integration: boolean,
  storage: 'single-file' | 'chunked' = 'single-file',
): string {
  return `${processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}${integration ? "import newsroom from 'astro-newsroom';\n" : ''}export default {\n  ${processor === 'unified' ? 'markdown: { processor: unified() },' : ''}\n  ${storage === 'chunked' ? "experimental: { collectionStorage: 'chunked' }," : ''}\n  integrations: [${integration ? 'newsroom()' : ''}],\n  logLevel: 'error',\n};\n`;
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
