/**
 * schema.org NewsArticle JSON-LD from article frontmatter plus the page's
 * `newsroom` record; a `LiveBlogPosting` when the record lists updates.
 * Quotes and polls stay in the HTML. Typed with schema-dts, so a misspelt
 * property or a wrong type fails the typecheck.
 */
import type { NewsroomRecord } from 'remark-newsroom';
import { underBase } from 'remark-newsroom/engine';
import type {
  BlogPosting,
  CorrectionComment,
  ImageObject,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  WebPageElement,
  WithContext,
} from 'schema-dts';
import { firstSentence } from './first-sentence.js';
import { latestChange } from './latest-change.js';
import type { Publisher } from './options.js';
import type { NewsroomArticle } from './schema.js';

/** One update of a running story, as the update block records it (newest first). */
export interface RecordedUpdate {
  /** ISO 8601, as written. */
  time: string;
  /** The anchor id on the page. */
  id: string;
  title?: string | undefined;
  /** Plain text of the update. */
  text: string;
}

/** The page's record; `updates` comes from the update block. */
export type ArticleRecord = Omit<NewsroomRecord, 'updates'> & { updates?: readonly RecordedUpdate[] | undefined };

export interface NewsArticleInput {
  article: NewsroomArticle;
  record?: ArticleRecord | undefined;
  /**
   * Absolute URL of the article page, from `site` and the route (see
   * `pageUrl`). Without one (a site with no `site` in its config), the page
   * URL and every relative link are left out rather than written with a
   * development host.
   */
  url?: string | URL | undefined;
  publisher?: Publisher | undefined;
  /** An image URL for articles without a lead image in frontmatter. */
  image?: string | undefined;
  /** The site's base path: root-relative links (`/standards`) resolve under it. */
  base?: string | undefined;
}

export type ArticleJsonLd = WithContext<NewsArticle | LiveBlogPosting>;

/**
 * The page's address from the configured `site` and the route's path: never
 * the request's host, port or query (an on-demand page is asked for under
 * many URLs; search engines need the one canonical address).
 */
export function pageUrl(site: URL | string | undefined, pathname: string): URL | undefined {
  if (!site) return undefined;
  const url = new URL(pathname, site);
  url.search = '';
  url.hash = '';
  return url;
}

function absolute(href: string | undefined, base: string | URL | undefined, path = '/'): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(underBase(href, path), base).href;
  } catch {
    return undefined; // relative, and no base to resolve it against
  }
}

/** Leaves out undefined values, so the JSON holds only what the article says. */
function compact<const T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function isoDate(date: Date | string): string {
  return typeof date === 'string' ? date : date.toISOString();
}

/** One thing as itself, several as a list (how Google's examples write `author`). */
function oneOrMany<T>(items: T[]): T | T[] | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : items;
}

export function newsArticleJsonLd({
  article,
  record,
  url,
  publisher,
  image,
  base = '/',
}: NewsArticleInput): ArticleJsonLd {
  const credit = record?.credits[0] ?? (article.credit ? parseCredit(article.credit) : undefined);
  const agency: NewsMediaOrganization | undefined = credit
    ? { '@type': 'NewsMediaOrganization', name: credit.agency }
    : undefined;
  const people = (article.authors ?? []).map(
    (author): Person => compact({ '@type': 'Person', name: author.name, url: author.url, jobTitle: author.role }),
  );
  const corrections = [
    ...(record?.corrections ?? []).map((c) => ({ date: c.date, text: c.text })),
    ...(article.corrections ?? []).map((c) => ({ date: isoDate(c.date).slice(0, 10), text: c.text })),
  ];
  const principles = record?.trust.find((t) => t.href)?.href ?? publisher?.publishingPrinciples;
  const page = url ? String(url) : undefined;
  const updates = record?.updates ?? [];
  const paywalled = article.isAccessibleForFree === false;
  const fields = {
    '@context': 'https://schema.org' as const,
    headline: article.title,
    description: article.teaser,
    datePublished: isoDate(article.published),
    dateModified: latestChange(article, record).toISOString(),
    inLanguage: record?.locale ?? article.locale,
    mainEntityOfPage: page ? { '@type': 'WebPage' as const, '@id': page } : undefined,
    url: page,
    image: leadImage(article, image, page, base),
    author: oneOrMany<Person | NewsMediaOrganization>([...people, ...(agency ? [agency] : [])]),
    sourceOrganization: agency,
    dateline: dateline(article),
    articleSection: article.section,
    keywords: article.tags?.length ? article.tags : undefined,
    isAccessibleForFree: !paywalled,
    hasPart:
      paywalled && article.paywall
        ? ({
            '@type': 'WebPageElement',
            isAccessibleForFree: false,
            cssSelector: article.paywall.cssSelector,
          } satisfies WebPageElement)
        : undefined,
    correction: corrections.length
      ? corrections.map(
          (c): CorrectionComment => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date }),
        )
      : undefined,
    publishingPrinciples: absolute(principles, url, base),
    publisher: publisher ? publisherJsonLd(publisher, url, base) : undefined,
  };
  const { '@context': context, ...rest } = fields;
  if (updates.length === 0)
    return compact({ '@context': context, '@type': 'NewsArticle', ...rest }) satisfies ArticleJsonLd;
  const live: WithContext<LiveBlogPosting> = {
    '@context': context,
    '@type': 'LiveBlogPosting',
    ...rest,
    coverageStartTime: article.coverageStart ? isoDate(article.coverageStart) : undefined,
    coverageEndTime: article.coverageEnd ? isoDate(article.coverageEnd) : undefined,
    liveBlogUpdate: updates.map(
      (update): BlogPosting =>
        compact({
          '@type': 'BlogPosting',
          headline: update.title ?? firstSentence(update.text),
          url: page ? `${page.replace(/#.*$/, '')}#${update.id}` : undefined,
          datePublished: update.time,
          articleBody: update.text,
        }),
    ),
  };
  return compact(live);
}

function leadImage(
  article: NewsroomArticle,
  fallback: string | undefined,
  page: string | undefined,
  base: string,
): ImageObject | string | undefined {
  if (!article.image) return fallback;
  const { src, alt, caption, credit, copyright } = article.image;
  const url = absolute(src, page, base);
  // A relative path with no page to resolve it against: an ImageObject without `url` is no image to search engines.
  if (!url) return undefined;
  return compact({
    '@type': 'ImageObject',
    url,
    caption,
    description: alt,
    creditText: credit,
    copyrightNotice: copyright,
  } satisfies ImageObject);
}

/** `Frankfurt/Main (dpa)`: the dateline as printed before the first sentence. */
function dateline(article: NewsroomArticle): string | undefined {
  const { place, agency } = article.dateline ?? {};
  if (!place && !agency) return undefined;
  return [place, agency ? `(${agency})` : undefined].filter(Boolean).join(' ');
}

function parseCredit(label: string) {
  const [agency = label, author] = label.split('/').map((part) => part.trim());
  return { label, agency, author };
}

function publisherJsonLd(publisher: Publisher, base: string | URL | undefined, path: string): NewsMediaOrganization {
  return compact({
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: absolute(publisher.url, base, path),
    logo: publisher.logo ? { '@type': 'ImageObject', url: absolute(publisher.logo, base, path) } : undefined,
    publishingPrinciples: absolute(publisher.publishingPrinciples, base, path),
    ethicsPolicy: absolute(publisher.ethicsPolicy, base, path),
    correctionsPolicy: absolute(publisher.correctionsPolicy, base, path),
    diversityPolicy: absolute(publisher.diversityPolicy, base, path),
    masthead: absolute(publisher.masthead, base, path),
    hasCredential: publisher.jti?.certified
      ? compact({
          '@type': 'EducationalOccupationalCredential',
          name: 'Journalism Trust Initiative (JTI) certification',
          url: absolute(publisher.jti.url, base, path),
        })
      : undefined,
  } satisfies NewsMediaOrganization);
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so it can never close the element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
