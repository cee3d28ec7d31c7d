/**
 * A generated article store for the on-demand bench: `count` articles in the
 * example server's SQLite store, deterministic for a seed. Half carry our
 * blocks (`b<i>`); the other half are the same articles with our directives
 * taken out (`p<i>`): the same prose, summary items, quotes and correction
 * text as plain Markdown — the contract's control, served by the same
 * server, the same route, the same process. Beside them, twice `count / 2`
 * more: the articles with blocks with our markup written by hand as raw HTML
 * (by-hand.ts), the controls that emit the same markup (issue 22): only our
 * blocks by hand, the prose left as Markdown (`k<i>`), and the whole body by
 * hand (`h<i>`).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../examples/news-server/src/store/sqlite.ts';
import { blocksByHand, byHandBody } from './by-hand.ts';
import { article, splitArticle } from './generate.ts';

export const withBlocks = (index: number) => `b${index}`;
export const withoutBlocks = (index: number) => `p${index}`;
export const byHand = (index: number) => `h${index}`;
export const blocksByHandSlug = (index: number) => `k${index}`;

/**
 * The same Markdown without our directives: container fences go and their
 * content stays, a leaf directive goes (the topic link stays a link), a text
 * directive leaves its label.
 */
export function withoutDirectives(body: string): string {
  return body
    .split('\n\n')
    .map((part) =>
      part
        .replace(/^::topic\[([^\]]*)\]\{href="([^"]*)"\}$/, '[$1]($2)')
        .replace(/^::[a-z]+(?:\[[^\]]*\])?(?:\{[^}]*\})?$/, '')
        .replace(/^:::[a-z]+(?:\[[^\]]*\])?(?:\{[^}]*\})?\n/, '')
        .replace(/\n:::$/, '')
        .replace(/:[a-z]+\[([^\]]*)\]/g, '$1'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The example's page assets, written by hand where our render writes them
 * (astro-newsroom's page-assets-markup.ts): its stylesheet before a document
 * with a block, the poll consent script after the content of one with a poll.
 * Part of the markup the control must emit, so the article's HTML is the same.
 */
export function withAssetsByHand(html: string): string {
  const link = html.includes('data-nr="') ? '<link rel="stylesheet" href="/_newsroom/newsroom.css">' : '';
  const script = html.includes('data-nr="poll"')
    ? '<script type="module" src="/_newsroom/poll-consent.js"></script>'
    : '';
  const end = html.endsWith('\n') ? html.length - 1 : html.length;
  return `${link}${html.slice(0, end)}${script}${html.slice(end)}`;
}

/** The frontmatter the example site asks for, as the store keeps it (JSON, dates as ISO strings). */
function frontmatterOf(markdown: string, index: number): Record<string, unknown> {
  const { frontmatter } = splitArticle(markdown);
  const title = /^title: "(.*)"$/m.exec(frontmatter)?.[1] ?? `Article ${index}`;
  const locale = /^locale: (.+)$/m.exec(frontmatter)?.[1] ?? 'de-CH';
  const topic = index % 50;
  return {
    title,
    locale,
    teaser: `Generated article ${index}.`,
    published: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
    topic: { label: `Thema ${topic}`, href: `/themen/thema-${topic}` },
  };
}

/**
 * Writes `count` articles (half of each kind) and the two by-hand copies of
 * those with blocks once per count and seed; later runs reuse the file.
 */
export function writeScaleStore(directory: string, count: number, seed = 8): { file: string; ms: number } {
  // `-by-hand2`: a store written before the by-hand copies existed lacks them.
  const file = join(directory, `store-${count}-seed${seed}-by-hand2.db`);
  if (existsSync(file)) return { file, ms: 0 };
  mkdirSync(directory, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const started = performance.now();
  const store = openSqliteStore(partial);
  store.batch(() => {
    for (let index = 0; index < count / 2; index++) {
      const { markdown } = article(seed, index);
      const frontmatter = frontmatterOf(markdown, index);
      const { body } = splitArticle(markdown);
      store.put({ slug: withBlocks(index), frontmatter, body: body.trim() });
      store.put({ slug: withoutBlocks(index), frontmatter, body: withoutDirectives(body.trim()) });
      const locale = frontmatter.locale === 'en' ? 'en' : 'de-CH';
      store.put({ slug: byHand(index), frontmatter, body: withAssetsByHand(byHandBody(body.trim(), locale)) });
      store.put({
        slug: blocksByHandSlug(index),
        frontmatter,
        body: withAssetsByHand(blocksByHand(body.trim(), locale)),
      });
    }
  });
  store.close();
  renameSync(partial, file);
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  return { file, ms: Math.round(performance.now() - started) };
}
