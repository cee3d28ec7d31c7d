/**
 * Atom and RSS feeds, parsed back with @rowanmanning/feed-parser (not the
 * library that wrote them): entries equal the collection, ids stable across
 * an update, `updated` moves with a correction or update, bodies clean.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import fc from 'fast-check';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedArticle, googleNewsFeedLimits, rssFeed } from '../src/feed.js';
import { feedHtml } from '../src/feed-html.js';
import { newsroomArticleSchema } from '../src/schema.js';

async function render(source: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkNewsroom, { locale: 'de-CH', typography: true })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(source);
  return String(file);
}

const body = `Moskau schätze "die standhafte Unterstützung" Nordkoreas, schrieb Putin in der Zeitung "Rodong Sinmun".

::poll{provider="civey" id="nordkorea-russland-beispiel" title="Bedroht die Zusammenarbeit die Sicherheit in Europa?"}

[Mehr zum Thema](/themen/ukraine) und ein ![Bild](/bilder/karte.png)

<script>alert(1)</script><iframe src="https://evil.example/"></iframe><a href="javascript:alert(1)">klick</a>

:::correction{date="2024-06-19"}
Richtig ist, dass er von Kim Jong Il empfangen wurde.
:::
`;

const options = {
  title: 'Newsroom Beispiel',
  url: 'https://news.example/feed.xml',
  home: 'https://news.example/',
  description: 'Alle Artikel',
  language: 'de-CH',
};

async function collection(): Promise<FeedArticle[]> {
  const html = await render(body);
  return [
    {
      url: 'https://news.example/artikel/putin-nordkorea/',
      html,
      data: newsroomArticleSchema.parse({
        title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
        teaser: 'Der Kremlchef baut die Zusammenarbeit aus. Die Lage im Überblick.',
        published: '2024-06-18T22:30:00+02:00',
        locale: 'de-CH',
        credit: 'dpa/thp',
        authors: [{ name: 'Anna Beispiel' }],
        section: 'International',
        tags: ['Russland', 'Nordkorea'],
      }),
    },
    {
      url: 'https://news.example/artikel/north-korea-explainer/',
      html: '<p>English explainer.</p>',
      data: newsroomArticleSchema.parse({
        title: 'Putin in North Korea: what the visit is about',
        teaser: 'An English explainer.',
        published: '2024-06-19T12:00:00+02:00',
        locale: 'en',
      }),
    },
  ];
}

/** The latest change of each entry: Atom's `updated`; RSS's `dcterms:modified`, which only feedsmith's parser reads. */
const updatedTimes = {
  atom: (xml: string) => parseFeed(xml).items.map((item) => item.updated?.toISOString()),
  rss: (xml: string) => (parseRssFeed(xml).items ?? []).map((item) => item.dcterms?.modified?.[0]),
};

describe.each([
  ['Atom', atomFeed, updatedTimes.atom],
  ['RSS', rssFeed, updatedTimes.rss],
])('%s feed', (_name, write, updatedOf) => {
  it('parses back with entries equal to the collection', async () => {
    const articles = await collection();
    const feed = parseFeed(write(articles, options));
    expect(feed.title).toBe('Newsroom Beispiel');
    expect(feed.items.map((item) => [item.id, item.url, item.title, item.description])).toEqual([
      [
        'https://news.example/artikel/north-korea-explainer/',
        'https://news.example/artikel/north-korea-explainer/',
        'Putin in North Korea: what the visit is about',
        'An English explainer.',
      ],
      [
        'https://news.example/artikel/putin-nordkorea/',
        'https://news.example/artikel/putin-nordkorea/',
        'Putin zu Staatsbesuch in Nordkorea eingetroffen',
        'Der Kremlchef baut die Zusammenarbeit aus. Die Lage im Überblick.',
      ],
    ]);
    const putin = feed.items[1]!;
    expect(putin.published?.toISOString()).toBe('2024-06-18T20:30:00.000Z');
    expect(putin.authors.map((author) => author.name)).toEqual(['Anna Beispiel']);
    expect(putin.categories.map((category) => category.term ?? category.label)).toEqual([
      'International',
      'Russland',
      'Nordkorea',
    ]);
  });

  it('carries a body a feed reader shows well: no scripts or iframes, the poll as its link, quote marks in the text', async () => {
    const content = parseFeed(write(await collection(), options)).items[1]!.content ?? '';
    expect(content).not.toMatch(/<script|<iframe|<button|<input|<noscript|javascript:|alert\(/i);
    expect(content).toContain(
      '<figcaption>Bedroht die Zusammenarbeit die Sicherheit in Europa?</figcaption><div><p>Umfrage wird nicht angezeigt? <a href="https://civey.com/umfragen/nordkorea-russland-beispiel">Umfrage bei Civey öffnen</a></p></div>',
    );
    expect(content).not.toContain('Erst wenn Sie sie laden');
    expect(content).toContain('«die standhafte Unterstützung»');
    expect(content).toContain('«Rodong Sinmun»');
    expect(content).toContain('href="https://news.example/themen/ukraine"');
    expect(content).toContain('src="https://news.example/bilder/karte.png"');
    expect(content).toContain('Richtig ist, dass er von Kim Jong Il empfangen wurde.');
  });

  it('keeps the id and moves `updated` when a correction, an update note or an update is added', async () => {
    const [first] = await collection();
    const before = parseFeed(write([first!], options)).items[0]!;
    const corrected: FeedArticle = {
      ...first!,
      data: { ...first!.data, corrections: [{ date: new Date('2024-06-20T08:00:00Z'), text: 'Der Ort war falsch.' }] },
    };
    const afterCorrection = parseFeed(write([corrected], options)).items[0]!;
    const noted: FeedArticle = {
      ...corrected,
      data: {
        ...corrected.data,
        updated: [{ time: new Date('2024-06-20T09:30:00Z'), note: 'Reaktion aus Kiew ergänzt.' }],
      },
    };
    const afterNote = parseFeed(write([noted], options)).items[0]!;
    const live: FeedArticle = {
      ...noted,
      record: {
        locale: 'de-CH',
        blocks: 1,
        quotes: [],
        polls: [],
        corrections: [],
        credits: [],
        trust: [],
        updates: [{ time: '2024-06-20T14:05+02:00', id: 'update-2024-06-20t1405', text: 'Putin ist abgereist.' }],
      },
    };
    const afterUpdate = parseFeed(write([live], options)).items[0]!;
    expect(new Set([before.id, afterCorrection.id, afterNote.id, afterUpdate.id])).toEqual(new Set([before.id]));
    const times = [[first!], [corrected], [noted], [live]].flatMap((articles) => updatedOf(write(articles, options)));
    expect(times).toEqual([
      '2024-06-18T20:30:00.000Z',
      '2024-06-20T08:00:00.000Z',
      '2024-06-20T09:30:00.000Z',
      '2024-06-20T12:05:00.000Z',
    ]);
    expect(afterCorrection.content).toContain('Der Ort war falsch.');
    expect(afterNote.content).toContain('Reaktion aus Kiew ergänzt.');
  });

  it("writes frontmatter notes in the article's language, else the integration's, else the feed's; days as written", async () => {
    const [first] = await collection();
    const data = newsroomArticleSchema.parse({
      title: 'T',
      teaser: 'T',
      published: '2024-06-18',
      updated: [{ time: '2024-06-20T23:30:00-05:00', note: 'Abend.' }],
      corrections: [{ date: '2024-06-20', text: 'Der Ort war falsch.' }],
    });
    const noteText = (article: FeedArticle, language = 'de-CH') => {
      const content = parseFeed(write([article], { ...options, language })).items[0]!.content!;
      return selectAll('aside', fromHtml(content, { fragment: true })).at(-1)!;
    };
    const cases: [FeedArticle, string, RegExp, RegExp][] = [
      [{ ...first!, data: { ...data, locale: 'it' } }, 'de-CH', /^Rettifica$/, /^20 giugno 2024$/],
      [
        {
          ...first!,
          data,
          record: {
            locale: 'en',
            blocks: 0,
            quotes: [],
            polls: [],
            corrections: [],
            credits: [],
            trust: [],
            updates: [],
          },
        },
        'de-CH',
        /^Correction$/,
        /^June 20, 2024$/,
      ],
      [{ ...first!, data, record: undefined }, 'fr-CH', /^Correction$/, /^20 juin 2024$/],
    ];
    for (const [article, language, label, day] of cases) {
      const aside = noteText(article, language);
      expect(textOf(select('strong', aside)!)).toMatch(label);
      const [update, correction] = selectAll('time', aside);
      expect(textOf(correction!)).toMatch(day);
      // 23:30 at -05:00 is 04:30 UTC the next day: said in UTC, never as the day before.
      expect(textOf(update!)).toMatch(/21.*04:30|21.*4:30/);
      expect(textOf(update!)).toMatch(/UTC$/);
      expect(update!.properties.dateTime).toBe('2024-06-21T04:30:00.000Z');
    }
  });

  it('stays within the limits Google News documents for feeds', async () => {
    const big = (await collection())[0]!;
    // 120 articles of about 30 kB: over 2 MB together, over 60 articles.
    const paragraph = `<p>${'Wort '.repeat(6000)}</p>`;
    const many = Array.from({ length: 120 }, (_, index) => ({
      ...big,
      url: `https://news.example/artikel/${index}/`,
      html: paragraph,
      data: { ...big.data, published: new Date(Date.UTC(2024, 5, 1) + index * 60_000) },
    }));
    const oversized = {
      ...big,
      url: 'https://news.example/artikel/riesig/',
      html: `<p>${'x'.repeat(1_100_000)}</p>`,
      data: { ...big.data, published: new Date('2024-05-01') },
    };
    const xml = write([...many, oversized], { ...options, limit: 200 });
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(googleNewsFeedLimits.bytesPerFeed);
    const items = parseFeed(xml).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.url).toBe('https://news.example/artikel/119/'); // the newest kept first
    for (const item of items)
      expect(Buffer.byteLength(item.content ?? '')).toBeLessThanOrEqual(googleNewsFeedLimits.bytesPerArticle);
    // The oversized article keeps its summary and link, without its body.
    const lone = parseFeed(write([oversized], options)).items[0]!;
    expect(lone.description).toBe(big.data.teaser);
    expect(lone.content ?? '').not.toContain('xxxx');
  });
});

describe('feedHtml', () => {
  it('drops hostile markup from generated bodies and never loses their text', () => {
    // Letters that spell no tag, attribute or word the test looks for (`p`, `onload`, `böse`, …).
    const word = fc.stringMatching(/^[AEKMUÄÖÜ][aekmuäöüß]{1,11}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('script', 'iframe', 'style', 'button'),
        (words, tag) => {
          const text = words.join(' ');
          const html = `<p>${text}</p><${tag} onload="x()">${tag === 'iframe' ? '' : 'böse'}</${tag}><p onclick="x()"><a href="javascript:x()">${text}</a></p>`;
          const clean = feedHtml(html, 'https://news.example/a/');
          expect(clean).not.toMatch(new RegExp(`<${tag}|onload|onclick|javascript:|böse`));
          expect(clean.split(text).length - 1).toBe(2);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// Read back with feedsmith's parser, which keeps text as the formats define it; the lenient
// @rowanmanning parser also decodes entities written as text ("&amp;" comes back as "&").
const titleAndSummary = {
  atom: (xml: string) => {
    const entry = parseAtomFeed(xml).entries?.[0];
    return [entry?.title?.value, entry?.summary?.value];
  },
  rss: (xml: string) => {
    const item = parseRssFeed(xml).items?.[0];
    return [item?.title, item?.description];
  },
};

describe('hostile text in titles and teasers', () => {
  it.each([
    ['Atom', atomFeed, titleAndSummary.atom],
    ['RSS', rssFeed, titleAndSummary.rss],
  ])('%s: any text parses back as written (markup, CDATA ends, entities, quotes)', (_name, write, readBack) => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      fc.constantFrom(']]>', '<![CDATA[x]]>', '</title><script>x</script>', '&amp; &lt;', '„«»“ ‚‘', 'a\u00a0b'),
    );
    fc.assert(
      fc.property(text, text, (title, teaser) => {
        fc.pre(title.trim() === title && teaser.trim() === teaser && title.trim() !== '' && teaser.trim() !== '');
        const xml = write(
          [
            {
              url: 'https://news.example/a/',
              html: `<p>${teaser.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`,
              data: newsroomArticleSchema.parse({ title, teaser, published: '2024-06-18T22:30:00+02:00' }),
            },
          ],
          options,
        );
        expect(readBack(xml)).toEqual([title, teaser]);
      }),
      { numRuns: 300 },
    );
  });
});
