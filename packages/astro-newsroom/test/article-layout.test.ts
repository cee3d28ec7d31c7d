/**
 * ArticleLayout: the parts of an article page from its frontmatter, every
 * field but the headline optional, nothing from the frontmatter trusted as a
 * link, and the body (our blocks) where the slot is.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { labels, locales } from 'remark-newsroom/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleLayout from '../components/ArticleLayout.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (props: Record<string, unknown>, body = '<p>Der Text.</p>') =>
  fromHtml(await container.renderToString(ArticleLayout as never, { props, slots: { default: body } }), {
    fragment: true,
  });

const full = {
  title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
  teaser: 'Der Kremlchef baut die Zusammenarbeit aus.',
  published: new Date('2024-06-18T20:30:00Z'),
  modified: new Date('2024-06-19T00:00:00Z'),
  locale: 'de-CH',
  credit: 'dpa/thp',
  section: 'Ausland',
  authors: [
    { name: 'Anna Beispiel', url: 'https://example.com/anna', role: 'Korrespondentin' },
    { name: 'Ben Muster', url: 'javascript:alert(1)' },
  ],
  image: {
    src: '/bild.jpg',
    alt: 'Putin und Kim',
    caption: 'Am Flughafen.',
    credit: 'Foto: Foto AG',
    copyright: 'dpa',
  },
  dateline: { place: 'Pjöngjang', agency: 'dpa' },
  updated: [{ time: new Date('2024-06-19T07:15:00Z'), note: 'Korrektur ergänzt.' }],
};

describe('ArticleLayout', () => {
  it('renders headline, teaser, section, byline, dates, credit, image and dateline', async () => {
    const tree = await render({ article: full, timeZone: 'Europe/Zurich', url: 'https://example.com/a/' });
    expect(select('article.nr-article', tree)?.properties.lang).toBe('de-CH');
    expect(textOf(select('h1.nr-article__headline', tree)!)).toBe(full.title);
    expect(textOf(select('.nr-article__teaser', tree)!)).toBe(full.teaser);
    expect(textOf(select('.nr-article__section', tree)!)).toBe('Ausland');
    const byline = textOf(select('.nr-article__byline', tree)!).replace(/\s+/g, ' ');
    expect(byline).toBe('Von Anna Beispiel (Korrespondentin) & Ben Muster');
    const times = selectAll('time', tree);
    expect(times.map((t) => t.properties.dateTime)).toEqual([
      '2024-06-18T20:30:00.000Z',
      '2024-06-19T00:00:00.000Z',
      '2024-06-19T07:15:00.000Z',
    ]);
    // A time of day where the date has one (in the given zone); the day alone where it has none.
    expect(textOf(times[0]!)).toMatch(/18\. Juni 2024.*22:30/);
    expect(textOf(times[1]!)).toBe('19. Juni 2024');
    expect(textOf(select('.nr-article__meta', tree)!)).toContain('Quelle: dpa/thp');
    expect(select('.nr-article__image img', tree)?.properties).toMatchObject({
      src: '/bild.jpg',
      alt: 'Putin und Kim',
    });
    expect(textOf(select('.nr-article__image figcaption', tree)!)).toContain('Am Flughafen.');
    expect(textOf(select('.nr-article__credit', tree)!)).toBe('Foto: Foto AG');
    const update = select('.nr-article__updates li', tree)!;
    expect(textOf(update)).toMatch(/^Aktualisiert am 19\. Juni 2024.*09:15: Korrektur ergänzt\.$/);
    expect(textOf(select('.nr-article__dateline', tree)!)).toBe('Pjöngjang (dpa)');
    expect(textOf(select('.nr-article__body', tree)!)).toContain('Der Text.');
  });

  it('shows a day without time as that day in every build zone, and written times in their written offset', async () => {
    const zoneBefore = process.env.TZ;
    try {
      for (const [zone, januaryOffset] of [
        ['America/Los_Angeles', 480],
        ['Asia/Tokyo', -540],
      ] as const) {
        // Node applies a changed TZ at once; checked, so the test cannot pass by not switching.
        process.env.TZ = zone;
        expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
        const tree = await render({
          article: {
            title: 'T',
            published: new Date('2024-06-19T00:00:00Z'),
            modified: '2024-06-20T02:00:00+02:00',
            updated: [
              { time: '2024-06-21', note: 'Tag.' },
              { time: '2024-06-21T23:30:00-05:00', note: 'Abend.' },
            ],
          },
          jsonLd: false,
        });
        const times = selectAll('time', tree);
        expect(
          times.map((time) => textOf(time)),
          zone,
        ).toEqual(['19. Juni 2024', '20. Juni 2024 um 02:00', '21. Juni 2024', '21. Juni 2024 um 23:30']);
        expect(times.map((time) => time.properties.dateTime)).toEqual([
          '2024-06-19T00:00:00.000Z',
          '2024-06-20T00:00:00.000Z',
          '2024-06-21',
          '2024-06-22T04:30:00.000Z',
        ]);
      }
    } finally {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    }
  });

  it('links only web addresses from the frontmatter', async () => {
    const tree = await render({ article: full });
    expect(selectAll('.nr-article__byline a', tree).map((a) => a.properties.href)).toEqual([
      'https://example.com/anna',
    ]);
  });

  it('adds NewsArticle JSON-LD, unless told not to', async () => {
    const withJson = await render({ article: full, url: 'https://example.com/a/' });
    const script = select('script[type="application/ld+json"]', withJson);
    const json = JSON.parse(textOf(script!));
    expect(json['@type']).toBe('NewsArticle');
    expect(json.headline).toBe(full.title);
    expect(select('script', await render({ article: full, jsonLd: false }))).toBeUndefined();
  });

  it('works with the headline alone, and in English', async () => {
    const tree = await render({ article: { title: 'Only a headline', locale: 'en' }, jsonLd: false });
    expect(textOf(select('h1', tree)!)).toBe('Only a headline');
    expect(
      select('.nr-article__teaser, .nr-article__byline, figure, time, .nr-article__dateline', tree),
    ).toBeUndefined();
    const english = await render({ article: { ...full, locale: 'en' }, jsonLd: false });
    expect(textOf(select('.nr-article__byline', english)!).replace(/\s+/g, ' ')).toMatch(/^By Anna Beispiel/);
  });

  it("says its labels in remark-newsroom's words for the article's locale", async () => {
    for (const locale of locales) {
      const tree = await render({
        article: { ...full, locale, updated: [{ time: '2024-06-21', note: 'x' }] },
        jsonLd: false,
      });
      const byline = textOf(select('.nr-article__byline', tree)!).replace(/\s+/g, ' ');
      expect(byline, locale).toMatch(new RegExp(`^${labels[locale].articleBy} Anna Beispiel`));
      const meta = textOf(select('.nr-article__meta', tree)!).replace(/\s+/g, ' ');
      expect(meta, locale).toContain(`${labels[locale].articlePublished} `);
      expect(meta, locale).toContain(`${labels[locale].articleUpdated} `);
      expect(meta, locale).toContain(`${labels[locale].articleSource}: dpa/thp`);
      expect(select('.nr-article__updates', tree)?.properties.ariaLabel, locale).toBe(labels[locale].articleUpdates);
    }
  });

  it("takes the site's own words for its labels", async () => {
    const tree = await render({ article: full, jsonLd: false, texts: { by: 'Text:' } });
    expect(textOf(select('.nr-article__byline', tree)!).replace(/\s+/g, ' ')).toMatch(/^Text: Anna Beispiel/);
  });
});
