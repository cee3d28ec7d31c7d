/**
 * The public surface, pinned: the subpaths of package.json `exports` and the
 * runtime names of each JavaScript subpath, imported by the package's own
 * name so the exports map itself is what resolves them. Adding or removing
 * one is a decision, not an accident; each is documented in the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  imports: Record<string, { types: string; default: string }>;
};

const names = (module: object) => Object.keys(module).sort();

it('the subpaths', () => {
  expect(Object.keys(manifest.exports)).toEqual([
    '.',
    './components',
    './schema',
    './jsonld',
    './loader',
    './on-demand',
    './distribution',
    './styles.css',
    './styles/article.css',
    './styles/starlight.css',
    './package.json',
  ]);
});

it('every target is a file of the package', () => {
  const targets = [...Object.values(manifest.exports), ...Object.values(manifest.imports)].flatMap((target) =>
    typeof target === 'string' ? [target] : [target.types, target.default],
  );
  for (const target of targets) expect(existsSync(new URL(`../${target}`, import.meta.url)), target).toBe(true);
});

/** The backticked imports in the first column of the table under `heading`, up to the next `## `. */
function documentedImports(path: string, heading: string): string[] {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  const end = text.indexOf('\n## ', start + 1);
  return [...text.slice(start, end === -1 ? undefined : end).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
}

const subpaths = Object.keys(manifest.exports)
  .filter((key) => key !== './package.json')
  .map((key) => `astro-newsroom${key.slice(1)}`);

it.each([
  ['../README.md', '## Entry points'],
  ['../../../docs/src/content/docs/configuration.md', '## Imports'],
])('%s documents every subpath, and only those', (path, heading) => {
  expect(documentedImports(path, heading).sort()).toEqual(subpaths.sort());
});

it('the internal modules of the components are imports (`#…`), not subpaths', () => {
  expect(Object.keys(manifest.imports).sort()).toEqual(['#page-assets', '#render']);
});

describe('runtime names', () => {
  it('astro-newsroom', async () => {
    expect(names(await import('astro-newsroom'))).toEqual(['default']);
  });

  it('astro-newsroom/components', async () => {
    expect(names(await import('astro-newsroom/components'))).toEqual([
      'ArticleLayout',
      'Correction',
      'Credit',
      'NewsArticleJsonLd',
      'Poll',
      'Quote',
      'Summary',
      'Topic',
      'TrustBadge',
      'Update',
    ]);
  });

  it('astro-newsroom/schema', async () => {
    expect(names(await import('astro-newsroom/schema'))).toEqual(['newsroomArticleSchema']);
  });

  it('astro-newsroom/jsonld', async () => {
    expect(names(await import('astro-newsroom/jsonld'))).toEqual(['newsArticleJsonLd', 'pageUrl', 'serializeJsonLd']);
  });

  it('astro-newsroom/loader', async () => {
    expect(names(await import('astro-newsroom/loader'))).toEqual(['entryMarkdown']);
  });

  it('astro-newsroom/on-demand', async () => {
    expect(names(await import('astro-newsroom/on-demand'))).toEqual([
      'articleTag',
      'createRenderer',
      'newsroomLiveLoader',
      'renderNewsroom',
      'topicTag',
    ]);
  });

  it('astro-newsroom/distribution', async () => {
    expect(names(await import('astro-newsroom/distribution'))).toEqual([
      'atomFeed',
      'distributedArticle',
      'googleNewsFeedLimits',
      'newsSitemaps',
      'rssFeed',
      'sitemapIndex',
    ]);
  });
});
