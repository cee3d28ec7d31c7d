/**
 * The article store on the edge: the articles bundled into the worker at
 * build time (`virtual:bundled-articles`), corrections and updates kept in
 * the isolate's memory. A real deployment would use a database the worker
 * can reach (D1, a CMS's API); the pages do not change.
 */
import articles from 'virtual:bundled-articles';
import type { ArticleStore, StoredArticle } from './types.js';

const bySlug = new Map<string, StoredArticle>(
  articles.map((article) => [article.slug, { ...article, revised: new Date(0).toISOString() }]),
);

function published(article: StoredArticle): string {
  return String(article.frontmatter.published ?? '');
}

function append(slug: string, key: 'corrections' | 'updated', item: unknown): StoredArticle | undefined {
  const article = bySlug.get(slug);
  if (!article) return undefined;
  const list = Array.isArray(article.frontmatter[key]) ? (article.frontmatter[key] as unknown[]) : [];
  const revised = {
    ...article,
    frontmatter: { ...article.frontmatter, [key]: [...list, item] },
    revised: new Date().toISOString(),
  };
  bySlug.set(slug, revised);
  return revised;
}

const store: ArticleStore = {
  get: (slug) => bySlug.get(slug),
  list({ topic, limit = 50 } = {}) {
    return [...bySlug.values()]
      .filter((article) => !topic || (article.frontmatter.topic as { href?: string } | undefined)?.href === topic)
      .sort((a, b) => published(b).localeCompare(published(a)))
      .slice(0, limit);
  },
  put: (article) => void bySlug.set(article.slug, { ...article, revised: new Date().toISOString() }),
  addCorrection: (slug, correction) => append(slug, 'corrections', correction),
  addUpdate: (slug, update) => append(slug, 'updated', update),
};

export function articleStore(): ArticleStore {
  return store;
}
