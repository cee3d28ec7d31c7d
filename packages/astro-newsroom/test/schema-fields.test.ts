/**
 * The article schema's dates and links: only ISO 8601 (or YAML timestamps),
 * read the same on every build machine; only http(s) URLs and site paths.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { newsroomArticleSchema } from '../src/schema.js';

const base = { title: 'T', teaser: 'T', published: '2024-06-18' };
const parse = (fields: Record<string, unknown>) => newsroomArticleSchema.safeParse({ ...base, ...fields });
const messages = (fields: Record<string, unknown>) => {
  const result = parse(fields);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

const zoneBefore = process.env.TZ;
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe('dates', () => {
  // Node applies a changed TZ at once; each zone is checked to be in effect, so the test cannot pass by not switching.
  for (const [zone, januaryOffset] of [
    ['America/New_York', 300],
    ['Asia/Tokyo', -540],
  ] as const) {
    it(`reads a date-time without offset as UTC, whatever the machine's zone (${zone})`, () => {
      process.env.TZ = zone;
      expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
      const article = newsroomArticleSchema.parse({
        ...base,
        published: '2024-06-18T22:30:00',
        modified: '2024-06-19',
        coverageStart: '2024-06-18T22:30',
        coverageEnd: '2024-06-19T01:30:00+0200',
        updated: [{ time: '2024-06-19T07:15:00.5', note: 'n' }],
        corrections: [{ date: '2024-06-20', text: 't' }],
      });
      expect(article.published.toISOString()).toBe('2024-06-18T22:30:00.000Z');
      expect(article.modified?.toISOString()).toBe('2024-06-19T00:00:00.000Z');
      expect(article.coverageStart?.toISOString()).toBe('2024-06-18T22:30:00.000Z');
      expect(article.coverageEnd?.toISOString()).toBe('2024-06-18T23:30:00.000Z');
      expect(article.updated?.[0]?.time.toISOString()).toBe('2024-06-19T07:15:00.500Z');
      expect(article.corrections?.[0]?.date.toISOString()).toBe('2024-06-20T00:00:00.000Z');
    });
  }

  it('takes YAML timestamps (Date objects) as they are', () => {
    const published = new Date('2024-06-18T20:30:00Z');
    expect(newsroomArticleSchema.parse({ ...base, published }).published).toEqual(published);
  });

  it('refuses numbers and strings that are not ISO 8601, naming the field and the value', () => {
    const fields = ['published', 'modified', 'coverageStart', 'coverageEnd'];
    for (const value of ['1', 2024, 'June 18', '18.06.2024', '2024-02-30', '2024-06-18T25:00', 'gestern', '']) {
      for (const field of fields) {
        const [message] = messages({ [field]: value });
        expect(message, `${field}: ${value}`).toBe(
          `${field} is not an ISO 8601 date: ${JSON.stringify(value)}; write e.g. 2024-06-18 or 2024-06-18T22:30:00+02:00`,
        );
      }
      expect(messages({ corrections: [{ date: value, text: 't' }] })[0]).toContain(
        `corrections[].date is not an ISO 8601 date: ${JSON.stringify(value)}`,
      );
      expect(messages({ updated: [{ time: value, note: 'n' }] })[0]).toContain(
        `updated[].time is not an ISO 8601 date: ${JSON.stringify(value)}`,
      );
    }
  });

  it('gives every ISO date-time with an offset the instant Date.parse gives it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (date) => {
          const written = date.toISOString();
          expect(newsroomArticleSchema.parse({ ...base, published: written }).published.getTime()).toBe(date.getTime());
        },
      ),
    );
  });
});

describe('image.src and topic.href', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'mailto:a@example.com',
    'file:///etc/passwd',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&#x3A;alert(1)',
    'javascript&colon;alert(1):x',
    '//evil.example/a.jpg',
    ' /bild.jpg',
    '/bild.jpg\u0007',
    'https:evil.example',
  ];
  it('refuses every scheme but http(s), and disguised ones', () => {
    for (const value of hostile) {
      expect(messages({ image: { src: value, alt: 'a' } })[0], JSON.stringify(value)).toBe(
        `image.src is refused: ${JSON.stringify(value)}; write an http(s) URL or a path of the site, e.g. /bilder/a.jpg`,
      );
      expect(messages({ topic: { label: 'l', href: value } })[0], JSON.stringify(value)).toContain(
        'topic.href is refused',
      );
    }
  });

  it('takes http(s) URLs and relative and root-relative paths', () => {
    for (const value of [
      'https://example.com/a.jpg',
      'HTTP://example.com/a.jpg',
      '/bilder/a.jpg',
      'bilder/a.jpg',
      '../a.jpg?w=2:1',
      '/themen/nordkorea#neu',
    ]) {
      expect(parse({ image: { src: value, alt: 'a' }, topic: { label: 'l', href: value } }).success, value).toBe(true);
    }
  });
});
