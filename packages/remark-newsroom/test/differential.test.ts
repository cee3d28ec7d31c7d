/**
 * Differential property test: generated documents through unified and
 * Sätteri give the same HTML, and every letter and digit the author wrote in
 * prose, headings and labels is on the page, in order — and so is every one
 * in summary links and quote attributions, which are derived from it.
 *
 * `NEWSROOM_DIFF_RUNS` sets the number of documents (CI: 2,000; `pnpm soak`:
 * 100,000). Differences are counted, and the shortest one is shown.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { expect, it, vi } from 'vitest';
import { minuteOf, parseUpdateTime } from '../src/engine/update-times.js';
import { locales } from '../src/locales.js';
import { htmlText } from './helpers.js';
import { renderSatteri, renderUnified } from './processors.js';

const runs = Number(process.env.NEWSROOM_DIFF_RUNS ?? 2000);
// CI's seed (vitest.setup.ts), or a new draw: the soak explores, CI repeats.
const seed = fc.readConfigureGlobal().seed ?? Math.floor(Math.random() * 2 ** 31);

/** A piece of Markdown and the letters and digits it must show, in order. */
interface Part {
  markdown: string;
  shows: string;
  /** An update: the minute it is ordered by (null when its time is invalid or missing). */
  updateMinute?: number | null;
}

const part = (markdown: string, shows = markdown): Part => ({ markdown, shows });
const join = (parts: Part[], separator: string): Part => ({
  markdown: parts.map((p) => p.markdown).join(separator),
  shows: parts.map((p) => p.shows).join(''),
});

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüßé0-9]{1,8}$/).map((w) => part(w));
const inline: fc.Arbitrary<Part> = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(
        '10:30',
        '3:2',
        'Leser:innen',
        'Tel.:030',
        'localhost:8080',
        'Hinweis:Text',
        'a::b',
        ':x',
        ':abbr[HTML]{title="x"}',
        ':0',
        '--',
        '...',
        "'s",
        'www.example.com',
        'a@b.ch',
        // Dashes and high punctuation, which locales set differently.
        '-',
        '---',
        '?',
        '!',
        ';',
        ':',
        '?!',
        '«',
        '»',
        '„',
        '“',
        '‹',
      )
      .map((t) => part(t)),
  },
  { weight: 1, arbitrary: word.map((w) => part(`"${w.markdown}"`, w.shows)) },
  { weight: 1, arbitrary: word.map((w) => part(`'${w.markdown}'`, w.shows)) },
  // Quote marks typed in every convention, and French spacing typed inside.
  {
    weight: 1,
    arbitrary: fc
      .tuple(word, fc.constantFrom(['„', '“'], ['«', '»'], ['« ', ' »'], ['“', '”'], ['‚', '‘'], ['‹', '›']))
      .map(([w, [open, close]]) => part(`${open}${w.markdown}${close}`, w.shows)),
  },
  { weight: 1, arbitrary: fc.constantFrom('`--x`', '`"a"`', '`10:30`').map((c) => part(c, c.slice(1, -1))) },
  { weight: 1, arbitrary: word.map((w) => part(`**${w.markdown}**`, w.shows)) },
  { weight: 1, arbitrary: word.map((w) => part(`*${w.markdown} 10:30*`, `${w.shows}1030`)) },
  { weight: 1, arbitrary: fc.constantFrom('dpa/thp', 'AFP').map((c) => part(`:credit[${c}]`, c)) },
);
/** Starts with a letter, so a sentence never reads as a list item (`1.`). */
const opening = fc.stringMatching(/^[A-Za-zÄÖÜäöü]{1,8}$/).map((w) => part(w));
const sentence = fc.tuple(opening, fc.array(inline, { maxLength: 7 })).map(([first, rest]) => {
  const joined = join([first, ...rest], ' ');
  return part(`${joined.markdown}.`, joined.shows);
});
/** Text without a comma, for an attribution's speaker. */
const name = fc.oneof(
  word,
  fc.constantFrom('Leser:innen-Vertreterin', 'Anna 10:30').map((t) => part(t)),
);

const block: fc.Arbitrary<Part> = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: sentence.map((s) => part(`## ${s.markdown}`, s.shows)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(sentence, fc.constantFrom('—', '--', '–'), name, sentence)
      .map(([quote, dash, by, role]) =>
        part(`> ${quote.markdown}\n>\n> ${dash} ${by.markdown}, ${role.markdown}`, quote.shows + by.shows + role.shows),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.option(sentence), fc.array(sentence, { minLength: 1, maxLength: 3 }))
      .map(([label, items]) =>
        part(
          `:::summary${label ? `[${label.markdown}]` : ''}\n${items.map((i) => `- ${i.markdown}`).join('\n')}\n:::`,
          (label?.shows ?? '') + items.map((i) => i.shows).join(''),
        ),
      ),
  },
  { weight: 1, arbitrary: fc.constant(part('::summary{from="headings"}', '')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.option(sentence), sentence)
      .map(([label, body]) =>
        part(
          `:::quote${label ? `[${label.markdown}]` : ''}{by="Pat Ryder"}\n${body.markdown}\n:::`,
          (label?.shows ?? '') + body.shows,
        ),
      ),
  },
  // A quote whose author typed its marks (or only its opening one), with a quote inside.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('"', '„', '«', '“', ''), word, sentence, fc.constantFrom('"', '“', '»', ''))
      .map(([open, inner, body, close]) =>
        part(
          `:::quote{by="Pat Ryder"}\n${open}${body.markdown} "${inner.markdown}"${close}\n:::`,
          body.shows + inner.shows,
        ),
      ),
  },
  { weight: 1, arbitrary: sentence.map((s) => part(`:::correction{date="2024-06-19"}\n${s.markdown}\n:::`, s.shows)) },
  { weight: 1, arbitrary: sentence.map((s) => part(`::topic[${s.markdown}]{href="/themen/x"}`, s.shows)) },
  { weight: 1, arbitrary: sentence.map((s) => part(`::poll[${s.markdown}]{id="123"}`, s.shows)) },
  { weight: 1, arbitrary: sentence.map((s) => part(`::trust[${s.markdown}]{badge="jti"}`, s.shows)) },
  { weight: 1, arbitrary: sentence.map((s) => part(`:::note[Titel]\n${s.markdown}\n:::`, `noteTitel${s.shows}`)) },
  { weight: 1, arbitrary: fc.constant(part('::video{src="https://example.com/v.mp4"}')) },
  { weight: 1, arbitrary: sentence.map((s) => part(`- ${s.markdown}\n- zwei`, `${s.shows}zwei`)) },
  { weight: 1, arbitrary: fc.constant(part('```\n"a" -- 10:30\n```', 'a1030')) },
  // Refused or misplaced blocks whose labels hold colons, quotes and dashes: shown as written, nothing inside edited.
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, fc.constantFrom('::topic[Mehr: 10:30 ', ':topic[Mehr: "x" -- ', '::poll[Frage 3:2 '))
      .map(([s, start]) => {
        const end = start.startsWith('::poll') ? ']{provider="nope" id="1"}' : ']{href="javascript:alert(1)"}';
        return part(`${start}${s.markdown}${end}`, `${start}${s.shows}${end}`);
      }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.option(sentence),
        fc.array(sentence, { minLength: 1, maxLength: 2 }),
        // Two of the same minute in different zones, another day, an invalid one, none.
        fc.constantFrom(
          '2024-06-19T09:15+02:00',
          '2024-06-19T07:15Z',
          '2024-06-19T10:00+02:00',
          '2024-06-18T23:59-05:00',
          '2024-06-19T09:15',
          undefined,
        ),
      )
      .map(([label, body, time]) => {
        const parsed = time === undefined ? undefined : parseUpdateTime(time);
        return {
          markdown: `:::update${label ? `[${label.markdown}]` : ''}${time ? `{time="${time}"}` : ''}\n${body.map((b) => b.markdown).join('\n\n')}\n:::`,
          shows: (label?.shows ?? '') + body.map((b) => b.shows).join(''),
          updateMinute: parsed ? minuteOf(parsed) : null,
        };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('::summary{latest="2"}', ':::summary{latest="1"}\n- Kurz.\n:::')
      .map((m) => part(m, m.includes('Kurz') ? 'Kurz' : '')),
  },
);

/**
 * A container left open inside another one (`::::summary` / `:::quote` /
 * `::::`). The parsers disagree on which container a fence line closes, so
 * what follows it lands in different containers: the shape ends a document.
 */
const openInsideContainer: fc.Arbitrary<Part> = fc
  .tuple(
    fc.constantFrom('summary', 'note', 'correction{date="2024-06-19"}'),
    fc.constantFrom('quote{by="A"}', 'correction{date="2024-06-19"}', 'box', 'summary'),
    sentence,
    fc.constantFrom('::::', ':::'),
  )
  .map(([outer, inner, body, fence]) => part(`${fence}${outer}\n:::${inner}\n${body.markdown}\n${fence}`, body.shows));

/**
 * What the page shows, in order: updates that stand next to each other render
 * newest first (by minute, stable; undated last), so their text moves with them.
 */
function showsInOrder(blocks: Part[]): string {
  const out: string[] = [];
  let feed: Part[] = [];
  const flush = () => {
    const key = (p: Part) => (p.updateMinute === null || p.updateMinute === undefined ? -Infinity : p.updateMinute);
    const sorted = feed.map((p, i) => ({ p, i })).sort((a, b) => key(b.p) - key(a.p) || a.i - b.i);
    out.push(...sorted.map(({ p }) => p.shows));
    feed = [];
  };
  for (const block of blocks) {
    if (block.updateMinute !== undefined) {
      feed.push(block);
      continue;
    }
    flush();
    out.push(block.shows);
  }
  flush();
  return out.join('');
}

const documents = fc
  .record({
    blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
    last: fc.option(openInsideContainer, { freq: 8 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    typography: fc.boolean(),
    locale: fc.constantFrom(...locales),
  })
  .map(({ blocks: body, last, bom, crlf, typography, locale }) => {
    const blocks = last ? [...body, last] : body;
    let markdown = blocks.map((b) => b.markdown).join('\n\n');
    if (crlf) markdown = markdown.replaceAll('\n', '\r\n');
    if (bom) markdown = `\uFEFF${markdown}`;
    return { markdown, shows: lettersOf(showsInOrder(blocks)), typography, locale };
  });

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at);
    if (at === -1) return false;
    at += char.length;
  }
  return true;
}

type Doc = ReturnType<typeof documents.generate>['value'];

/** What is wrong with one document, or undefined. */
async function check(doc: Doc): Promise<string | undefined> {
  const options = { typography: doc.typography, locale: doc.locale, headingIds: true };
  const unified = await renderUnified(doc.markdown, options);
  // Sätteri warns about edits it dropped: a difference too.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const satteri = await renderSatteri(doc.markdown, options);
  const warning = warn.mock.calls[0];
  warn.mockRestore();
  if (warning) return `Sätteri warned: ${warning.join(' ')}`;
  if (unified.html !== satteri.html) return `HTML differs:\nunified: ${unified.html}\nsatteri: ${satteri.html}`;
  if (JSON.stringify(unified.messages) !== JSON.stringify(satteri.messages))
    return `diagnostics differ:\nunified: ${JSON.stringify(unified.messages)}\nsatteri: ${JSON.stringify(satteri.messages)}`;
  if (!isSubsequence(doc.shows, lettersOf(htmlText(unified.html)))) return 'author text lost';
  const tree = fromHtml(unified.html, { fragment: true });
  // Summary links read as the headings do.
  const headings = selectAll('h2', tree).map((h) => lettersOf(hastToString(h)));
  for (const list of selectAll('.nr-summary__list', tree)) {
    const links = selectAll('a', list).map((a) => lettersOf(hastToString(a)));
    if (JSON.stringify(links) !== JSON.stringify(headings)) return `summary links ${links} ≠ headings ${headings}`;
  }
  return undefined;
}

it(`unified and Sätteri agree on ${runs} generated documents, and no author text is lost`, async () => {
  let differences = 0;
  let shortest: { markdown: string; problem: string } | undefined;
  const chunk = 1000;
  for (let done = 0; done < runs; done += chunk) {
    const sample = fc.sample(documents, { seed: seed + done, numRuns: Math.min(chunk, runs - done) });
    for (const doc of sample) {
      const problem = await check(doc);
      if (!problem) continue;
      differences++;
      if (!shortest || doc.markdown.length < shortest.markdown.length) shortest = { markdown: doc.markdown, problem };
    }
  }
  console.log(`differential: ${runs} documents, ${differences} differences`);
  expect(
    shortest,
    shortest && `seed ${seed}: ${JSON.stringify(shortest.markdown)}\n${shortest.problem}`,
  ).toBeUndefined();
  expect(differences).toBe(0);
}, 600_000);
