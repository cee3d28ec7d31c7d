/**
 * The property: every sentence of the copy appears on the page exactly once,
 * in order, and no quote's attribution (`by`, `role`) holds a sentence
 * boundary. Sentences come from Intl.Segmenter (ICU), not from the
 * importer's own rules; both sides are compared after the typography the
 * page applies (quote marks, dashes, ellipses, spaces) is taken out.
 *
 * What the importer turns into a block's own words is read from the copy
 * here too, so it is not counted as lost: the "Korrektur:" label (the block
 * shows its own), update time stamps (the block shows the time), the JTI
 * badge line (the badge shows it), a dateline (shown from the frontmatter),
 * list bullets. A sentence that became a quote block is found as the quote's
 * words plus its speaker and role, each taken from that sentence, with only
 * the verb and articles left over.
 */
import type { QuoteRecord } from 'remark-newsroom/engine';
import { type Frontmatter, quoteMark } from './page.js';

/** Text as compared: no quote marks, dashes or typographic spaces; one space between words. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFC')
      // French typography sets a narrow space inside guillemets, where the copy may have none (`id="1"`).
      .replace(/[\u00a0\u202f]*[«»‹›][\u00a0\u202f]*/g, '')
      .replace(/[\u00a0\u202f\u2009\u2007\u200a]/g, ' ')
      // The page's typography: ... → …, --- → —, -- → – (all dashes compare as one).
      .replace(/\.\.\./g, '…')
      .replace(/---|--|[–—]/g, '–')
      .replace(/["„“”«»‹›‚‘’'`´]/g, '')
      // Spacing is the locale's: French sets a space before ; : ! ?, German none; copy may space guillemets.
      .replace(/\s+(?=[,.;:!?…)\]])/g, '')
      .replace(/(?<=[([])\s+/g, '')
      // A dash between words (typography makes " - " an en dash) is punctuation, not a word.
      .replace(/(^|\s)[-–]+(?=[\s,.;:!?…]|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Abbreviations and ordinals after which ICU ends a sentence that goes on ("Dr. Muster", "3. Mai"). */
const notAnEnd =
  /(?:^|[\s(])(?:Dr|Prof|St|Nr|Mio|Mrd|Abs|Art|bzw|ca|etc|ggf|inkl|vgl|z\.B|u\.a|d\.h|Hr|Fr|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Mr|Mrs|Ms|Jr|Sr|Gen|Gov|Sen|Rep|No|U\.S|vs|Co|Inc|Ltd|\d{1,4}|\p{L})\.\s*$/u;

export function sentencesOf(text: string, locale = 'de'): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (notAnEnd.test(pending)) continue;
    if (pending.trim()) out.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) out.push(pending.trim());
  // A credit in parentheses after a sentence ("… endlich.“ (dpa/lsw)") is its own piece of text.
  return out.flatMap((sentence) => {
    const credit = /^(.*[.!?…]["“”«»]?)\s+(\([^()]{1,40}\))$/.exec(sentence);
    return credit ? [credit[1] as string, credit[2] as string] : [sentence];
  });
}

/** What of the copy's paragraphs the importer shows through a block's own words, taken out of the copy. */
const updateStamp =
  /^(?:\d{1,2}[:.]\d{2} Uhr(?::| [-–—])\s+|\d{1,2}:\d{2} [ap]\.m\.:\s+|\d{2}[:.]\d{2} [-–—] |\+\+\+ ?\d{1,2}[:.]\d{2}(?: Uhr)? ?\+\+\+\s*)/;

function asShown(paragraph: string, frontmatter: Frontmatter): string {
  let text = paragraph.trim();
  if (/^(?:JTI[ -](?:zertifiziert|certified)\s*)+$/i.test(text)) return '';
  // The label is the correction block's own word; a headline "Berichtigung: …" keeps it (it is the title).
  if (text !== frontmatter.title?.trim())
    text = text.replace(/^(?:Korrektur|Berichtigung|Correction|Rectificatif|Rettifica)\s?:\s+/, '');
  // Update stamps: "09:15 Uhr: …", "16.55 Uhr – …", "6:40 a.m.: …", "10:30 – …", "+++ 09:15 +++ … +++".
  text = text.replace(updateStamp, '').replace(/\s*\+\+\+$/, '');
  text = text.replace(/^[-•*–]\s+/gm, '');
  // The dateline is the frontmatter's: taken off the paragraph it opens.
  const dateline = frontmatter.dateline;
  if (dateline?.place) {
    const prefix = dateline.agency ? `${dateline.place} (${dateline.agency})` : dateline.place;
    // The separator is the dateline's too: " - ", " – ", ".- " (EFE), " = " (Belga).
    if (text.startsWith(prefix)) text = text.slice(prefix.length).replace(/^\s*\.?[-–—=]*\s*/, '');
    // ANSA sets the agency first: "(ANSA) - ROMA, 3 GIU - ".
    const agencyFirst = dateline.agency && `(${dateline.agency}) - ${dateline.place} - `;
    if (agencyFirst && text.startsWith(agencyFirst)) text = text.slice(agencyFirst.length);
  }
  return text;
}

export interface Failure {
  sentence: string;
  problem: string;
}

/** Occurrences as a whole piece of text: not inside a longer word ("it" in "Hitzewelle"). */
const count = (haystack: string, needle: string) => {
  let n = 0;
  const word = /[\p{L}\p{N}]/u;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!(word.test(needle.charAt(0)) && word.test(before)) && !(word.test(needle.at(-1) ?? '') && word.test(after)))
      n++;
  }
  return n;
};

/** Words a quote block leaves out of its sentence: the verb of saying, nothing else (an article is a word of the copy). */
const attributionWords =
  /^(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|schrieb|warnte|ergänzte|fügte|hinzu|so|said|says|told|reporters|wrote|added|warned)$/i;

/**
 * A clause in an attribution field: a conjunction with words after it ("und forderte …"), a relative clause
 * ("der seit 2021 Kanzler ist", "who has led"), a finite verb, or more words than a role has.
 */
function clauseIn(value: string): string | undefined {
  for (const part of value.split(/,\s*/)) {
    const words = part.trim().split(/\s+/);
    if (words.length > 6) return `${words.length} words`;
    const found =
      /(?:^|\s)(?:und|oder|and|or|et|e)\s+\S/iu.exec(part) ??
      /^(?:der|die|das|welche[rs]?|who|which|qui|che)\s.*\s\p{Ll}+$/u.exec(part.trim()) ??
      /(?:^|\s)(?:ist|sind|war|wird|wurde|hat|hatte|forderte|is|was|has|had|est|è)(?=\s|$)/iu.exec(part);
    if (found) return found[0].trim();
  }
  return undefined;
}

function sentenceBoundary(text: string): boolean {
  return sentencesOf(text).length > 1 || /[.!?…]\s+\p{Lu}/u.test(text);
}

/**
 * Checks the page against the copy's paragraphs. Returns the failures (empty
 * when the property holds) and how many sentences were checked.
 */
export function checkSentences(
  paragraphs: string[],
  page: string,
  quotes: readonly QuoteRecord[],
  frontmatter: Frontmatter,
  locale = 'de',
): { failures: Failure[]; checked: number } {
  const failures: Failure[] = [];
  // Update paragraphs of a running story: the update block shows them newest first whatever their order in
  // the copy, so a run of them is checked as a group: each one's sentences in order, the run where it stood.
  // Sentences are found in the copy as written (quote marks tell where a sentence ends), then compared normalised.
  // A topic line is navigation: the block may lead the page while the line stood above the headline, so the
  // first line that is the topic's label is counted once, apart from the order. (A second one is prose.)
  const label = (frontmatter.topic as { label?: string } | undefined)?.label;
  const topicAt = label === undefined ? -1 : paragraphs.findIndex((paragraph) => paragraph.trim() === label);
  const shownParagraphs = paragraphs
    .filter((_, index) => index !== topicAt)
    .map((paragraph) => ({
      text: asShown(paragraph, frontmatter).replace(/\s+/g, ' ').trim(),
      update: updateStamp.test(paragraph.trim()),
    }))
    .filter((paragraph) => normalize(paragraph.text));
  const target = normalize(page);
  const pieces = shownParagraphs.flatMap((paragraph, number) =>
    sentencesOf(paragraph.text, locale)
      .map(normalize)
      .filter(Boolean)
      .map((sentence) => ({ sentence, number, update: paragraph.update })),
  );
  const sentences = pieces.map((piece) => piece.sentence);
  for (const quote of quotes) {
    for (const [field, value] of [
      ['by', quote.by],
      ['role', quote.role],
    ] as const) {
      if (value && sentenceBoundary(value))
        failures.push({ sentence: value, problem: `quote ${field} holds a sentence boundary` });
      const clause = value && clauseIn(value);
      if (clause) failures.push({ sentence: value as string, problem: `quote ${field} holds a clause (${clause})` });
    }
  }
  let cursor = 0;
  let quoteIndex = 0;
  let run: { start: number; end: number } | undefined;
  const verbatim: string[] = [];
  const shownQuotes: QuoteRecord[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as string;
    const piece = pieces[index] as (typeof pieces)[number];
    const newParagraph = index === 0 || pieces[index - 1]?.number !== piece.number;
    if (newParagraph && piece.update) {
      run ??= { start: cursor, end: cursor };
      cursor = run.start;
    } else if (newParagraph && run) {
      cursor = run.end;
      run = undefined;
    }
    // A quote block made of this sentence (and the next ones, for a quote of several sentences):
    // its words, speaker and role are the sentences', nothing else is missing.
    // A quote block made of this sentence (or several, for a quote of several sentences, or with prose the
    // segmenter joined to it): a sentence on the page as written wins over a quote of one sentence.
    const quote = quotes[quoteIndex];
    const quoted = (length: number) =>
      quote ? matchQuote(sentences.slice(index, index + length).join(' '), quote, target, cursor) : undefined;
    let span: number | undefined;
    let next: { position: number; prose: string } | undefined;
    for (const length of [2, 3, 4, 5, 6, 7, 8, ...(target.indexOf(sentence, cursor) === -1 ? [1] : [])]) {
      if (index + length > sentences.length) continue;
      next = quoted(length);
      if (next !== undefined) {
        span = length;
        break;
      }
    }
    if (span !== undefined && next !== undefined) {
      shownQuotes.push(quote as QuoteRecord);
      verbatim.push(next.prose);
      cursor = next.position;
      if (run) run.end = Math.max(run.end, cursor);
      quoteIndex++;
      index += span - 1;
      continue;
    }
    const at = target.indexOf(sentence, cursor);
    if (at !== -1) {
      verbatim.push(sentence);
      cursor = at + sentence.length;
      if (run) run.end = Math.max(run.end, cursor);
      continue;
    }
    const anywhere = target.indexOf(sentence);
    failures.push({
      sentence,
      problem: anywhere === -1 ? 'not on the page' : 'on the page, but out of order (moved)',
    });
  }
  // Exactly once: as often on the page as in the copy as the page shows it (a quote's sentence as its words,
  // speaker and role: its verb and final period are not on the page).
  const shownCopy = [
    ...verbatim,
    (frontmatter.topic as { label?: string } | undefined)?.label ?? '',
    ...shownQuotes.flatMap((quote) => [quote.text, quote.by ?? '', quote.role ?? ''].map(normalize)),
  ].join(' ');
  // Pieces of a word or two ("am", "Verkehr" in a list) also occur in what blocks add (labels, dates): their
  // presence and order are checked above, their count only from three words on.
  for (const sentence of new Set(
    pieces.map((piece) => piece.sentence).filter((piece) => piece.split(' ').length >= 3),
  )) {
    const onPage = count(target, sentence);
    const inCopy = count(shownCopy, sentence);
    if (onPage !== inCopy && target.includes(sentence)) {
      failures.push({ sentence, problem: `on the page ${onPage} times, in the copy ${inCopy}` });
    }
  }
  return { failures, checked: sentences.length };
}

/**
 * Where the page goes on after a quote block made from these sentences: prose before the quote's words on
 * the page before the block, the quote's words at the block, its speaker and role from the attribution
 * (nothing but the verb and articles left over), and prose after the attribution on the page after it.
 */
function matchQuote(
  joined: string,
  quote: QuoteRecord,
  target: string,
  cursor: number,
): { position: number; prose: string } | undefined {
  const words = normalize(quote.text);
  const at = joined.indexOf(words);
  if (!words || at === -1) return undefined;
  const head = joined.slice(0, at);
  const tail = joined.slice(at + words.length);
  const cuts = (text: string) => [0, ...[...text.matchAll(/ /g)].map((match) => match.index), text.length];
  // The attribution stands before the quote ("X sagte: …") or after it ("…, sagte X."); prose around it stays prose.
  for (const a of cuts(head).reverse()) {
    for (const b of cuts(tail)) {
      if (!coversSentence(`${head.slice(a)} ${words} ${tail.slice(0, b)}`, quote)) continue;
      let position = cursor;
      const before = head.slice(0, a).trim();
      if (before) {
        const found = target.indexOf(before, position);
        if (found === -1) continue;
        position = found + before.length;
      }
      // The page's text has a space after the mark (the blockquote is a block).
      const block = target.indexOf(`${quoteMark} ${words}`, position);
      if (block === -1) continue;
      position = block + words.length + 2;
      const after = tail.slice(b).trim();
      if (!after) return { position, prose: before };
      const found = target.indexOf(after, position);
      if (found !== -1) return { position: found + after.length, prose: `${before} ${after}` };
    }
  }
  return undefined;
}

function coversSentence(sentence: string, quote: QuoteRecord): boolean {
  const parts = [quote.text, quote.by ?? '', ...(quote.role ?? '').split(/,\s*/)].map(normalize).filter(Boolean);
  let rest = sentence;
  for (const part of parts) {
    const at = rest.indexOf(part);
    if (at === -1) return false;
    rest = `${rest.slice(0, at)} ${rest.slice(at + part.length)}`;
  }
  return rest
    .split(/[\s,.:;!?…]+/)
    .filter(Boolean)
    .every((word) => attributionWords.test(word));
}
