/**
 * Atom 1.0 and RSS 2.0 feeds of articles, written by feedsmith. An entry's
 * id is its page URL and never changes; its `updated` (Atom) and
 * `dcterms:modified` (RSS) move whenever an update, an update note or a
 * correction is added. Frontmatter corrections and update notes are written
 * into the entry, since they are not in the body's HTML.
 */
import { generateAtomFeed, generateRssFeed } from 'feedsmith';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatDate, type Locale, labels as localeLabels } from 'remark-newsroom/engine';
import { feedHtml } from './feed-html.js';
import type { ArticleRecord } from './jsonld.js';
import { latestChange } from './latest-change.js';
import type { NewsroomArticle } from './schema.js';

/** An article as a feed needs it. */
export interface FeedArticle {
  /** Absolute URL of the article page (`site` + route): also the entry's id. */
  url: string | URL;
  data: NewsroomArticle;
  /** The rendered body (`entry.rendered.html`); without it the entry carries the teaser only. */
  html?: string | undefined;
  /** `entry.rendered.metadata.frontmatter.newsroom`: the updates of a running story. */
  record?: ArticleRecord | undefined;
}

export interface FeedOptions {
  title: string;
  /** Absolute URL of the feed itself (`rel="self"`). */
  url: string | URL;
  /** Absolute URL of the page the feed belongs to (home or topic page). */
  home: string | URL;
  description?: string | undefined;
  /** Language of the feed, e.g. `de-CH`. */
  language?: string | undefined;
  /** Newest entries kept. Default 50 (Google News reads up to 60 new articles a fetch). */
  limit?: number | undefined;
  /** The time of the build, for an empty feed's `updated`. Default now. */
  now?: Date | undefined;
}

/** Limits Google News documents for feeds (Publisher Center, "Technical feed requirements"). */
export const googleNewsFeedLimits = { bytesPerArticle: 1_000_000, bytesPerFeed: 2_000_000, articlesPerFetch: 60 };

interface Entry {
  id: string;
  title: string;
  summary: string;
  content: string | undefined;
  published: Date;
  updated: Date;
  authors: string[];
  categories: string[];
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The article's locale, else the one its body was rendered in (the
 * integration's), else the feed's language, else the engine's default.
 */
function localeOf(article: FeedArticle, language: string | undefined): Locale {
  const candidates = [article.data.locale, article.record?.locale, language, language?.split('-')[0]];
  return (candidates.find((candidate) => candidate && Object.hasOwn(localeLabels, candidate)) as Locale) ?? 'de';
}

/**
 * A note's date in the article's language: a day as written (the schema
 * reads a day as midnight UTC), a time in UTC and said so, since the written
 * offset is not kept by the schema.
 */
function noteDate(date: Date, locale: Locale): string {
  const iso = date.toISOString();
  const dayOnly = iso.endsWith('T00:00:00.000Z');
  return dayOnly ? formatDate(iso.slice(0, 10), locale) : `${formatDate(iso.slice(0, 16), locale)} UTC`;
}

/** Corrections and update notes from frontmatter, as the entry shows them after the body. */
function notes(article: NewsroomArticle, locale: Locale): string {
  const labels = localeLabels[locale];
  const items = [
    ...(article.updated ?? []).map((note) =>
      h('p', [h('time', { dateTime: note.time.toISOString() }, noteDate(note.time, locale)), ': ', note.note]),
    ),
    ...(article.corrections ?? []).map((correction) =>
      h('p', [
        h('strong', `${labels.correctionLabel}`),
        ' (',
        h('time', { dateTime: correction.date.toISOString() }, noteDate(correction.date, locale)),
        '): ',
        correction.text,
      ]),
    ),
  ];
  return items.length ? toHtml(h('aside', items)) : '';
}

function entryOf(article: FeedArticle, language: string | undefined): Entry {
  const { data } = article;
  const id = new URL(article.url).href;
  const body = article.html ? feedHtml(article.html, id) + notes(data, localeOf(article, language)) : undefined;
  const credit = data.credit?.split('/')[0]?.trim();
  return {
    id,
    title: data.title,
    summary: data.teaser,
    // An entry over Google's size per article keeps its summary and link only.
    content: body && bytes(body) <= googleNewsFeedLimits.bytesPerArticle ? body : undefined,
    published: data.published,
    updated: latestChange(data, article.record),
    authors: data.authors?.length ? data.authors.map((author) => author.name) : credit ? [credit] : [],
    categories: [...(data.section ? [data.section] : []), ...(data.tags ?? [])],
  };
}

/**
 * Newest first, at most `limit`, and as many as fit Google's size per feed:
 * the largest count that fits is found by halving (a few writes, not one per
 * entry dropped).
 */
function fitting(articles: FeedArticle[], options: FeedOptions, write: (entries: Entry[]) => string): string {
  const entries = articles
    .map((article) => entryOf(article, options.language))
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, options.limit ?? 50);
  const all = write(entries);
  if (bytes(all) <= googleNewsFeedLimits.bytesPerFeed) return all;
  let fits = 0;
  let fitted = write([]);
  let tooMany = entries.length;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    const xml = write(entries.slice(0, middle));
    if (bytes(xml) <= googleNewsFeedLimits.bytesPerFeed) [fits, fitted] = [middle, xml];
    else tooMany = middle;
  }
  return fitted;
}

function feedUpdated(entries: Entry[], options: FeedOptions): Date {
  const times = entries.map((entry) => entry.updated.getTime());
  // A fold, not `Math.max(...)`: a feed may hold more entries than a call takes arguments.
  return times.length ? new Date(times.reduce((a, b) => Math.max(a, b))) : (options.now ?? new Date());
}

/** An Atom 1.0 feed. */
export function atomFeed(articles: FeedArticle[], options: FeedOptions): string {
  return fitting(articles, options, (entries) =>
    generateAtomFeed({
      id: new URL(options.url).href,
      title: { value: options.title },
      subtitle: options.description ? { value: options.description } : undefined,
      updated: feedUpdated(entries, options),
      links: [
        { href: new URL(options.url).href, rel: 'self', type: 'application/atom+xml' },
        { href: new URL(options.home).href, rel: 'alternate', type: 'text/html', hreflang: options.language },
      ],
      entries: entries.map((entry) => ({
        id: entry.id,
        title: { value: entry.title },
        links: [{ href: entry.id, rel: 'alternate', type: 'text/html' }],
        published: entry.published,
        updated: entry.updated,
        summary: { value: entry.summary, type: 'text' },
        content: entry.content ? { value: entry.content, type: 'html' } : undefined,
        authors: entry.authors.map((name) => ({ name })),
        categories: entry.categories.map((term) => ({ term })),
      })),
    }),
  );
}

/** An RSS 2.0 feed: `guid` is the page URL, `dcterms:modified` the latest change. */
export function rssFeed(articles: FeedArticle[], options: FeedOptions): string {
  return fitting(articles, options, (entries) =>
    generateRssFeed({
      title: options.title,
      link: new URL(options.home).href,
      description: options.description ?? options.title,
      language: options.language,
      lastBuildDate: feedUpdated(entries, options),
      atom: { links: [{ href: new URL(options.url).href, rel: 'self', type: 'application/rss+xml' }] },
      items: entries.map((entry) => ({
        title: entry.title,
        link: entry.id,
        guid: { value: entry.id, isPermaLink: true },
        pubDate: entry.published,
        description: entry.summary,
        content: entry.content ? { encoded: entry.content } : undefined,
        dc: entry.authors.length ? { creators: entry.authors } : undefined,
        categories: entry.categories.map((name) => ({ name })),
        dcterms: { modified: [entry.updated] },
      })),
    }),
  );
}
