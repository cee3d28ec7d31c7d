/**
 * Where news travels beyond the page: the Google News sitemap and the Atom
 * and RSS feeds, from an article collection. `astro-newsroom/distribution`.
 */
import type { ArticleRecord } from './jsonld.js';
import type { NewsroomArticle } from './schema.js';

export { atomFeed, type FeedArticle, type FeedOptions, googleNewsFeedLimits, rssFeed } from './feed.js';
export { type NewsSitemapArticle, type NewsSitemapOptions, newsSitemaps, sitemapIndex } from './news-sitemap.js';

/** What a content collection entry of articles holds (`getCollection('articles')`). */
export interface ArticleEntry {
  data: NewsroomArticle;
  rendered?: { html: string; metadata?: { frontmatter?: Record<string, unknown> } } | undefined;
}

/** A collection entry with its page URL, as feeds and the news sitemap take it. */
export function distributedArticle(entry: ArticleEntry, url: string | URL) {
  return {
    url,
    data: entry.data,
    html: entry.rendered?.html,
    record: entry.rendered?.metadata?.frontmatter?.newsroom as ArticleRecord | undefined,
  };
}
