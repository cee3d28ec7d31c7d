/**
 * Quote marks are in the text: what a reader view, a feed or copy-paste gets
 * (the HTML's text content, no CSS) reads „…“ / «…» / “…” per locale, on both
 * processors. Typed marks are not doubled, a quote inside a quote gets the
 * inner marks, and no letter is lost or moved. A corpus in every locale, the
 * typed variants, and generated quotes (fast-check).
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { expect, it } from 'vitest';
import { type Locale, locales, typographyRules } from '../src/locales.js';
import { describeEachProcessor, renderSatteri, renderUnified } from './processors.js';

/** The text of each quote as a reader view extracts it: text content, no CSS, a line per paragraph. */
function quoteTexts(html: string): string[] {
  return selectAll('blockquote', fromHtml(html, { fragment: true })).map((node) => {
    const paragraphs = selectAll('p', node);
    return (paragraphs.length ? paragraphs.map((p) => hastToString(p)).join('\n') : hastToString(node)).trim();
  });
}

const lettersOf = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
const outer = (locale: Locale) => {
  const { quotes, quoteSpace } = typographyRules[locale];
  return [`${quotes.outer[0]}${quoteSpace}`, `${quoteSpace}${quotes.outer[1]}`] as const;
};
const inner = (locale: Locale) => typographyRules[locale].quotes.inner;

const expectedOuter: Record<Locale, string> = {
  de: '„…“',
  'de-CH': '«…»',
  en: '“…”',
  fr: '«\u202F…\u202F»',
  'fr-CH': '«…»',
  it: '«…»',
  'it-CH': '«…»',
};

describeEachProcessor('quote marks in the text', (render) => {
  for (const locale of locales) {
    for (const typography of [true, false]) {
      it(`${locale}, typography ${typography ? 'on' : 'off'}: the directive and the blockquote get the locale's marks`, async () => {
        const markdown = [
          ':::quote{by="Pat Ryder"}',
          'Das ist beunruhigend.',
          ':::',
          '',
          '> Das klappt.',
          '>',
          '> Genauso wie erwartet.',
          '>',
          '> — Wolodymyr Selenskyj, Präsident',
        ].join('\n');
        const { html } = await render(markdown, { locale, typography });
        const [open, close] = expectedOuter[locale].split('…') as [string, string];
        expect(quoteTexts(html)).toEqual([
          `${open}Das ist beunruhigend.${close}`,
          `${open}Das klappt.\nGenauso wie erwartet.${close}`,
        ]);
      });
    }

    it(`${locale}: a quote inside a quote gets the inner marks`, async () => {
      const { html } = await render(':::quote{by="X"}\nSie sprach von "Wertschätzung" und „Respekt“.\n:::', {
        locale,
        typography: true,
      });
      const [open, close] = outer(locale);
      const [i1, i2] = inner(locale);
      expect(quoteTexts(html)).toEqual([
        `${open}Sie sprach von ${i1}Wertschätzung${i2} und ${i1}Respekt${i2}.${close}`,
      ]);
    });
  }

  // What an author may have typed: the marks are theirs, never doubled, and nothing moves.
  const typed: [markdown: string, de: string, deCH: string][] = [
    [
      '„Wir stehen an der Seite Russlands.“',
      '„Wir stehen an der Seite Russlands.“',
      '«Wir stehen an der Seite Russlands.»',
    ],
    [
      '"Wir stehen an der Seite Russlands."',
      '„Wir stehen an der Seite Russlands.“',
      '«Wir stehen an der Seite Russlands.»',
    ],
    [
      '«Wir stehen an der Seite Russlands.»',
      '„Wir stehen an der Seite Russlands.“',
      '«Wir stehen an der Seite Russlands.»',
    ],
    // Starts with a mark, ends without one: the author quoted part of it; nothing is added or moved.
    [
      '„Wir stehen“, sagte er, an der Seite.',
      '„Wir stehen“, sagte er, an der Seite.',
      '«Wir stehen», sagte er, an der Seite.',
    ],
    // Two quotes in one: the author's marks, as typed.
    ['„A“, sagte er, „B.“', '„A“, sagte er, „B.“', '«A», sagte er, «B.»'],
  ];
  for (const [body, de, deCH] of typed) {
    it(`typed marks are not doubled: ${body}`, async () => {
      const markdown = `:::quote{by="X"}\n${body}\n:::\n\n> ${body}\n>\n> — X, Y`;
      expect(quoteTexts((await render(markdown, { locale: 'de', typography: true })).html)).toEqual([de, de]);
      expect(quoteTexts((await render(markdown, { locale: 'de-CH', typography: true })).html)).toEqual([deCH, deCH]);
      // Without our typography the author's marks stay exactly as typed, and none are added.
      expect(quoteTexts((await render(markdown, { locale: 'de' })).html)).toEqual([body, body]);
    });
  }

  it('keeps emphasis, links and code in place around the marks', async () => {
    const { html } = await render(':::quote{by="X"}\n*Das* ist [gut](https://example.com) `so`\n:::', {
      locale: 'de',
    });
    expect(html).toContain(
      '<blockquote><p>„<em>Das</em> ist <a href="https://example.com">gut</a> <code>so</code>“</p></blockquote>',
    );
  });

  it('the attribution line is not inside the quote: its quotes keep the outer marks', async () => {
    const { html } = await render('> Das klappt.\n>\n> — Selenskyj, Präsident der "Ukraine"', {
      locale: 'de-CH',
      typography: true,
    });
    expect(html).toContain('<span class="nr-quote__role">Präsident der «Ukraine»</span>');
    expect(quoteTexts(html)).toEqual(['«Das klappt.»']);
  });

  it('adds no marks around a quote that is a list', async () => {
    const { html } = await render(':::quote{by="X"}\n- eins\n- zwei\n:::', { locale: 'de' });
    expect(quoteTexts(html)[0]).not.toMatch(/[„“]/);
  });
});

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüßéè0-9]{1,8}$/);
const typedOpen = fc.constantFrom('', '', '"', '„', '«', '“', '« ');
const typedClose = fc.constantFrom('', '', '"', '“', '»', '”', ' »');
const quoteBody = fc.record({
  open: typedOpen,
  close: typedClose,
  words: fc.array(word, { minLength: 1, maxLength: 6 }),
  innerQuote: fc.option(fc.tuple(fc.constantFrom('"', "'", '„', '‚'), word)),
  locale: fc.constantFrom(...locales),
  typography: fc.boolean(),
});

it('generated quotes: both processors agree, letters stay in order, marks appear once and are added only when none was typed', async () => {
  const samples = fc.sample(quoteBody, { seed: 20261130, numRuns: 300 });
  const problems: string[] = [];
  for (const sample of samples) {
    const closing = sample.innerQuote?.[0] === "'" || sample.innerQuote?.[0] === '‚' ? "'" : '"';
    const innerText = sample.innerQuote ? ` ${sample.innerQuote[0]}${sample.innerQuote[1]}${closing}` : '';
    const body = `${sample.open}${sample.words.join(' ')}${innerText}.${sample.close}`;
    const markdown = `:::quote{by="X"}\n${body}\n:::`;
    const options = { locale: sample.locale, typography: sample.typography };
    const unified = await renderUnified(markdown, options);
    const satteri = await renderSatteri(markdown, options);
    const [text = ''] = quoteTexts(unified.html);
    const [open, close] = outer(sample.locale);
    const fail = (problem: string) => problems.push(`${JSON.stringify(body)} ${sample.locale}: ${problem} → ${text}`);
    if (unified.html !== satteri.html) fail('processors differ');
    if (lettersOf(text) !== lettersOf(body)) fail('letters lost or moved');
    if (sample.open === '') {
      if (!text.startsWith(open) || !text.endsWith(close)) fail('marks not added');
    } else if (text.startsWith(open) && text.slice(open.length).startsWith(open.trim())) {
      fail('opening mark doubled');
    }
    if (/^(.)\1/u.test(text) && /["„“”«»‚‘’‹›]/.test(text.charAt(0))) fail('a mark twice at the start');
  }
  expect(problems.slice(0, 5)).toEqual([]);
}, 120_000);
