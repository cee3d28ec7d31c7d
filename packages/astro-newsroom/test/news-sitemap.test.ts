/** The Google News sitemap: validated by xmllint against the sitemap and sitemap-news XSDs, at its edges. */

import { describe, expect, it } from 'vitest';
import { newsLanguage, newsSitemaps, sitemapIndex } from '../src/news-sitemap.js';
import { newsEntries as entries, xmllintErrors } from './schemas/validate.js';

const now = new Date('2024-06-20T12:00:00Z');
const hour = 60 * 60 * 1000;

function article(index: number, published: Date, extra: { title?: string; locale?: string } = {}) {
  return {
    url: `https://news.example/artikel/${index}/`,
    data: { title: extra.title ?? `Artikel ${index}`, published, locale: extra.locale },
  };
}

describe('newsSitemaps', () => {
  it('writes the recent articles newest first, valid against the XSDs', async () => {
    const articles = [
      article(1, new Date(now.getTime() - 3 * hour), {
        locale: 'de-CH',
        title: 'Putin & Kim: „Partner“ <gegen> den Westen',
      }),
      article(2, new Date(now.getTime() - 1 * hour), { locale: 'en' }),
      article(3, new Date(now.getTime() - 30 * hour)),
    ];
    const [xml, ...rest] = newsSitemaps(articles, { publication: 'Newsroom Beispiel', locale: 'de-CH', now });
    expect(rest).toEqual([]);
    expect(await xmllintErrors(xml!, 'urlset')).toEqual([]);
    expect(entries(xml!)).toEqual([
      {
        loc: 'https://news.example/artikel/2/',
        name: 'Newsroom Beispiel',
        language: 'en',
        date: '2024-06-20T11:00:00.000Z',
        title: 'Artikel 2',
      },
      {
        loc: 'https://news.example/artikel/1/',
        name: 'Newsroom Beispiel',
        language: 'de',
        date: '2024-06-20T09:00:00.000Z',
        title: 'Putin & Kim: „Partner“ <gegen> den Westen',
      },
      {
        loc: 'https://news.example/artikel/3/',
        name: 'Newsroom Beispiel',
        language: 'de',
        date: '2024-06-19T06:00:00.000Z',
        title: 'Artikel 3',
      },
    ]);
  });

  it('takes articles of exactly two days, not a millisecond older, and none from the future', () => {
    const twoDays = 48 * hour;
    const [xml] = newsSitemaps(
      [
        article(1, new Date(now.getTime() - twoDays)),
        article(2, new Date(now.getTime() - twoDays - 1)),
        article(3, new Date(now.getTime() + hour)),
      ],
      { publication: 'P', locale: 'de', now },
    );
    expect(entries(xml!).map((entry) => entry.loc)).toEqual(['https://news.example/artikel/1/']);
  });

  it('is no file when nothing is recent: the schema rejects an empty urlset and an empty index', async () => {
    const files = newsSitemaps([article(1, new Date('2020-01-01'))], { publication: 'P', locale: 'de', now });
    expect(files).toEqual([]);
    const empty =
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n';
    expect(await xmllintErrors(empty, 'urlset')).not.toEqual([]);
    expect(await xmllintErrors(sitemapIndex([]), 'sitemapindex')).not.toEqual([]);
  });

  it('holds 1,000 entries in one file and splits at 1,001, each file valid, with an index', async () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => article(index, new Date(now.getTime() - (index + 1) * 60_000)));
    const one = newsSitemaps(many(1000), { publication: 'P', locale: 'de', now });
    expect(one).toHaveLength(1);
    expect(entries(one[0]!)).toHaveLength(1000);
    expect(await xmllintErrors(one[0]!, 'urlset')).toEqual([]);

    const two = newsSitemaps(many(1001), { publication: 'P', locale: 'de', now });
    expect(two.map((file) => entries(file).length)).toEqual([1000, 1]);
    for (const file of two) expect(await xmllintErrors(file, 'urlset')).toEqual([]);
    const index = sitemapIndex(['https://news.example/news-sitemap-1.xml', 'https://news.example/news-sitemap-2.xml']);
    expect(await xmllintErrors(index, 'sitemapindex')).toEqual([]);
  });

  it('the XSD check can fail: a missing title, a region in the language, a date not in W3C format', async () => {
    const [xml] = newsSitemaps([article(1, new Date(now.getTime() - hour))], { publication: 'P', locale: 'de', now });
    expect(await xmllintErrors(xml!.replace(/<news:title>.*<\/news:title>/, ''), 'urlset')).not.toEqual([]);
    expect(await xmllintErrors(xml!.replace('<news:language>de<', '<news:language>de-CH<'), 'urlset')).not.toEqual([]);
    expect(
      await xmllintErrors(
        xml!.replace(/<news:publication_date>[^<]*</, '<news:publication_date>19.06.2024<'),
        'urlset',
      ),
    ).not.toEqual([]);
  });

  it('the XSD check can fail on the core sitemap rules too: a short loc, an unknown element, an unknown access', async () => {
    const [xml] = newsSitemaps([article(1, new Date(now.getTime() - hour))], { publication: 'P', locale: 'de', now });
    expect(await xmllintErrors(xml!.replace(/<loc>[^<]*</, '<loc>https://a<'), 'urlset')).not.toEqual([]);
    expect(await xmllintErrors(xml!.replace('</loc>', '</loc><extra>1</extra>'), 'urlset')).not.toEqual([]);
    expect(
      await xmllintErrors(
        xml!.replace('</news:publication>', '</news:publication><news:access>Free</news:access>'),
        'urlset',
      ),
    ).not.toEqual([]);
    expect(
      await xmllintErrors(
        xml!.replace('</news:publication>', '</news:publication><news:access>Subscription</news:access>'),
        'urlset',
      ),
    ).toEqual([]);
  });
});

describe('newsLanguage', () => {
  it('is the ISO 639 code of the locale; Chinese as Google spells it', () => {
    expect(['de', 'de-CH', 'fr-CH', 'it', 'en', 'en_GB', 'zh-TW', 'zh-Hant', 'zh-CN', 'zh'].map(newsLanguage)).toEqual([
      'de',
      'de',
      'fr',
      'it',
      'en',
      'en',
      'zh-tw',
      'zh-tw',
      'zh-cn',
      'zh-cn',
    ]);
  });
});
