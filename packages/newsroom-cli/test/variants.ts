/**
 * Generated agency copy (fast-check): stories in the shapes agencies send,
 * assembled from random parts — a topic line at the top or bottom, kicker,
 * headline, teaser, dateline, subheads, quotes in every mark style and
 * attribution order with sentences before and after them, partial quotes,
 * credits at the end of any paragraph, corrections, lists, info boxes,
 * timestamped updates — with words that carry Markdown, HTML, directive and
 * URL syntax, abbreviations and ordinals mixed into the sentences. As plain
 * text, and as ninjs with the same paragraphs in `body_html`.
 */
import fc from 'fast-check';

const words = [
  'die',
  'Regierung',
  'der',
  'Stadt',
  'hat',
  'am',
  'Dienstag',
  'neue',
  'Regeln',
  'beschlossen',
  'und',
  'mehr',
  'Geld',
  'für',
  'Schulen',
  'versprochen',
  'Bürger',
  'Kritik',
  'Verkehr',
  'Wetter',
  'the',
  'council',
  'said',
  'on',
  'Monday',
  'it',
  'would',
  'review',
  'plan',
  'grosse',
  'Strasse',
  'Zürich',
  'Basel',
  'Wien',
  '2024',
  '38',
  'Grad',
  '12,5',
  'Prozent',
  'rund',
  '4.200',
  'Menschen',
];
/** Words that look like syntax, abbreviations and ordinals: the importer must leave them as written. */
const tricky = [
  '*Stern*',
  '_kursiv_',
  '`Code`',
  '<b>fett</b>',
  '<script>alert(1)</script>',
  ':credit[dpa]',
  '::poll{id="1"}',
  ':::summary',
  '[hier](javascript:alert(1))',
  '<javascript:alert(1)>',
  '#Hashtag',
  '&amp;',
  'a\\b',
  '|a|b|',
  '~~weg~~',
  '$$x$$',
  '[^1]',
  'https://example.org/a_b',
  'info@example.org',
  '10:30 Uhr',
  '3:2',
  'Dr. Muster',
  'u. a.',
  'z. B.',
  'am 3. Mai',
  'Nr. 5',
  'St. Gallen',
  '🇨🇭',
  "42'300",
  'Leser:innen',
  '{#id}',
  '---',
  '...',
  '<!--',
  '-->',
  '&#106;avascript:',
  'Die Lage im Überblick',
];
const names = ['Anna Berger', 'Jens Hartmann', 'Maria Rossi', 'Pat Ryder', 'Beat Kündig', 'Ursula von der Leyen'];
const roles = ['Sprecherin des Ministeriums', 'CDU', 'Gemeindepräsident', 'chief economist at Hartwell Capital'];
/** What agencies write after an attribution: a second clause, a relative clause. A role must never take it in. */
const trailingClauses = [
  ' am Montag in Berlin und forderte die Opposition zur Mitarbeit auf',
  ', der seit 2021 Kanzler ist und zuvor Finanzminister war',
  ', die seit Jahren die Behörde leitet',
  ' und kündigte neue Regeln an',
  ', who has led the council since 2019',
  ' in Bern et a demandé des mesures',
];
const places = ['Berlin', 'Frankfurt/Main', 'Zürich', 'Wien', 'Bonn', 'LONDON', 'St. Gallen', 'Wädenswil ZH'];
const agencies = ['dpa', 'AFP', 'Reuters', 'sda', 'Keystone-SDA', 'APA', 'KNA', 'ats'];
const marks: [string, string][] = [
  ['„', '“'],
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
  ['»', '«'],
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom(...tricky) },
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 12 }), fc.constantFrom('.', '.', '.', '!', '?'))
  .map(([list, end]) => `${capital(list.join(' '))}${end}`);
const sentences = (min: number, max: number) =>
  fc.array(sentence, { minLength: min, maxLength: max }).map((list) => list.join(' '));
const credit = fc.constantFrom(...agencies).chain((agency) =>
  fc.oneof(
    fc.constant(`(${agency})`),
    fc.constantFrom('thp', 'lby', 'lsw').map((initials) => `(${agency}/${initials})`),
  ),
);
const withCredit = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.option(credit, { freq: 3 })).map(([body, end]) => (end ? `${body} ${end}` : body));

/** A quote in one of the attribution orders, inside a paragraph with prose around it. */
const quoteParagraph = fc
  .record({
    mark: fc.constantFrom(...marks),
    quote: sentences(1, 3).map((text) => text.replace(/["„“”«»]/g, '')),
    name: fc.constantFrom(...names),
    role: fc.option(fc.constantFrom(...roles)),
    place: fc.option(fc.constantFrom(...places)),
    trailing: fc.option(fc.constantFrom(...trailingClauses), { freq: 2 }),
    order: fc.constantFrom('quote-first', 'so', 'speaker-first', 'english', 'partial'),
    before: fc.option(sentences(1, 2)),
    after: fc.option(sentences(1, 2)),
  })
  .map(({ mark: [open, close], quote, name, role, place, trailing, order, before, after }) => {
    const bare = quote.replace(/[.!?]$/, '');
    const attribution = [name, role, place && `in ${place}`].filter(Boolean).join(', ') + (trailing ?? '');
    const quoted =
      order === 'quote-first'
        ? `${open}${bare}${close}, sagte ${attribution}.`
        : order === 'so'
          ? `${open}${bare}${close}, so ${name}.`
          : order === 'speaker-first'
            ? `${name} sagte: ${open}${quote}${close}`
            : order === 'english'
              ? `${open}${bare},${close} said ${attribution}.`
              : `${name} sprach von einem ${open}${bare}${close} und ging.`;
    return [before, quoted, after].filter(Boolean).join(' ');
  });

const subhead = fc
  .array(fc.constantFrom(...words.filter((item) => /^\p{Lu}/u.test(item))), { minLength: 2, maxLength: 6 })
  .map((list) => list.join(' '));
const list = fc
  .tuple(
    fc.constantFrom('- ', '• ', '* '),
    fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 4 }),
  )
  .map(([bullet, items]) => items.map((item) => `${bullet}${item.join(' ')}`).join('\n'));
const info = fc
  .tuple(fc.constantFrom('Hintergrund:', 'Info:'), sentences(1, 2))
  .map(([label, text]) => `${label} ${text}`);
const correction = fc
  .tuple(fc.constantFrom('Korrektur:', 'Berichtigung:', 'Correction:'), sentences(1, 2))
  .map(([label, text]) => `${label} ${text}`);

/** A run of updates in one order, each "09:15 Uhr: …" or "+++ 09:15 +++ …". */
const updates = fc
  .record({
    style: fc.constantFrom('uhr', 'plus'),
    newestFirst: fc.boolean(),
    steps: fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 4 }),
    texts: fc.array(withCredit(sentences(1, 2)), { minLength: 4, maxLength: 4 }),
  })
  .map(({ style, newestFirst, steps, texts }) => {
    let minutes = 6 * 60;
    const entries = steps.map((step, index) => {
      minutes += step;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const text = texts[index] as string;
      return style === 'uhr' ? `${time} Uhr: ${text}` : `+++ ${time} +++ ${text}`;
    });
    return (newestFirst ? entries.reverse() : entries).join('\n\n');
  });

/** A lead-in line and items under it: one marker (a list), numbered, or markers mixed (prose). */
const leadInList = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('- ', '• ', '* ', '– ', 'n.', 'n)', 'a)', 'mixed'),
    fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
  )
  .map(([lead, marker, items]) => {
    const mark = (at: number) =>
      marker === 'n.'
        ? `${at + 1}. `
        : marker === 'n)'
          ? `${at + 1}) `
          : marker === 'a)'
            ? `${'abcd'[at]}) `
            : marker === 'mixed'
              ? (['• ', '– ', 'o ', '+ '][at] as string)
              : marker;
    return [`${capital(lead.join(' '))}:`, ...items.map((item, at) => `${mark(at)}${item.join(' ')}`)].join('\n');
  });

const bodyParagraph = fc.oneof(
  { weight: 6, arbitrary: withCredit(sentences(1, 4)) },
  { weight: 4, arbitrary: withCredit(quoteParagraph) },
  { weight: 2, arbitrary: fc.tuple(subhead, withCredit(sentences(2, 4))).map(([head, text]) => `${head}\n\n${text}`) },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: info },
  { weight: 1, arbitrary: correction },
  { weight: 1, arbitrary: updates },
  { weight: 1, arbitrary: leadInList },
);

/** How agencies open the text: "Berlin (dpa) - ", AP's "WILMINGTON, N.C. (AP) — ", Belga's "BRUSSEL 03/06 (BELGA) = ", EFE's "Madrid, 3 jun (EFE).- ", ANSA's "(ANSA) - ROMA, 3 GIU - ". */
const datelineOpening = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...places), fc.constantFrom(...agencies), fc.constantFrom(' - ', ' – ', ' — ', ' '))
      .map(([place, agency, dash]) => `${place} (${agency})${dash}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'WILMINGTON, N.C. (AP) — ',
      'COLUMBUS, Ohio (AP) — ',
      'SAN JOSE, Calif., June 3 (Reuters) - ',
      'BRUSSEL 03/06 (BELGA) = ',
      'Madrid, 3 jun (EFE).- ',
      '(ANSA) - ROMA, 3 GIU - ',
    ),
  },
);
/** What stands with the headline: APA's "Utl.:" subline under it, a note in parentheses, an embargo line above it. */
const headlineExtra = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('utl', 'note', 'embargo', 'berichtigung', 'embargo-headline') },
);

/** Embargo notes as agencies write them, and headlines that start with the same word. */
const embargoLines = [
  'SPERRFRIST 4. Juni, 10.00 Uhr MESZ',
  'Sperrfrist: Dienstag, 10.00 Uhr',
  'EMBARGOED UNTIL 0001 GMT June 4',
  "Embargo jusqu'au 3 juin, 10h00",
];
const embargoWords = ['Embargo gegen', 'Sperrfrist für', 'EMBARGO AUF', 'Embargoed goods'];

const topicLine = fc.constantFrom('Mehr News zur Hitzewelle', 'Mehr zum Thema: Verkehr', 'More on this story: Rates');

/** A story as plain text. */
export const storyText: fc.Arbitrary<string> = fc
  .record({
    topicTop: fc.option(topicLine, { freq: 4 }),
    kicker: fc.option(fc.constantFrom('Wetter', 'Tarifkonflikt', 'Gesundheit')),
    headline: fc.array(word, { minLength: 3, maxLength: 9 }).map((list) => capital(list.join(' '))),
    teaser: fc.option(sentences(1, 2), { freq: 3 }),
    opening: datelineOpening,
    extra: headlineExtra,
    lead: sentences(1, 3),
    body: fc.array(bodyParagraph, { minLength: 1, maxLength: 8 }),
    topicBottom: fc.option(topicLine, { freq: 4 }),
  })
  .map(({ topicTop, kicker, headline, teaser, opening, extra, lead, body, topicBottom }) => {
    // A headline may start with the embargo's word and still be the headline.
    const head =
      extra === 'berichtigung'
        ? `Berichtigung: ${headline}`
        : extra === 'embargo-headline'
          ? `${embargoWords[headline.length % embargoWords.length]} ${headline}`
          : headline;
    return [
      extra === 'embargo' ? embargoLines[headline.length % embargoLines.length] : undefined,
      topicTop,
      `${kicker ? `${kicker}\n` : ''}${head}${extra === 'utl' ? `\nUtl.: ${headline} =` : ''}`,
      extra === 'note' || extra === 'berichtigung'
        ? '(Im 3. Absatz wurde die Zahl korrigiert: 2400 statt 4200)'
        : undefined,
      teaser,
      `${opening}${lead}`,
      ...body,
      topicBottom,
    ]
      .filter(Boolean)
      .join('\n\n');
  });

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The same story as ninjs: the first paragraph the headline, the rest `<p>` (and `<h2>` for subheads) in body_html. */
export const storyNinjs: fc.Arbitrary<string> = fc.tuple(storyText, fc.nat({ max: 80 })).map(([text, depth]) => {
  const [headline = '', ...rest] = text.split('\n\n').map((paragraph) => paragraph.replace(/\n/g, ' '));
  // Some bodies nest their paragraphs deeper than the importer reads markup (48): it must flatten, not lose or crash.
  const nest = depth > 60 ? depth : 0;
  const body = `${'<section>'.repeat(nest)}${rest.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}${'</section>'.repeat(nest)}`;
  return JSON.stringify({ headline, language: 'de', firstcreated: '2025-06-19T08:00:00+02:00', body_html: body });
});
