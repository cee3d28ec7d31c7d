/**
 * A Google News sitemap from an article collection: the articles published in
 * the last two days (before the build), at most 1,000 `news:news` entries per
 * file, a sitemap index when there are more. Written as xast, serialised by
 * xast-util-to-xml (escaping is the library's job, not a template's).
 */
import type { Element, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** An article as the news sitemap needs it. */
export interface NewsSitemapArticle {
  /** Absolute URL of the article page (`site` + route). */
  url: string | URL;
  /** Frontmatter: `published` is the original publication time; `locale` gives `news:language`. */
  data: { title: string; published: Date; locale?: string | undefined };
}

export interface NewsSitemapOptions {
  /** The publication's name exactly as in Google News (`news:name`). */
  publication: string;
  /** Locale of articles without one (the integration's `locale`), e.g. `de-CH`. */
  locale: string;
  /** The build time the two days count back from. Default now. */
  now?: Date | undefined;
}

/** Limits from Google's documentation ("News sitemaps"). */
export const newsSitemapLimits = { entriesPerFile: 1000, maxAgeMs: 2 * 24 * 60 * 60 * 1000 };

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const newsNs = 'http://www.google.com/schemas/sitemap-news/0.9';

/**
 * `news:language`: the ISO 639 code of the locale (`de-CH` → `de`); Google
 * knows Chinese only as `zh-cn` and `zh-tw`.
 */
export function newsLanguage(locale: string): string {
  const [language = '', region = ''] = locale.toLowerCase().split(/[-_]/);
  if (language === 'zh') return region === 'tw' || region === 'hant' ? 'zh-tw' : 'zh-cn';
  return language;
}

/** The articles Google News takes from a sitemap: published in the two days before `now`, newest first. */
export function recentArticles<T extends NewsSitemapArticle>(articles: readonly T[], now = new Date()): T[] {
  const from = now.getTime() - newsSitemapLimits.maxAgeMs;
  return articles
    .filter((article) => article.data.published.getTime() >= from && article.data.published.getTime() <= now.getTime())
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

function document(root: Element): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, root],
  };
  return `${toXml(tree)}\n`;
}

function urlset(articles: readonly NewsSitemapArticle[], { publication, locale }: NewsSitemapOptions): string {
  return document(
    x(
      'urlset',
      { xmlns: sitemapNs, 'xmlns:news': newsNs },
      articles.map((article) =>
        x('url', [
          x('loc', new URL(article.url).href),
          x('news:news', [
            x('news:publication', [
              x('news:name', publication),
              x('news:language', newsLanguage(article.data.locale ?? locale)),
            ]),
            x('news:publication_date', article.data.published.toISOString()),
            x('news:title', article.data.title),
          ]),
        ]),
      ),
    ),
  );
}

/** A sitemap index naming the news sitemap files (at least one: the schema has no empty index). */
export function sitemapIndex(files: readonly (string | URL)[]): string {
  return document(
    x(
      'sitemapindex',
      { xmlns: sitemapNs },
      files.map((file) => x('sitemap', [x('loc', new URL(file).href)])),
    ),
  );
}

/**
 * The news sitemap files: one `urlset` per 1,000 recent articles, none when
 * nothing is recent. The sitemaps.org schema requires at least one `url` in a
 * `urlset` (and one `sitemap` in an index), so there is no valid empty news
 * sitemap: the route answers 404 until an article is recent again.
 */
export function newsSitemaps(articles: readonly NewsSitemapArticle[], options: NewsSitemapOptions): string[] {
  const recent = recentArticles(articles, options.now);
  const files: string[] = [];
  for (let start = 0; start < recent.length; start += newsSitemapLimits.entriesPerFile) {
    files.push(urlset(recent.slice(start, start + newsSitemapLimits.entriesPerFile), options));
  }
  return files;
}
