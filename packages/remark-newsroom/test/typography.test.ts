/** Locale typography. */
import { describe, expect, it } from 'vitest';
import { typographize } from '../src/engine/typography.js';
import type { Locale } from '../src/locales.js';
import { render } from './helpers.js';

const cases: [string, Record<Locale, string>][] = [
  ['Er sagte "Ja".', { de: 'Er sagte „Ja“.', 'de-CH': 'Er sagte «Ja».', en: 'Er sagte “Ja”.' }],
  ["Sie sagte 'nein'.", { de: 'Sie sagte ‚nein‘.', 'de-CH': 'Sie sagte ‹nein›.', en: 'Sie sagte ‘nein’.' }],
  [
    '"Er rief \'Halt\'", sagte sie.',
    { de: '„Er rief ‚Halt‘“, sagte sie.', 'de-CH': '«Er rief ‹Halt›», sagte sie.', en: '“Er rief ‘Halt’”, sagte sie.' },
  ],
  [
    "Geht's? Ja, it's fine.",
    { de: 'Geht’s? Ja, it’s fine.', 'de-CH': 'Geht’s? Ja, it’s fine.', en: 'Geht’s? Ja, it’s fine.' },
  ],
  [
    '2000 -- 2024 --- und dann...',
    { de: '2000 – 2024 — und dann…', 'de-CH': '2000 – 2024 — und dann…', en: '2000 – 2024 — und dann…' },
  ],
  // English curly quotes from an earlier smartypants pass are re-mapped, not doubled.
  [
    'Er sagte “Ja” und ‘so’.',
    { de: 'Er sagte „Ja“ und ‚so‘.', 'de-CH': 'Er sagte «Ja» und ‹so›.', en: 'Er sagte “Ja” und ‘so’.' },
  ],
  [
    'Die Strasse, massgeblich, "Gross".',
    {
      de: 'Die Strasse, massgeblich, „Gross“.',
      'de-CH': 'Die Strasse, massgeblich, «Gross».',
      en: 'Die Strasse, massgeblich, “Gross”.',
    },
  ],
];

describe('typographize', () => {
  for (const [input, expected] of cases) {
    for (const locale of Object.keys(expected) as Locale[]) {
      it(`${locale}: ${input}`, () => {
        expect(typographize([{ value: input }], locale)).toEqual([expected[locale]]);
      });
    }
  }

  it('pairs quotes across segments and keeps skipped segments as written', () => {
    expect(
      typographize([{ value: 'Er schrieb "' }, { value: 'a "b" c', skip: true }, { value: '" dazu.' }], 'de'),
    ).toEqual(['Er schrieb „', 'a "b" c', '“ dazu.']);
  });

  it('reads a whole character across segments, one outside the Basic Multilingual Plane too', () => {
    // 𝐀 is a letter in two UTF-16 units: the apostrophe after it stands between words.
    // The segment before it has nothing to change, or is skipped.
    for (const before of [{ value: '𝐀' }, { value: 'x 𝐀', skip: true }]) {
      expect(typographize([{ value: "'Das " }, before, { value: "'s Haus'" }], 'de')).toEqual([
        '‚Das ',
        before.value,
        '’s Haus‘',
      ]);
    }
  });

  it('leaves bare URLs alone', () => {
    expect(typographize([{ value: 'Siehe https://example.com/a--b...c und "hier".' }], 'de')).toEqual([
      'Siehe https://example.com/a--b...c und „hier“.',
    ]);
  });
});

describe('typography in the pipeline', () => {
  it('quotes in prose follow the locale; code, links and attributes do not change', async () => {
    const markdown = [
      'Putin schrieb für die Zeitung "Rodong Sinmun" -- `"code"` und [https://example.com/a--b](https://example.com/a--b).',
      '',
      '::topic[Mehr]{href="/a--b"}',
      '',
      '```',
      '"block" -- code',
      '```',
    ].join('\n');
    const { html } = await render(markdown, { locale: 'de-CH', typography: true });
    expect(html).toContain('«Rodong Sinmun» – <code>"code"</code>');
    expect(html).toContain('<a href="https://example.com/a--b">https://example.com/a--b</a>');
    expect(html).toContain('href="/a--b"');
    expect(html).toContain('<code>"block" -- code\n</code>');
  });

  it('is off by default in remark-newsroom', async () => {
    const { html } = await render('Er sagte "Ja".');
    expect(html).toBe('<p>Er sagte "Ja".</p>');
  });

  it('pairs quotes across emphasis', async () => {
    const { html } = await render('"Das *klappt*." Ja.', { typography: true });
    expect(html).toBe('<p>„Das <em>klappt</em>.“ Ja.</p>');
  });
});
