/**
 * newsroom import: each element it recognises, where it must not fire, and
 * each finding of the issue that asked for the rewrite (a sentence moved into
 * a role, the headline taken as the teaser, dpa and Swiss quote marks, a
 * subhead before a credited paragraph, a topic line at the end, the
 * dateline, empty frontmatter values, hostile copy), on the example's copy
 * and on stories written for the test.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { locales } from 'remark-newsroom/engine';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlBlocks } from '../src/html.js';
import { importArticle } from '../src/import.js';
import { localeOfLanguage, ninjsBlocks, ninjsOptions, parseNinjs } from '../src/ninjs.js';
import { quoteOf } from '../src/quotes.js';
import { importCopy } from '../src/read.js';
import {
  correctionOf,
  creditOf,
  datelineOf,
  isHeadline,
  isSubhead,
  isTrustBadgeLine,
  languageOf,
  topicOf,
  updateOf,
} from '../src/recognize.js';
import { textBlocks } from '../src/source.js';
import { ninjsParagraphs, textParagraphs } from './copy.js';
import { blocksOnPage, renderBoth } from './page.js';
import { property } from './property.js';

const source = readFileSync(new URL('../../../examples/news-site/import/putin-nordkorea.txt', import.meta.url), 'utf8');
const frontmatter = (markdown: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '') as Record<string, unknown>;
const published = '2025-07-02T10:00:00+02:00';

/** Two dpa-style stories written for these tests (not the example's copy). */
const hitze = `Hitzewelle: Länder sollen Schutzpläne umsetzen

Die Bundesregierung mahnt die Länder zur Eile. Kliniken und Pflegeheime bereiten sich auf 38 Grad vor.

Berlin (dpa) - Der Bund dringt auf schnellere Hitzeschutzpläne. "Die Lage ist ernst, aber beherrschbar", sagte Bundesgesundheitsministerin Nina Warken, CDU, in Berlin. Die Länder müssten ihre Hitzeschutzpläne jetzt konsequent umsetzen.

Was Kommunen jetzt tun

Viele Städte öffnen Kühlräume und verteilen Wasser an Bedürftige. (dpa/lby)

Mehr News zur Hitzewelle`;

const zitate = `Stadtrat beschliesst Velostrategie

Zürich (sda) - Der Stadtrat hat seine Velostrategie beschlossen. «Wir bauen das Netz in fünf Jahren aus», sagte Stadträtin Simone Brander an einer Medienkonferenz. Die Kosten betragen 180 Millionen Franken.

Die Opposition ist skeptisch. „Das ist viel Geld für wenig Wirkung“, so Gemeinderat Urs Fehr. Fehr verlangt eine Volksabstimmung.

Tiefbauvorsteherin Anna Keller sagte: „Wir beginnen mit den gefährlichsten Kreuzungen.“ (sda)`;

describe('recognising, one rule each', () => {
  it('the topic line, and not a sentence that starts the same way', () => {
    expect(topicOf('Mehr News zum Krieg in der Ukraine')).toBeDefined();
    expect(topicOf('Mehr zum Thema: Kirche in der Krise')).toBeDefined();
    expect(topicOf('More on this story: European aviation')).toBeDefined();
    expect(topicOf('Mehr News zum Krieg in der Ukraine gibt es morgen.')).toBeUndefined();
    expect(topicOf('Mehr als 100 Menschen kamen')).toBeUndefined();
  });

  it('a headline: the first line, a phrase before a sentence', () => {
    expect(isHeadline('Hitzewelle: Länder sollen Schutzpläne umsetzen', 'Die Bundesregierung mahnt.')).toBe(true);
    expect(isHeadline('Die Lage ist ernst.', 'Die Bundesregierung mahnt.')).toBe(false);
    expect(isHeadline('Korrektur: Zahl falsch', 'Die Bundesregierung mahnt.')).toBe(false);
    expect(isHeadline('Hitzewelle', undefined)).toBe(false);
  });

  it('subheads; a subhead before a paragraph that ends with a credit; not a short sentence', () => {
    const next = 'Das letzte Mal war Putin im Jahr 2000 in Nordkorea, damals wurde er noch empfangen.';
    expect(isSubhead('Erstarkte Beziehung zwischen Russland und Nordkorea', next)).toBe(true);
    expect(isSubhead('Was Kommunen jetzt tun', 'Viele Städte öffnen Kühlräume und verteilen Wasser. (dpa/lby)')).toBe(
      true,
    );
    expect(isSubhead('Was sollten Ältere jetzt beachten?', next)).toBe(true);
    expect(isSubhead('Umfrage: Was halten Sie davon?', next)).toBe(false);
    expect(isSubhead('Das klappt', undefined)).toBe(false);
    // The paragraph after a subhead is longer than the subhead.
    expect(isSubhead('Viele Städte öffnen nun endlich Kühlräume', 'Das klappt gut.')).toBe(false);
    expect(isSubhead('"Das klappt"', next)).toBe(false);
    expect(isSubhead('Update', next)).toBe(false);
    // A short paragraph that ends with its credit is text, not a subhead.
    expect(isSubhead('Viele Städte öffnen Kühlräume. (dpa/lby)', next)).toBe(false);
    expect(isSubhead('Die Lage bleibt unklar,', next)).toBe(false);
  });

  it('corrections in German, Swiss, English and French copy, only at a paragraph start', () => {
    expect(correctionOf('Korrektur: In einer früheren Version stand 2001.')?.text).toBe(
      'In einer früheren Version stand 2001.',
    );
    expect(correctionOf('Berichtigung: Die Zahl war falsch.')).toBeDefined();
    expect(correctionOf('Rectificatif\u202f: dans une version précédente …')).toBeDefined();
    expect(correctionOf('Die Korrektur: kein Wort davon.')).toBeUndefined();
  });

  it('credits in parentheses and bare after a sentence, and not any parenthesis', () => {
    expect(creditOf('… angekündigt. (dpa/thp)')).toEqual({ label: 'dpa/thp', index: 15, parenthesised: true });
    expect(creditOf('Das meldete AFP. (AFP)')?.label).toBe('AFP');
    expect(creditOf('Sie sind gesunken. (Keystone-SDA)')?.label).toBe('Keystone-SDA');
    expect(creditOf('Fragen per E-Mail an hitze@muenchen.example. dpa/thp')).toMatchObject({
      label: 'dpa/thp',
      parenthesised: false,
    });
    expect(creditOf('Das steht oben (siehe Grafik)')).toBeUndefined();
    expect(creditOf('Laut dpa (dpa/thp) war es so.')).toBeUndefined();
  });

  it('datelines of every agency style, and not a date alone', () => {
    expect(datelineOf('Frankfurt/Main (dpa) - Der Streik')).toMatchObject({ place: 'Frankfurt/Main', agency: 'dpa' });
    expect(datelineOf('LONDON, June 19 (Reuters) - The Bank')).toMatchObject({
      place: 'LONDON, June 19',
      agency: 'Reuters',
    });
    expect(datelineOf('Wädenswil ZH (sda) – An einer')).toMatchObject({ place: 'Wädenswil ZH', agency: 'sda' });
    expect(datelineOf('Brüssel (AFP) Die EU-Kommission')).toMatchObject({ place: 'Brüssel', agency: 'AFP' });
    expect(datelineOf('PARIS — The Louvre')).toMatchObject({ place: 'PARIS' });
    expect(datelineOf('June 20 (Reuters) - Lithium')).toBeUndefined();
    expect(datelineOf('Berlin ist schön (dpa) - ja')).toBeUndefined();
  });

  it('update stamps of every style, and not a time inside a sentence', () => {
    expect(updateOf('09:15 Uhr: Putin landet.')).toMatchObject({ hour: 9, minute: 15 });
    expect(updateOf('+++ 09:15 +++ Putin landet. +++')).toMatchObject({ hour: 9, minute: 15, end: 27 });
    expect(updateOf('16.55 Uhr – Die Wahllokale schließen.')).toMatchObject({ hour: 16, minute: 55 });
    expect(updateOf('6:40 p.m.: The agency says.')).toMatchObject({ hour: 18, minute: 40 });
    expect(updateOf('Um 09:15 Uhr: Putin landet.')).toBeUndefined();
    expect(updateOf('25:15 Uhr: nie.')).toBeUndefined();
  });

  it('the JTI badge line as copied from a page', () => {
    expect(isTrustBadgeLine('JTI zertifiziert JTI zertifiziert')).toBe(true);
    expect(isTrustBadgeLine('Die Redaktion ist JTI zertifiziert.')).toBe(false);
  });

  it('the language from the words, Swiss German from ss where German writes ß', () => {
    expect(languageOf(source)).toBe('de-CH');
    // One ß anywhere makes German copy German, not Swiss.
    expect(languageOf('Die Regierung ist in grosser Sorge und äusserte sich. Das ist groß.')).toBe('de');
    expect(languageOf('Die Regierung ist in grosser Sorge und äusserte sich.')).toBe('de-CH');
    expect(languageOf('The government is worried and the situation is unclear.')).toBe('en');
    expect(languageOf('Le Conseil fédéral a décidé que la vente des billets est ouverte pour les jeunes.')).toBe('fr');
  });
});

describe('quotes in every mark style and attribution order', () => {
  const cases: [string, string, string][] = [
    ['„Die Lage ist ernst“, sagte Nina Warken, CDU, in Berlin.', 'Nina Warken', 'CDU, in Berlin'],
    ['«Wir bauen das Netz aus», sagte Stadträtin Simone Brander.', 'Simone Brander', 'Stadträtin'],
    [
      '"Die Lage ist ernst", sagte der Sprecher des Ministeriums, Pat Ryder, in Washington.',
      'Pat Ryder',
      'der Sprecher des Ministeriums, in Washington',
    ],
    ['„Das ist viel Geld für wenig Wirkung“, so Gemeinderat Urs Fehr.', 'Urs Fehr', 'Gemeinderat'],
    ['Tiefbauvorsteherin Anna Keller sagte: „Wir beginnen mit den Kreuzungen.“', 'Anna Keller', 'Tiefbauvorsteherin'],
    [
      '"We need to be sure," said Priya Raman, chief economist at Hartwell Capital.',
      'Priya Raman',
      'chief economist at Hartwell Capital',
    ],
    ['»Wir bleiben dran«, sagte Jens Hartmann.', 'Jens Hartmann', ''],
  ];
  it.each(cases)('%s', (text, by, role) => {
    expect(quoteOf(text)).toMatchObject({ by, role });
  });

  it('stays prose: a partial quote, speech without a named speaker, a quote that does not end its sentence', () => {
    expect(quoteOf('Die Soldaten hätten „eine Seite, die Putin widmen wollte“, sagte Selenskyj.')).toBeUndefined();
    expect(quoteOf('„Das klappt. Genauso wie erwartet“, sagte er.')).toBeUndefined();
    expect(quoteOf('Ihre Sprecherin Eva Mandl sagte, „ohne Anpassung schmilzt der Zuschuss“.')).toBeUndefined();
    expect(quoteOf('„Das ist gut so“, sagte Anna Keller. und dann')).toBeUndefined();
  });

  it('ends the attribution at its sentence: the next sentence never becomes part of a role', () => {
    const text =
      '"Die Lage ist ernst, aber beherrschbar", sagte Bundesgesundheitsministerin Nina Warken, CDU, in Berlin. Die Länder müssten ihre Hitzeschutzpläne jetzt konsequent umsetzen.';
    const quote = quoteOf(text);
    expect(quote).toMatchObject({ by: 'Nina Warken', role: 'Bundesgesundheitsministerin, CDU, in Berlin' });
    expect(text.slice(quote?.end)).toBe(' Die Länder müssten ihre Hitzeschutzpläne jetzt konsequent umsetzen.');
  });

  const trailingClauses = [
    '„Die Lage ist ernst“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin und forderte die Opposition zur Mitarbeit auf.',
    '„Die Lage ist ernst“, sagte Olaf Scholz, der seit 2021 Kanzler ist und zuvor Finanzminister war.',
    '„Die Lage ist ernst“, sagte Olaf Scholz, der seit 2021 Kanzler ist.',
    '"We are ready," said Pat Ryder, who has led the council since 2019.',
    '«Nous sommes prêts», a dit Anna Berger, qui dirige le conseil.',
  ];
  it.each(trailingClauses)('stays prose: an attribution with a clause after it: %s', async (text) => {
    expect(quoteOf(text)).toBeUndefined();
    const copy = `Titel der Meldung\n\nBerlin (dpa) - Der Bund dringt auf Eile.\n\n${text} Danach ging es weiter.`;
    const result = importArticle(textBlocks(copy), { quotes: true, published });
    expect(result.found.filter((line) => line.startsWith('quote:'))).toEqual([]);
    expect((await property(result, textParagraphs(copy))).failures).toEqual([]);
  });

  it('keeps every word of the attribution: an article stays in the role, none is dropped', async () => {
    const text = '„Die Lage ist ernst“, sagte der Bundeskanzler Olaf Scholz, in Berlin.';
    expect(quoteOf(text)).toMatchObject({ by: 'Olaf Scholz', role: 'der Bundeskanzler, in Berlin' });
    const copy = `Titel der Meldung\n\nBerlin (dpa) - Der Bund dringt auf Eile.\n\n${text}`;
    const result = importArticle(textBlocks(copy), { quotes: true, published });
    expect((await property(result, textParagraphs(copy))).failures).toEqual([]);
  });

  it('reads "Dr." and "Jr." as abbreviations, not as the end of the attribution', () => {
    expect(quoteOf('„Die Lage hat sich entspannt“, sagte Kantonschemiker Dr. Reto Iten.')).toBeUndefined();
  });
});

describe('the findings, on stories written for the test', () => {
  it('a sentence after a quote stays after it, as prose, not in the role', async () => {
    const result = importArticle(textBlocks(hitze), { quotes: true, published });
    expect(result.markdown).toContain(':::quote{by="Nina Warken" role="Bundesgesundheitsministerin, CDU, in Berlin"}');
    expect(result.markdown).toMatch(/:::\n\nDie Länder müssten ihre Hitzeschutzpläne jetzt konsequent umsetzen\./);
    expect((await property(result, textParagraphs(hitze))).failures).toEqual([]);
  });

  it('the headline line is the title and the next paragraph the teaser', () => {
    const result = importArticle(textBlocks(hitze), { published });
    expect(frontmatter(result.markdown)).toMatchObject({
      title: 'Hitzewelle: Länder sollen Schutzpläne umsetzen',
      teaser: 'Die Bundesregierung mahnt die Länder zur Eile. Kliniken und Pflegeheime bereiten sich auf 38 Grad vor.',
    });
    expect(result.problems.join('\n')).not.toContain('headline');
    expect(result.found).toContain('title: the copy\'s first line, "Hitzewelle: Länder sollen Schutzpläne umsetzen"');
  });

  it('dpa „…“ and Swiss «…» quotes, both attribution orders, become quote blocks', async () => {
    const result = importArticle(textBlocks(zitate), { quotes: true, published });
    expect(result.found.filter((line) => line.startsWith('quote:'))).toEqual([
      'quote: Simone Brander, Stadträtin, an einer Medienkonferenz',
      'quote: Urs Fehr, Gemeinderat',
      'quote: Anna Keller, Tiefbauvorsteherin',
    ]);
    expect((await property(result, textParagraphs(zitate))).failures).toEqual([]);
  });

  it('a subhead before a paragraph ending with the credit is kept as a subhead', () => {
    const result = importArticle(textBlocks(hitze), { published });
    expect(result.markdown).toContain('## Was Kommunen jetzt tun');
    expect(result.markdown).toContain('(:credit[dpa/lby])');
  });

  it('a topic line at the end is a topic block', () => {
    const result = importArticle(textBlocks(hitze), { published });
    expect(result.markdown.trimEnd().endsWith('::topic[Mehr News zur Hitzewelle]{href="/themen/hitzewelle"}')).toBe(
      true,
    );
    expect(frontmatter(result.markdown).topic).toEqual({
      label: 'Mehr News zur Hitzewelle',
      href: '/themen/hitzewelle',
    });
  });

  it("a topic's default link is an ASCII path, German transliterated, punctuation a single hyphen", () => {
    const href = (topic: string) =>
      (
        frontmatter(importArticle(textBlocks(hitze.replace('Mehr News zur Hitzewelle', topic)), { published }).markdown)
          .topic as { href: string }
      ).href;
    expect(href('Mehr zum Thema: München & Straßenbahn')).toBe('/themen/muenchen-strassenbahn');
    expect(href('Mehr News zur Zürcher Gemeinderatswahl')).toBe('/themen/zuercher-gemeinderatswahl');
    expect(href('More news about Côte d’Ivoire')).toBe('/themen/cote-d-ivoire');
    expect(href('Mehr zum Thema: iPhone-Verkäufe 2026')).toBe('/themen/iphone-verkaeufe-2026');
  });

  it('a topic name with no Latin letters or digits: one problem, the line kept as a paragraph, no topic link', () => {
    const copy = hitze.replace('Mehr News zur Hitzewelle', 'Mehr zum Thema: 中华人民共和国');
    const result = importArticle(textBlocks(copy), { published });
    expect(frontmatter(result.markdown).topic).toBeUndefined();
    expect(result.markdown).not.toContain('::topic');
    expect(result.markdown).toContain('Mehr zum Thema: 中华人民共和国');
    expect(result.problems.filter((problem) => problem.startsWith('topic: '))).toEqual([
      expect.stringMatching(/^topic: .*中华人民共和国.* gives no link .*--topic-href/),
    ]);
    const given = importArticle(textBlocks(copy), { published, topicHref: '/themen/china' });
    expect(frontmatter(given.markdown).topic).toEqual({
      label: 'Mehr zum Thema: 中华人民共和国',
      href: '/themen/china',
    });
    expect(given.problems.filter((problem) => problem.startsWith('topic: '))).toEqual([]);
  });

  it('any topic name gives a path segment of lower-case ASCII words joined by single hyphens', () => {
    let recognised = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 3, maxLength: 60 }), (name) => {
        const result = importArticle(textBlocks(hitze.replace('Mehr News zur Hitzewelle', `Mehr zum Thema: ${name}`)), {
          published,
        });
        const topic = frontmatter(result.markdown).topic as { href: string } | undefined;
        const unlinked = result.problems.filter((problem) => problem.startsWith('topic: '));
        if (topic || unlinked.length) recognised++;
        // A link to a non-empty segment, or no topic and one problem that says why.
        if (topic) expect(topic.href).toMatch(/^\/themen\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
        if (unlinked.length) {
          expect(topic).toBeUndefined();
          expect(unlinked).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
    // Most generated names make a topic line (a few end like a sentence): the property is not vacuous.
    expect(recognised).toBeGreaterThan(100);
  });

  it('the dateline goes to the frontmatter as place and agency, off the paragraph', () => {
    const result = importArticle(textBlocks(hitze), { published });
    expect(frontmatter(result.markdown).dateline).toEqual({ place: 'Berlin', agency: 'dpa' });
    expect(result.markdown).toContain('\n\nDer Bund dringt auf schnellere Hitzeschutzpläne.');
    expect(result.found).toContain('dateline: Berlin (dpa), from the start of the text');
  });

  it('never writes an empty value: a missing title or date is left out and the report says which option gives it', () => {
    const result = importArticle(textBlocks('Nur ein Absatz ohne Titel. Er hat zwei Sätze.'));
    const data = frontmatter(result.markdown);
    expect(data).not.toHaveProperty('title');
    expect(data).not.toHaveProperty('published');
    expect(Object.values(data).every((value) => value !== '')).toBe(true);
    expect(result.problems.join('\n')).toMatch(/--title/);
    expect(result.problems.join('\n')).toMatch(/--published/);
  });

  it('runs updates: each a block with its time on the publication day, newest first on the page', async () => {
    const ticker = `Bahnstreik: der Tag im Überblick\n\nFrankfurt/Main (dpa) – Der Streik hat begonnen. Wir berichten fortlaufend.\n\n06:02 Uhr: Die Gewerkschaft bestätigt den Beginn. (dpa)\n\n+++ 07:45 +++ Die Anzeigetafeln bleiben leer.`;
    const result = importArticle(textBlocks(ticker), { published: '2025-06-19T06:00:00+02:00' });
    expect(result.markdown).toContain(
      ':::update{time="2025-06-19T06:02+02:00"}\nDie Gewerkschaft bestätigt den Beginn. (:credit[dpa])\n:::',
    );
    expect(result.markdown).toContain(':::update{time="2025-06-19T07:45+02:00"}\nDie Anzeigetafeln bleiben leer.\n:::');
    expect(result.found.join('\n')).toContain('oldest first in the copy; the page shows the newest first');
    // Without a date, and out of order, they stay prose.
    expect(importArticle(textBlocks(ticker)).markdown).not.toContain(':::update');
    const shuffled = ticker.replace('+++ 07:45 +++', '+++ 05:45 +++').replace('06:02 Uhr:', '06:02 Uhr:');
    expect(
      importArticle(textBlocks(`${shuffled}\n\n06:30 Uhr: Dritter Eintrag.`), { published }).markdown,
    ).not.toContain(':::update');
    expect((await property(result, textParagraphs(ticker))).failures).toEqual([]);
  });
});

describe('hostile copy stays text', () => {
  it('directive markers, HTML and Markdown in plain text read as written, and make no block', async () => {
    const copy = `Titelzeile ohne Punkt\n\nEin Teaser mit zwei Sätzen. Er ist kurz.\n\n:::summary\n\nDas steht danach. :credit[dpa] und ::poll{provider="civey" id="1"} und <script>alert(1)</script> und [hier](javascript:alert(1)).\n\n# Kein Titel. *Sterne* _Striche_ ~~weg~~ | a | b |`;
    const result = importArticle(textBlocks(copy), { published });
    expect(result.directives).toEqual([]);
    for (const rendered of await renderBoth(result.markdown)) {
      expect(blocksOnPage(rendered.html), rendered.processor).toEqual([]);
      expect(rendered.html).not.toContain('<script');
      expect(rendered.html).not.toContain('href="javascript');
    }
    expect((await property(result, textParagraphs(copy))).failures).toEqual([]);
  });

  it('a javascript: link from ninjs becomes its text, with a warning naming it', async () => {
    const json = '{"headline":"T","body_html":"<p>Teaser.</p><p>Mehr <a href=\\"JaVaScRiPt:alert(1)\\">hier</a>.</p>"}';
    const { result } = importCopy(json, 'ninjs', { published });
    expect(result.markdown).toContain('Mehr hier.');
    expect(result.problems).toContain(
      'link "hier" to "JaVaScRiPt:alert(1)" kept as text: only http(s), mailto and relative links are kept',
    );
    for (const rendered of await renderBoth(result.markdown)) expect(rendered.html).not.toMatch(/javascript/i);
  });

  it.each([
    ['its own headline: kicker and headline line stay in the text', 'Anderer Titel vom Desk', undefined],
    ['the same headline: the kicker becomes the section', 'Putin reist nach Nordkorea', 'Ukraine-Krieg'],
  ])('a kicker above the text of an item with %s', async (_, headline, section) => {
    const body = 'Ukraine-Krieg\nPutin reist nach Nordkorea\n\nPjöngjang (dpa) - Erster Absatz. Noch ein Satz.';
    for (const item of [
      { headline, language: 'de', body_text: body },
      { headline, language: 'de', body_text: `${body}\n\nZweiter Absatz mit mehr Text.` },
    ]) {
      const json = JSON.stringify(item);
      const { result } = importCopy(json, 'ninjs', { published });
      expect(frontmatter(result.markdown)).toMatchObject({ title: headline });
      expect(frontmatter(result.markdown).section).toBe(section);
      const paragraphs = ninjsParagraphs(json).filter((paragraph) => paragraph !== headline);
      expect((await property(result, section ? paragraphs.slice(1) : paragraphs)).failures).toEqual([]);
      expect(result.markdown).toContain('Ukraine-Krieg');
    }
  });

  it('a directive in a ninjs paragraph stays text', async () => {
    const json = JSON.stringify({
      headline: 'T',
      body_html: '<p>Teaser.</p><p>::poll{provider="civey" id="1"}</p><p>:credit[dpa] steht da.</p>',
    });
    const { result } = importCopy(json, 'ninjs', { published });
    expect(result.directives).toEqual([]);
    for (const rendered of await renderBoth(result.markdown)) expect(blocksOnPage(rendered.html)).toEqual([]);
  });
});

describe('the example copy', () => {
  it('keeps every sentence and finds every element', async () => {
    const result = importArticle(textBlocks(source), {
      quotes: true,
      title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
      published: '2024-06-18T22:30:00+02:00',
      modified: '2024-06-19T09:15:00+02:00',
      pollId: 'nordkorea-russland-beispiel',
    });
    expect(result.problems).toEqual([]);
    for (const element of [
      'locale: de-CH',
      'teaser',
      'topic line',
      'agency credit: dpa/thp',
      'correction of 2024-06-19',
      'trust badge',
      'poll: Civey nordkorea-russland-beispiel',
      'quote: Pat Ryder',
    ]) {
      expect(result.found.join('\n')).toContain(element);
    }
    expect(result.found.filter((line) => line.startsWith('subhead'))).toHaveLength(5);
    expect((await property(result, textParagraphs(source))).failures).toEqual([]);
  });

  it('says what the editor still has to give', () => {
    const problems = importArticle(textBlocks(source)).problems.join('\n');
    for (const option of ['--title', '--published', '--poll-id', '--correction-date'])
      expect(problems).toContain(option);
  });
});

describe("the item's language tag as its locale, for every locale the engine ships", () => {
  const ninjs = readFileSync(new URL('./corpus/ninjs/ats-fr-CH-06-neuchatel.json', import.meta.url), 'utf8');
  const newsml = readFileSync(new URL('./corpus/newsml/ats-it-CH-07-xhtml-locarno.xml', import.meta.url), 'utf8');
  it.each(locales)('%s', (locale) => {
    for (const tag of [locale, locale.toLowerCase()]) {
      expect(localeOfLanguage(tag)).toBe(locale);
      const item = { ...JSON.parse(ninjs), language: tag };
      expect(importCopy(JSON.stringify(item), 'ninjs', {}).result.locale, `ninjs ${tag}`).toBe(locale);
      const xml = newsml.replace('<language tag="it"/>', `<language tag="${tag}"/>`);
      expect(xml).toContain(`<language tag="${tag}"/>`);
      expect(importCopy(xml, 'newsml', {}).result.locale, `newsml ${tag}`).toBe(locale);
    }
  });

  it('a regional tag without a locale of its own reads as its language', () => {
    expect(localeOfLanguage('de-AT')).toBe('de');
    expect(localeOfLanguage('fr-BE')).toBe('fr');
    expect(localeOfLanguage('en-GB')).toBe('en');
    expect(localeOfLanguage('es')).toBeUndefined();
  });
});

describe('ninjs', () => {
  const item = parseNinjs(readFileSync(new URL('./fixtures/ninjs-item.json', import.meta.url), 'utf8'));

  it('takes headline, language, dates and credit from the item', () => {
    expect(ninjsOptions(item)).toMatchObject({
      title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
      locale: 'de-CH',
      published: '2024-06-18T20:30:00Z',
      modified: '2024-06-19T07:15:00Z',
      credit: 'dpa/thp',
    });
  });

  it('converts body_html with rehype-remark: headings, links and emphasis kept', () => {
    expect(htmlBlocks(item.body_html ?? '').map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    const result = importArticle(ninjsBlocks(item), ninjsOptions(item));
    expect(result.markdown).toContain('[Wladimir Putin](https://example.org/putin)');
    expect(result.markdown).toContain('_Nordkorea_');
    expect(result.markdown).toContain('## Erstarkte Beziehung');
    expect(result.markdown).toContain(':::correction{date="2024-06-19"}');
  });

  it('refuses what is not ninjs, clearly', () => {
    expect(() => parseNinjs('{ not json')).toThrow(/not JSON/);
    expect(() => parseNinjs('[1]')).toThrow(/JSON object/);
    expect(() => parseNinjs('{"headline":"x"}')).toThrow(/no body/);
    expect(() => parseNinjs('{"headline":["x"],"body_html":"<p>x</p>"}')).toThrow(/`headline` must be a string/);
  });
});

/** What the second corpus (test/corpus/wire2, ninjs2, newsml2) found, each as a rule and where it must not fire. */
describe('shapes of the second corpus', () => {
  const text = (copy: string) => importCopy(copy, 'text', { published }).result;

  it('takes AP, Belga, EFE and ANSA datelines, and no date alone', () => {
    expect(datelineOf('WILMINGTON, N.C. (AP) — A line of storms')).toMatchObject({
      place: 'WILMINGTON, N.C.',
      agency: 'AP',
    });
    expect(datelineOf('COLUMBUS, Ohio (AP) — Marlene Voss')).toMatchObject({ place: 'COLUMBUS, Ohio' });
    expect(datelineOf('SAN JOSE, Calif., June 3 (Reuters) - Shares')).toMatchObject({
      place: 'SAN JOSE, Calif., June 3',
    });
    expect(datelineOf('BRUSSEL 03/06 (BELGA) = De regering')).toMatchObject({
      place: 'BRUSSEL 03/06',
      agency: 'BELGA',
    });
    expect(datelineOf('Madrid, 3 jun (EFE).- La ministra')).toMatchObject({ place: 'Madrid, 3 jun', agency: 'EFE' });
    expect(datelineOf('(ANSA) - ROMA, 3 GIU - Giornata difficile')).toMatchObject({
      place: 'ROMA, 3 GIU',
      agency: 'ANSA',
    });
    expect(datelineOf('June 20 (Reuters) - Oil prices')).toBeUndefined();
    expect(datelineOf('(ANSA) - ')).toBeUndefined();
  });

  it('splits a lead-in from the list under it, and leaves mixed markers prose', () => {
    const one = text(
      'Titel der Meldung hier\n\nBerlin (dpa) - Ein Satz.\n\nKöln setzt auf:\n• Wasser\n• Schatten\n\nEnde gut.',
    );
    expect(one.markdown).toContain('Köln setzt auf:\n\n- Wasser\n- Schatten');
    const mixed = text(
      'Titel der Meldung hier\n\nBerlin (dpa) - Ein Satz.\n\nKöln setzt auf:\n• Wasser\n+ Schatten\n\nEnde gut.',
    );
    expect(mixed.markdown).toContain('Köln setzt auf: • Wasser + Schatten');
  });

  it('makes no subhead of a paragraph of several lines, nor of a short HTML paragraph', () => {
    const lines = text(
      'Titel der Meldung hier\n\nBerlin (dpa) - Ein Satz.\n\nUnd in Leipzig:\na) Nebel\nb) Bäder\n\nDer Rest ist ein Satz mit mehr Wörtern als oben.',
    );
    expect(lines.markdown).not.toMatch(/^#/m);
    const html = importCopy(
      JSON.stringify({
        headline: 'Ein Titel hier',
        language: 'de',
        body_html:
          '<p>Bonn (dpa) - Ein Satz.</p><p>Der Direktor des Hauses</p><p>Vier neue Bahnen kommen im Jahr 2026 dazu.</p>',
      }),
      'ninjs',
      {},
    ).result;
    expect(html.markdown).not.toMatch(/^#/m);
    // Plain copy's one-line subhead still is one.
    expect(
      text(
        'Titel der Meldung hier\n\nBerlin (dpa) - Ein Satz.\n\nKliniken verschieben Operationen\n\nDie Kliniken im Land verschieben geplante Operationen.',
      ).markdown,
    ).toContain('## Kliniken verschieben Operationen');
  });

  it("keeps APA's Utl. line out of the headline, and a note in parentheses out of the teaser", () => {
    const apa = frontmatter(
      text('Wiener Linien bauen länger\nUtl.: Grundwasser bremst den Bau =\n\nWien (APA) - Die U5 kommt später.')
        .markdown,
    );
    expect(apa).toMatchObject({ title: 'Wiener Linien bauen länger', teaser: 'Utl.: Grundwasser bremst den Bau =' });
    const corrected = frontmatter(
      text(
        'CORRECTED-Chipmaker jumps 12% after record quarter\n\n(Corrects 2nd paragraph to say 38%, not 83%)\n\nSAN JOSE, Calif., June 3 (Reuters) - Shares jumped.',
      ).markdown,
    );
    expect(corrected.title).toBe('CORRECTED-Chipmaker jumps 12% after record quarter');
    expect(corrected.teaser).toBeUndefined();
  });

  it('leaves an embargo line the first paragraph, never headline or teaser, and says so', () => {
    const result = text(
      'SPERRFRIST 4. Juni, 10.00 Uhr\n\nStudie zur Einsamkeit erscheint\n\nGütersloh (dpa) - Jeder fünfte Jugendliche fühlt sich einsam.',
    );
    expect(frontmatter(result.markdown)).toMatchObject({ title: 'Studie zur Einsamkeit erscheint' });
    expect(result.markdown.split('\n---\n')[1]?.trim().startsWith('SPERRFRIST 4. Juni, 10.00 Uhr')).toBe(true);
    expect(result.problems.join('\n')).toContain('embargo:');
  });

  it('knows an embargo line by its shape, not its first word: a headline that starts with the word stays the headline', () => {
    const lede = 'Gütersloh (dpa) - Jeder fünfte Jugendliche fühlt sich einsam.';
    for (const note of [
      'SPERRFRIST 4. Juni, 10.00 Uhr',
      'Sperrfrist: Dienstag, 10.00 Uhr',
      'EMBARGOED UNTIL 0001 GMT June 4',
      "Embargo jusqu'au 3 juin, 10h00",
    ]) {
      const result = text(`${note}\n\nStudie zur Einsamkeit erscheint\n\n${lede}`);
      expect(frontmatter(result.markdown), note).toMatchObject({ title: 'Studie zur Einsamkeit erscheint' });
      expect(result.problems.join('\n'), note).toContain('embargo:');
    }
    for (const headline of [
      'Embargo gegen Kuba verlängert',
      'Sperrfrist für Baugesuche endet 2027',
      'EMBARGO AUF ÖL BLEIBT',
      'Embargoed goods seized in 3 ports',
    ]) {
      const result = text(`${headline}\n\n${lede}`);
      expect(frontmatter(result.markdown), headline).toMatchObject({ title: headline });
      expect(result.problems.join('\n'), headline).not.toContain('embargo:');
    }
  });

  it('guesses no locale when the item declares a language that is none (Spanish reads as Italian to a guess)', () => {
    const item = {
      headline: 'El Gobierno aprueba la ley',
      language: 'es',
      body_html: '<p>Madrid, 3 jun (EFE).- El Consejo de Ministros aprobó la ley de familias.</p>',
    };
    const { result } = importCopy(JSON.stringify(item), 'ninjs', {});
    expect(frontmatter(result.markdown).locale).toBeUndefined();
    expect(result.problems.join('\n')).toContain('the item\'s language is "es"');
    expect(
      frontmatter(importCopy(JSON.stringify({ ...item, language: 'it' }), 'ninjs', {}).result.markdown).locale,
    ).toBe('it');
  });

  it("makes one line of an item's headline and teaser, as NewsML-G2's are", () => {
    const item = {
      headline: 'Titel\n---\nlayout: evil',
      description_text: 'Teaser |\n  block',
      language: 'de',
      body_html: '<p>Mainz (dpa) - Ein Satz.</p>',
    };
    const meta = frontmatter(importCopy(JSON.stringify(item), 'ninjs', {}).result.markdown);
    expect(meta).toMatchObject({ title: 'Titel --- layout: evil', teaser: 'Teaser | block' });
    expect(meta.layout).toBeUndefined();
  });

  it('reads markup nested past 48 levels as its text, blocks apart, with a warning', () => {
    const html = `${'<div>'.repeat(3000)}<p>Erster Satz.</p><p>Zweiter Satz.</p>${'</div>'.repeat(3000)}`;
    const warnings: string[] = [];
    const blocks = htmlBlocks(html, warnings);
    expect(blocks.map((block) => block.text).join(' ')).toMatch(/Erster Satz\.\s+Zweiter Satz\./);
    expect(warnings).toEqual([expect.stringContaining('nested deeper than 48 levels')]);
    expect(htmlBlocks('<div><p>Flach.</p></div>', warnings)).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });
});
