/**
 * One content collection site (`glob()` loader, one page per entry) and its
 * three builds: cold (no cache), warm (nothing changed: Astro serves every
 * entry from its content store) and after one edited article. Used by
 * bench/parts/collection.ts.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSource, astroConfig, type Site, timedBuild } from './astro-site.ts';
import { corpus } from './generate.ts';
import { median, spread } from './stats.ts';

export interface CollectionBuild {
  processor: 'satteri' | 'unified';
  site: Site;
  articles: number;
  round: number;
  coldMs: number;
  warmMs: number;
  editMs: number;
  peakMemoryMB: number;
  /** Astro's content store after the cold build: what every later build reads and bundles. */
  storeMB: number;
}

/**
 * A collection site in `root`: `articles` as Markdown files (slug → source),
 * a `glob()` collection of them, one page per entry, and `config` as its
 * Astro config. The static-build part writes the same site.
 */
export function writeCollectionSite(root: string, articles: Iterable<[string, string]>, config: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/articles'), { recursive: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  for (const [slug, source] of articles) writeFileSync(join(root, 'src/articles', `${slug}.md`), source);
  writeFileSync(
    join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './src/articles' }) }) };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"de\"><head><title>{entry.data.title}</title></head><body><Content /></body></html>\n",
  );
  writeFileSync(join(root, 'astro.config.mjs'), config);
}

function writeSite(root: string, processor: 'satteri' | 'unified', site: Site, count: number): void {
  const articles = Array.from(corpus(count), (a): [string, string] => [a.slug, articleSource(a.markdown, site)]);
  writeCollectionSite(root, articles, astroConfig(processor, site === 'with'));
}

/** One round of one configuration: cold, warm, one edit. */
export async function buildCollection(
  here: string,
  processor: 'satteri' | 'unified',
  site: Site,
  count: number,
  round: number,
): Promise<CollectionBuild> {
  const root = join(here, '.sites', `collection-${processor}-${site.replace(' ', '-')}`);
  writeSite(root, processor, site, count);
  const cold = await timedBuild(here, root);
  const store = statSync(join(root, 'node_modules/.astro/data-store.json')).size;
  const warm = await timedBuild(here, root);
  const edited = join(root, 'src/articles', 'article-0001.md');
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nEin Satz mehr, um 10:30 Uhr.\n`);
  const edit = await timedBuild(here, root);
  rmSync(root, { recursive: true, force: true });
  return {
    processor,
    site,
    articles: count,
    round,
    coldMs: Math.round(cold.ms),
    warmMs: Math.round(warm.ms),
    editMs: Math.round(edit.ms),
    peakMemoryMB: Math.round(Math.max(cold.rss, warm.rss, edit.rss) / 2 ** 20),
    storeMB: Number((store / 2 ** 20).toFixed(1)),
  };
}

export type CollectionMeasure = 'coldMs' | 'warmMs' | 'editMs' | 'peakMemoryMB' | 'storeMB';

/** Median of the rounds, and their spread (max/min − 1), per measure. */
export function summarise(builds: CollectionBuild[], processor: string, site: Site, measure: CollectionMeasure) {
  const values = builds.filter((b) => b.processor === processor && b.site === site).map((b) => b[measure]);
  return { median: median(values), spread: spread(values) };
}
