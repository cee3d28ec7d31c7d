/**
 * The test corpus: the example site's articles plus generated ones (every
 * block, German and English, several topics), written as Markdown files for
 * the static build and into an SQLite store for the server.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { article } from '../../../bench/generate.ts';
import { fromMarkdown } from '../src/store/from-markdown.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { root } from './server.ts';

export const work = new URL('.test/', root);
export const articlesDir = new URL('articles/', work);
export const database = fileURLToPath(new URL('articles.db', work));

/** A generated article with the frontmatter the site's schema asks for. */
function generated(index: number): { slug: string; markdown: string } {
  const { slug, markdown } = article(25, index);
  const topic = index % 3;
  const extra = [
    `teaser: Generated article ${index} for the on-demand tests.`,
    `published: 2024-06-${String(10 + index).padStart(2, '0')}T08:00:00+02:00`,
    'topic:',
    `  label: Thema ${topic}`,
    `  href: /themen/thema-${topic}`,
  ].join('\n');
  return { slug, markdown: markdown.replace(/^---\n/, `---\n${extra}\n`) };
}

export const generatedCount = 12;

/** Every article of the corpus: the example site's, then the generated ones. */
export const slugs = [
  'putin-nordkorea',
  'north-korea-explainer',
  'putin-nordkorea-live',
  ...Array.from({ length: generatedCount }, (_, i) => `article-${String(i).padStart(4, '0')}`),
];

/** The compared part of a page (see src/components/Body.astro). */
export function bodyOf(html: string): string {
  const match = /<main data-body>([\s\S]*)<\/main>/.exec(html);
  if (!match?.[1]) throw new Error(`no <main data-body> in:\n${html.slice(0, 500)}`);
  return match[1];
}

/** The body of an article's page in the static build. */
export const staticBody = (slug: string): string =>
  bodyOf(readFileSync(new URL(`dist/client/static/${slug}/index.html`, root), 'utf8'));

export function writeCorpus(): string[] {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
  cpSync(new URL('../news-site/src/content/articles/', root), articlesDir, { recursive: true });
  for (let index = 0; index < generatedCount; index++) {
    const { slug, markdown } = generated(index);
    writeFileSync(new URL(`${slug}.md`, articlesDir), markdown);
  }
  const store = openSqliteStore(database);
  const slugs: string[] = [];
  for (const name of readdirSync(articlesDir)) {
    const slug = name.replace(/\.md$/, '');
    store.put(fromMarkdown(slug, readFileSync(new URL(name, articlesDir), 'utf8')));
    slugs.push(slug);
  }
  store.close();
  return slugs.sort();
}
