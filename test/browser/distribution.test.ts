/**
 * The example site's distribution as built (examples/news-site/dist): the
 * Google News sitemap valid against the sitemap-news XSD (xmllint), the feeds
 * parsed back with entries equal to the article pages, the JSON-LD complete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseRssFeed } from 'feedsmith';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { newsEntries, xmllintErrors } from '../../packages/astro-newsroom/test/schemas/validate.js';
import { siteDist } from './server.js';

const site = 'http://localhost:4321';
const read = (path: string) => readFileSync(join(siteDist, path), 'utf8');

interface PageJsonLd {
  '@type': string;
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage?: string;
  [key: string]: unknown;
}

/** Every article page's JSON-LD: the collection as readers and search engines get it. */
function articlePages(): PageJsonLd[] {
  return readdirSync(join(siteDist, 'artikel'))
    .sort()
    .map((slug) => {
      const tree = fromHtml(read(`artikel/${slug}/index.html`));
      const [block] = selectAll('script[type="application/ld+json"]', tree);
      return JSON.parse(textOf(block!)) as PageJsonLd;
    });
}

describe('the news sitemap', () => {
  it('validates against the sitemap and sitemap-news XSDs', async () => {
    expect(await xmllintErrors(read('news-sitemap.xml'), 'urlset')).toEqual([]);
  });

  it('lists the articles of the two days before the news day, with their original publication time', async () => {
    const { newsDay } = await import('../../examples/news-site/src/news-day.js');
    const listed = newsEntries(read('news-sitemap.xml')).map((entry) => [entry.loc, entry.title, entry.date]);
    const recent = articlePages().filter((page) => {
      const age = newsDay.getTime() - new Date(page.datePublished).getTime();
      return age >= 0 && age <= 2 * 24 * 60 * 60 * 1000;
    });
    expect(recent.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(recent.map((page) => [page.url, page.headline, page.datePublished]).sort());
  });

  it('is named in robots.txt', () => {
    expect(read('robots.txt').split('\n')).toContain(`Sitemap: ${site}/news-sitemap.xml`);
  });
});

describe('the feeds', () => {
  const pages = articlePages();

  for (const file of ['feed.xml', 'rss.xml']) {
    it(`${file}: entries equal the article pages (ids, titles, teasers, dates)`, () => {
      const feed = parseFeed(read(file));
      const entries = feed.items.map((item) => [
        item.id,
        item.url,
        item.title,
        item.description,
        item.published?.toISOString(),
      ]);
      expect(entries.sort()).toEqual(
        pages.map((page) => [page.url, page.url, page.headline, page.description, page.datePublished]).sort(),
      );
    });
  }

  it('the latest change of each entry is the page’s dateModified (Atom updated, RSS dcterms:modified)', () => {
    const modified = Object.fromEntries(pages.map((page) => [page.url, page.dateModified]));
    for (const item of parseFeed(read('feed.xml')).items) expect(item.updated?.toISOString()).toBe(modified[item.id!]);
    for (const item of parseRssFeed(read('rss.xml')).items ?? [])
      expect(new Date(item.dcterms?.modified?.[0] ?? 0).toISOString()).toBe(modified[item.guid?.value ?? '']);
  });

  it('the seed article carries its correction, its update note, the poll as a link and no script or iframe', () => {
    const item = parseFeed(read('feed.xml')).items.find((entry) => entry.id === `${site}/artikel/putin-nordkorea/`);
    const content = item?.content ?? '';
    expect(content).toContain('Richtig ist, dass er von Kim Jong Il empfangen wurde.');
    expect(content).toContain('Korrektur ergänzt: Putin wurde im Jahr 2000 von Kim Jong Il empfangen.');
    expect(content).toContain('href="https://civey.com/umfragen/nordkorea-russland-beispiel"');
    expect(content).toContain('«Rodong Sinmun»');
    // The quote block's marks are in its text, so a feed reader (no stylesheet) shows them.
    expect(content).toContain('<blockquote><p>«Die sich vertiefende Zusammenarbeit');
    expect(content).toContain('gegen die russische Aggression kämpft»</p></blockquote>');
    expect(content).not.toMatch(/<script|<iframe|<button|<noscript/);
  });

  it('the topic feed holds exactly the articles of the topic', () => {
    const topicFeed = parseFeed(read('themen/ukraine/feed.xml'));
    const ids = topicFeed.items.map((item) => item.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(
      pages
        .filter((page) => {
          const html = read(`${new URL(page.url).pathname.slice(1)}index.html`);
          return html.includes(`href="/themen/ukraine"`);
        })
        .map((page) => page.url)
        .sort(),
    );
  });

  it('stay within the limits Google News documents (2 MB per feed, 1 MB per article)', () => {
    for (const file of ['feed.xml', 'rss.xml', 'themen/ukraine/feed.xml']) {
      const xml = read(file);
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(2_000_000);
      for (const item of parseFeed(xml).items)
        expect(Buffer.byteLength(item.content ?? '')).toBeLessThanOrEqual(1_000_000);
    }
  });
});

describe('the seed article', () => {
  const seed = () => articlePages().find((page) => page.url === `${site}/artikel/putin-nordkorea/`)!;

  it('its JSON-LD carries byline, lead image, section, keywords, access and the latest change', () => {
    expect(seed()).toMatchObject({
      url: `${site}/artikel/putin-nordkorea/`,
      author: [
        { '@type': 'Person', name: 'Lea Beispiel', jobTitle: 'Nachrichtenredaktion' },
        { '@type': 'NewsMediaOrganization', name: 'dpa' },
      ],
      image: {
        '@type': 'ImageObject',
        url: `${site}/bilder/moskau-pjoengjang.svg`,
        caption: expect.stringMatching(/^Von Moskau nach Pjöngjang/),
        creditText: 'Grafik: Newsroom Beispiel',
        copyrightNotice: '© Newsroom Beispiel',
      },
      articleSection: 'International',
      keywords: ['Russland', 'Nordkorea', 'Wladimir Putin', 'Kim Jong Un'],
      isAccessibleForFree: true,
      dateModified: '2024-06-19T07:15:00.000Z',
    });
  });

  it('its page shows the byline, the lead image with caption and credit, and the update note', () => {
    const tree = fromHtml(read('artikel/putin-nordkorea/index.html'));
    expect(textOf(selectAll('.nr-article__byline', tree)[0]!)).toMatch(/Von\s+Lea Beispiel\s+\(Nachrichtenredaktion\)/);
    const [image] = selectAll('figure.nr-article__image img', tree);
    expect(image?.properties.src).toBe('/bilder/moskau-pjoengjang.svg');
    expect(String(image?.properties.alt)).toMatch(/^Schematische Karte/);
    const caption = textOf(selectAll('figure.nr-article__image figcaption', tree)[0]!);
    expect(caption).toContain('Von Moskau nach Pjöngjang');
    expect(caption).toContain('Grafik: Newsroom Beispiel');
    expect(textOf(selectAll('.nr-article__updates', tree)[0]!)).toContain('Korrektur ergänzt');
    // The lead image is a file of the site, an SVG we made.
    expect(read('bilder/moskau-pjoengjang.svg')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});

describe('the running story', () => {
  it('is a LiveBlogPosting whose every update links to an anchor on its page', () => {
    const live = articlePages().find((page) => page['@type'] === 'LiveBlogPosting');
    expect(live, 'the example has a running story').toBeDefined();
    const tree = fromHtml(read(`${new URL(live!.url).pathname.slice(1)}index.html`));
    const updates = live!.liveBlogUpdate as {
      '@type': string;
      url: string;
      datePublished: string;
      headline: string;
      articleBody: string;
    }[];
    expect(updates.length).toBeGreaterThan(1);
    expect(live!.coverageStartTime).toBeDefined();
    const anchors = selectAll('article[data-nr="update"]', tree).map((node) => String(node.properties.id));
    expect(updates.map((update) => new URL(update.url).hash.slice(1))).toEqual(anchors);
    for (const update of updates) {
      expect(update['@type']).toBe('BlogPosting');
      expect(update.headline.length).toBeGreaterThan(0);
      expect(update.articleBody.length).toBeGreaterThan(0);
      expect(new Date(update.datePublished).getTime()).toBeLessThanOrEqual(new Date(live!.dateModified).getTime());
    }
  });
});
