/**
 * schema.org NewsArticle JSON-LD from article frontmatter plus the page's
 * `newsroom` record. Quotes and polls stay in the HTML.
 */
import type { NewsroomRecord } from 'remark-newsroom';
import { underBase } from 'remark-newsroom/engine';
import type { Publisher } from './options.js';
import type { NewsroomArticle } from './schema.js';

export interface NewsArticleInput {
  article: NewsroomArticle;
  record?: NewsroomRecord | undefined;
  /**
   * Absolute URL of the article page. Without one (a site with no `site` in
   * its config), the page URL and every relative link are left out rather
   * than written with a development host.
   */
  url?: string | URL | undefined;
  publisher?: Publisher | undefined;
  image?: string | undefined;
  /** The site's base path: root-relative links (`/standards`) resolve under it. */
  base?: string | undefined;
}

type Json = Record<string, unknown>;

function absolute(href: string | undefined, base: string | URL | undefined, path = '/'): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(underBase(href, path), base).href;
  } catch {
    return undefined; // relative, and no base to resolve it against
  }
}

function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function isoDate(date: Date | string): string {
  return typeof date === 'string' ? date : date.toISOString();
}

export function newsArticleJsonLd({ article, record, url, publisher, image, base = '/' }: NewsArticleInput): Json {
  const credit = record?.credits[0] ?? (article.credit ? parseCredit(article.credit) : undefined);
  const agency = credit ? { '@type': 'NewsMediaOrganization', name: credit.agency } : undefined;
  const corrections = [
    ...(record?.corrections ?? []).map((c) => ({ date: c.date, text: c.text })),
    ...(article.corrections ?? []).map((c) => ({ date: isoDate(c.date).slice(0, 10), text: c.text })),
  ];
  const principles = record?.trust.find((t) => t.href)?.href ?? publisher?.publishingPrinciples;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.teaser,
    datePublished: isoDate(article.published),
    dateModified: isoDate(article.modified ?? article.published),
    inLanguage: record?.locale ?? article.locale,
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': String(url) } : undefined,
    url: url ? String(url) : undefined,
    image,
    author: agency,
    sourceOrganization: agency,
    correction: corrections.length
      ? corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date }))
      : undefined,
    publishingPrinciples: absolute(principles, url, base),
    publisher: publisher ? publisherJsonLd(publisher, url, base) : undefined,
  });
}

function parseCredit(label: string) {
  const [agency = label, author] = label.split('/').map((part) => part.trim());
  return { label, agency, author };
}

function publisherJsonLd(publisher: Publisher, base: string | URL | undefined, path: string): Json {
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
  });
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so it can never close the element. */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
