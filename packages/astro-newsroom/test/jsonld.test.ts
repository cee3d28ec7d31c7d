/** NewsArticle JSON-LD and the article schema, without a browser. */
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../src/jsonld.js';
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
      dateModified: '2024-06-18T20:30:00.000Z',
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
