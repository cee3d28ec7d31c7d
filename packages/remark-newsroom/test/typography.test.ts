/** Locale typography. */
import { describe, expect, it } from 'vitest';
import { typographize } from '../src/engine/typography.js';
import { type Locale, locales } from '../src/locales.js';
import { render } from './helpers.js';

/** Narrow no-break space (French « », before ; ? !) and no-break space (before :). */
const nnbsp = '\u202F';
const nbsp = '\u00A0';

const cases: [string, Record<Locale, string>][] = [
  [
    'Er sagte "Ja".',
    {
      de: 'Er sagte „Ja“.',
      'de-CH': 'Er sagte «Ja».',
      en: 'Er sagte “Ja”.',
      fr: `Er sagte «${nnbsp}Ja${nnbsp}».`,
      'fr-CH': 'Er sagte «Ja».',
      it: 'Er sagte «Ja».',
      'it-CH': 'Er sagte «Ja».',
    },
  ],
  [
    "Sie sagte 'nein'.",
    {
      de: 'Sie sagte ‚nein‘.',
      'de-CH': 'Sie sagte ‹nein›.',
      en: 'Sie sagte ‘nein’.',
      fr: 'Sie sagte “nein”.',
      'fr-CH': 'Sie sagte ‹nein›.',
      it: 'Sie sagte “nein”.',
      'it-CH': 'Sie sagte “nein”.',
    },
  ],
  [
    '"Er rief \'Halt\'", sagte sie.',
    {
      de: '„Er rief ‚Halt‘“, sagte sie.',
      'de-CH': '«Er rief ‹Halt›», sagte sie.',
      en: '“Er rief ‘Halt’”, sagte sie.',
      fr: `«${nnbsp}Er rief “Halt”${nnbsp}», sagte sie.`,
      'fr-CH': '«Er rief ‹Halt›», sagte sie.',
      it: '«Er rief “Halt”», sagte sie.',
      'it-CH': '«Er rief “Halt”», sagte sie.',
    },
  ],
  [
    "Geht's? Ja, it's fine.",
    {
      de: 'Geht’s? Ja, it’s fine.',
      'de-CH': 'Geht’s? Ja, it’s fine.',
      en: 'Geht’s? Ja, it’s fine.',
      fr: `Geht’s${nnbsp}? Ja, it’s fine.`,
      'fr-CH': 'Geht’s? Ja, it’s fine.',
      it: 'Geht’s? Ja, it’s fine.',
      'it-CH': 'Geht’s? Ja, it’s fine.',
    },
  ],
  [
    '2000 -- 2024 --- und dann...',
    {
      de: '2000 – 2024 — und dann…',
      'de-CH': '2000 – 2024 — und dann…',
      en: '2000 – 2024 — und dann…',
      fr: '2000 – 2024 — und dann…',
      'fr-CH': '2000 – 2024 — und dann…',
      it: '2000 – 2024 — und dann…',
      'it-CH': '2000 – 2024 — und dann…',
    },
  ],
  // A spaced hyphen between words is a Gedankenstrich where the locale sets one; English keeps it.
  [
    'Pjöngjang (dpa) - Putin ist da - endlich.',
    {
      de: 'Pjöngjang (dpa) – Putin ist da – endlich.',
      'de-CH': 'Pjöngjang (dpa) – Putin ist da – endlich.',
      en: 'Pjöngjang (dpa) - Putin ist da - endlich.',
      fr: 'Pjöngjang (dpa) – Putin ist da – endlich.',
      'fr-CH': 'Pjöngjang (dpa) – Putin ist da – endlich.',
      it: 'Pjöngjang (dpa) – Putin ist da – endlich.',
      'it-CH': 'Pjöngjang (dpa) – Putin ist da – endlich.',
    },
  ],
  // English curly quotes from an earlier smartypants pass, and marks typed in any convention, are placed anew, never doubled.
  [
    'Er sagte “Ja” und ‘so’, „gut“ und «fein».',
    {
      de: 'Er sagte „Ja“ und ‚so‘, „gut“ und „fein“.',
      'de-CH': 'Er sagte «Ja» und ‹so›, «gut» und «fein».',
      en: 'Er sagte “Ja” und ‘so’, “gut” und “fein”.',
      fr: `Er sagte «${nnbsp}Ja${nnbsp}» und “so”, «${nnbsp}gut${nnbsp}» und «${nnbsp}fein${nnbsp}».`,
      'fr-CH': 'Er sagte «Ja» und ‹so›, «gut» und «fein».',
      it: 'Er sagte «Ja» und “so”, «gut» und «fein».',
      'it-CH': 'Er sagte «Ja» und “so”, «gut» und «fein».',
    },
  ],
  // French punctuation: typed spaces become no-break ones; fr adds them where none was typed, fr-CH does not.
  [
    'Il a dit : « Oui » ! Quoi? Note: 10:30 ; fin?!',
    {
      de: 'Il a dit : „ Oui “ ! Quoi? Note: 10:30 ; fin?!',
      'de-CH': 'Il a dit : « Oui » ! Quoi? Note: 10:30 ; fin?!',
      en: 'Il a dit : “ Oui ” ! Quoi? Note: 10:30 ; fin?!',
      fr: `Il a dit${nbsp}: «${nnbsp}Oui${nnbsp}»${nnbsp}! Quoi${nnbsp}? Note${nbsp}: 10:30${nnbsp}; fin${nnbsp}?!`,
      'fr-CH': `Il a dit${nbsp}: « Oui »${nnbsp}! Quoi? Note: 10:30${nnbsp}; fin?!`,
      it: 'Il a dit : « Oui » ! Quoi? Note: 10:30 ; fin?!',
      'it-CH': 'Il a dit : « Oui » ! Quoi? Note: 10:30 ; fin?!',
    },
  ],
  // A mark glued to a colon or an equals sign opens when quoted text follows; after a word it closes.
  [
    'Er sagte:"Ja", id="1" und 5".',
    {
      de: 'Er sagte:„Ja“, id=„1“ und 5“.',
      'de-CH': 'Er sagte:«Ja», id=«1» und 5».',
      en: 'Er sagte:“Ja”, id=“1” und 5”.',
      fr: `Er sagte${nbsp}:«${nnbsp}Ja${nnbsp}», id=«${nnbsp}1${nnbsp}» und 5${nnbsp}».`,
      'fr-CH': 'Er sagte:«Ja», id=«1» und 5».',
      it: 'Er sagte:«Ja», id=«1» und 5».',
      'it-CH': 'Er sagte:«Ja», id=«1» und 5».',
    },
  ],
  [
    'Die Strasse, massgeblich, "Gross".',
    {
      de: 'Die Strasse, massgeblich, „Gross“.',
      'de-CH': 'Die Strasse, massgeblich, «Gross».',
      en: 'Die Strasse, massgeblich, “Gross”.',
      fr: `Die Strasse, massgeblich, «${nnbsp}Gross${nnbsp}».`,
      'fr-CH': 'Die Strasse, massgeblich, «Gross».',
      it: 'Die Strasse, massgeblich, «Gross».',
      'it-CH': 'Die Strasse, massgeblich, «Gross».',
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

  it('inside a quote whose marks the engine adds (level 1), quotes are inner, and one inside those outer again', () => {
    expect(typographize([{ value: 'Er rief "Halt \'jetzt\'" und ging.' }], 'de', 1)).toEqual([
      'Er rief ‚Halt „jetzt“‘ und ging.',
    ]);
    expect(typographize([{ value: 'Sie sprach von „Wertschätzung“.' }], 'de-CH', 1)).toEqual([
      'Sie sprach von ‹Wertschätzung›.',
    ]);
  });

  it('every locale is tested', () => {
    expect(Object.keys(cases[0]![1]).sort()).toEqual([...locales].sort());
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
