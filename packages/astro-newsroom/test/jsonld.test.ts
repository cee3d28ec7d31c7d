/** NewsArticle JSON-LD and the article schema, without a browser. */
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../src/first-sentence.js';
import { newsArticleJsonLd, pageUrl, serializeJsonLd } from '../src/jsonld.js';
import { newsroomArticleSchema } from '../src/schema.js';

const article = newsroomArticleSchema.parse({
  title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
  teaser: 'Die Lage im Überblick.',
  published: '2024-06-18T22:30:00+02:00',
  locale: 'de-CH',
  credit: 'dpa/thp',
  corrections: [{ date: '2024-06-20', text: 'Frontmatter-Korrektur.' }],
});

describe('newsroomArticleSchema', () => {
  it('coerces dates and keeps the fields', () => {
    expect(article.published.toISOString()).toBe('2024-06-18T20:30:00.000Z');
    expect(article.locale).toBe('de-CH');
  });
  it('rejects a missing title, a bad date and an unknown locale', () => {
    expect(newsroomArticleSchema.safeParse({ teaser: 'x', published: '2024-01-01' }).success).toBe(false);
    expect(newsroomArticleSchema.safeParse({ title: 'x', teaser: 'x', published: 'gestern' }).success).toBe(false);
    expect(
      newsroomArticleSchema.safeParse({ title: 'x', teaser: 'x', published: '2024-01-01', locale: 'es' }).success,
    ).toBe(false);
    for (const locale of ['fr', 'fr-CH', 'it', 'it-CH'])
      expect(
        newsroomArticleSchema.safeParse({ title: 'x', teaser: 'x', published: '2024-01-01', locale }).success,
      ).toBe(true);
  });
});

describe('newsArticleJsonLd', () => {
  const record = {
    locale: 'de-CH' as const,
    blocks: 6,
    quotes: [{ by: 'Pat Ryder', text: 'Zitat' }],
    polls: [{ provider: 'civey', id: '1' }],
    corrections: [{ date: '2024-06-19', text: 'Im Text.' }],
    credits: [{ label: 'dpa/thp', agency: 'dpa', author: 'thp' }],
    trust: [{ badge: 'jti', href: '/so-arbeitet-die-redaktion' }],
    updates: [],
  };
  const data = newsArticleJsonLd({
    article,
    record,
    url: 'https://example.com/artikel/x/',
    publisher: { name: 'Beispiel', url: '/', correctionsPolicy: '/fehler', jti: { certified: true } },
  });

  it('holds the documented NewsArticle fields', () => {
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      description: article.teaser,
      datePublished: '2024-06-18T20:30:00.000Z',
      // The latest correction (frontmatter, 2024-06-20) is the latest change.
      dateModified: '2024-06-20T00:00:00.000Z',
      inLanguage: 'de-CH',
      author: { '@type': 'NewsMediaOrganization', name: 'dpa' },
      sourceOrganization: { name: 'dpa' },
      publishingPrinciples: 'https://example.com/so-arbeitet-die-redaktion',
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Beispiel',
        url: 'https://example.com/',
        correctionsPolicy: 'https://example.com/fehler',
      },
    });
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Im Text.', datePublished: '2024-06-19' },
      { '@type': 'CorrectionComment', text: 'Frontmatter-Korrektur.', datePublished: '2024-06-20' },
    ]);
  });

  it('keeps quotes and polls out', () => {
    expect(JSON.stringify(data)).not.toMatch(/Pat Ryder|civey/);
  });

  it('serialises safely inside a script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('without a page URL (no `site`)', () => {
  it('leaves out the page URL and relative links instead of writing a development host', () => {
    const json = newsArticleJsonLd({
      article: { title: 'T', teaser: 'D', published: new Date('2024-06-19'), locale: 'de' } as never,
      publisher: { name: 'Zeitung', url: 'https://zeitung.example', publishingPrinciples: '/standards' },
    });
    const text = JSON.stringify(json);
    expect(text).not.toContain('localhost');
    expect(json.url).toBeUndefined();
    expect(json.mainEntityOfPage).toBeUndefined();
    expect((json.publisher as { url: string }).url).toBe('https://zeitung.example/');
    expect((json.publisher as { publishingPrinciples?: string }).publishingPrinciples).toBeUndefined();
  });
});

describe('byline, lead image, section, paywall', () => {
  const full = newsroomArticleSchema.parse({
    title: 'T',
    teaser: 'D',
    published: '2024-06-18T22:30:00+02:00',
    modified: '2024-06-19T09:15:00+02:00',
    credit: 'dpa/thp',
    authors: [{ name: 'Anna Beispiel', url: 'https://news.example/autorin/anna', role: 'Korrespondentin' }],
    image: {
      src: '/bilder/karte.svg',
      alt: 'Karte von Nordkorea',
      caption: 'Pjöngjang liegt im Westen.',
      credit: 'Grafik: Newsroom Beispiel',
      copyright: '© Newsroom Beispiel',
    },
    section: 'International',
    tags: ['Russland', 'Nordkorea'],
    updated: [{ time: '2024-06-19T11:40:00+02:00', note: 'Reaktion aus Kiew ergänzt.' }],
    dateline: { place: 'Pjöngjang', agency: 'dpa' },
    isAccessibleForFree: false,
    paywall: { cssSelector: '.paywall' },
  });
  const data = newsArticleJsonLd({ article: full, url: 'https://news.example/artikel/x/', base: '/' });

  it('writes author, image, section, keywords, dateline, paywall and the latest change', () => {
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      author: [
        {
          '@type': 'Person',
          name: 'Anna Beispiel',
          url: 'https://news.example/autorin/anna',
          jobTitle: 'Korrespondentin',
        },
        { '@type': 'NewsMediaOrganization', name: 'dpa' },
      ],
      image: {
        '@type': 'ImageObject',
        url: 'https://news.example/bilder/karte.svg',
        caption: 'Pjöngjang liegt im Westen.',
        description: 'Karte von Nordkorea',
        creditText: 'Grafik: Newsroom Beispiel',
        copyrightNotice: '© Newsroom Beispiel',
      },
      articleSection: 'International',
      keywords: ['Russland', 'Nordkorea'],
      dateline: 'Pjöngjang (dpa)',
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
      // The update note at 11:40 is later than `modified` (09:15).
      dateModified: '2024-06-19T09:40:00.000Z',
    });
  });

  it('leaves a relative lead image out when there is no page URL to resolve it against', () => {
    const relative = newsArticleJsonLd({ article: full, base: '/' });
    expect('image' in relative).toBe(false);
    const absoluteImage = newsroomArticleSchema.parse({
      ...{ title: 'T', teaser: 'D', published: '2024-06-18' },
      image: { src: 'https://cdn.example/a.jpg', alt: 'A' },
    });
    expect(newsArticleJsonLd({ article: absoluteImage }).image).toMatchObject({ url: 'https://cdn.example/a.jpg' });
  });

  it('marks a free article as free, with no hasPart', () => {
    const free = newsArticleJsonLd({
      article: newsroomArticleSchema.parse({ title: 'T', teaser: 'D', published: '2024-06-18' }),
    });
    expect(free.isAccessibleForFree).toBe(true);
    expect('hasPart' in free).toBe(false);
  });
});

describe('LiveBlogPosting', () => {
  const running = newsroomArticleSchema.parse({
    title: 'Putin in Nordkorea: der Besuch im Ticker',
    teaser: 'D',
    published: '2024-06-18T22:30:00+02:00',
    coverageStart: '2024-06-18T22:00:00+02:00',
    coverageEnd: '2024-06-19T23:59:00+02:00',
  });
  const record = {
    locale: 'de' as const,
    blocks: 2,
    quotes: [],
    polls: [],
    corrections: [],
    credits: [],
    trust: [],
    updates: [
      {
        time: '2024-06-19T14:05+02:00',
        id: 'update-2024-06-19t1405',
        text: 'Putin ist abgereist. Kim begleitete ihn.',
      },
      {
        time: '2024-06-19T09:15+02:00',
        id: 'update-2024-06-19t0915',
        title: 'Putin landet in Pjöngjang',
        text: 'Die Maschine landete.',
      },
    ],
  };
  const data = newsArticleJsonLd({ article: running, record, url: 'https://news.example/artikel/ticker/' });

  it('is a LiveBlogPosting with coverage times and one BlogPosting per update, newest first', () => {
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: 'Putin in Nordkorea: der Besuch im Ticker',
      datePublished: '2024-06-18T20:30:00.000Z',
      dateModified: '2024-06-19T12:05:00.000Z',
      coverageStartTime: '2024-06-18T20:00:00.000Z',
      coverageEndTime: '2024-06-19T21:59:00.000Z',
      liveBlogUpdate: [
        {
          '@type': 'BlogPosting',
          headline: 'Putin ist abgereist.',
          url: 'https://news.example/artikel/ticker/#update-2024-06-19t1405',
          datePublished: '2024-06-19T14:05+02:00',
          articleBody: 'Putin ist abgereist. Kim begleitete ihn.',
        },
        {
          '@type': 'BlogPosting',
          headline: 'Putin landet in Pjöngjang',
          url: 'https://news.example/artikel/ticker/#update-2024-06-19t0915',
          datePublished: '2024-06-19T09:15+02:00',
          articleBody: 'Die Maschine landete.',
        },
      ],
    });
  });

  it('is a NewsArticle when the record has no updates', () => {
    expect(newsArticleJsonLd({ article: running, record: { ...record, updates: [] } })['@type']).toBe('NewsArticle');
  });

  it('headlines an untitled update with its first sentence, at most 110 characters', () => {
    expect(firstSentence('Erster Satz. Zweiter Satz.')).toBe('Erster Satz.');
    const long = firstSentence(`${'Wort '.repeat(40)}Ende.`);
    expect(long.length).toBeLessThanOrEqual(110);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('pageUrl', () => {
  it('is `site` plus the route, never the request host, port or query', () => {
    expect(pageUrl('https://news.example', '/artikel/x/')?.href).toBe('https://news.example/artikel/x/');
    // What an on-demand page sees as its request: another host, a port, a query.
    const request = new URL('http://127.0.0.1:4402/artikel/x/?c=cms#top');
    expect(pageUrl(new URL('https://news.example/'), request.pathname)?.href).toBe('https://news.example/artikel/x/');
    expect(pageUrl(undefined, '/artikel/x/')).toBeUndefined();
  });
});

describe('strict checks (diagnostics name the field)', () => {
  const issues = (value: unknown) =>
    newsroomArticleSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ??
    [];

  it('an article without `published`', () => {
    expect(issues({ title: 'T', teaser: 'D' })).toEqual([
      'published: published is required: the date and time in ISO 8601, e.g. 2024-06-18T22:30:00+02:00',
    ]);
  });
  it('a lead image without `alt`, or with an empty one', () => {
    expect(issues({ title: 'T', teaser: 'D', published: '2024-06-18', image: { src: '/a.png' } })).toEqual([
      'image.alt: image.alt is required: describe the image for readers who cannot see it',
    ]);
    expect(issues({ title: 'T', teaser: 'D', published: '2024-06-18', image: { src: '/a.png', alt: '' } })).toEqual([
      'image.alt: image.alt is empty: describe the image for readers who cannot see it',
    ]);
  });
  it('a paywalled article without a `hasPart` selector, reported beside other problems', () => {
    expect(issues({ title: 'T', teaser: 'D', isAccessibleForFree: false })).toEqual([
      'published: published is required: the date and time in ISO 8601, e.g. 2024-06-18T22:30:00+02:00',
      'paywall: paywall.cssSelector is required when isAccessibleForFree is false: the CSS selector of the paywalled part, e.g. { cssSelector: ".paywall" }',
    ]);
  });
  it('an author link that is not http(s)', () => {
    expect(
      issues({
        title: 'T',
        teaser: 'D',
        published: '2024-06-18',
        authors: [{ name: 'A', url: 'javascript:alert(1)' }],
      }),
    ).toEqual(['authors.0.url: authors[].url must be an absolute http(s) URL, e.g. https://example.com/autorin']);
  });
});
