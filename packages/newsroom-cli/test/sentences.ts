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
import type { Frontmatter } from './page.js';

/** Text as compared: no quote marks, dashes or typographic spaces; one space between words. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u00a0\u202f\u2009\u2007\u200a]/g, ' ')
      // The page's typography: ... → …, --- → —, -- → – (all dashes compare as one).
      .replace(/\.\.\./g, '…')
      .replace(/---|--|[–—]/g, '–')
      .replace(/["„“”«»‹›‚‘’'`´]/g, '')
      // A dash between words (typography makes " - " an en dash) is punctuation, not a word.
      .replace(/(^|\s)[-–]+(?=\s|$)/g, '$1')
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
function asShown(paragraph: string, frontmatter: Frontmatter): string {
  let text = paragraph.trim();
  if (/^(?:JTI[ -](?:zertifiziert|certified)\s*)+$/i.test(text)) return '';
  // A topic line is navigation: checked once on the page, apart from the order (it may lead the copy, above the headline).
  if (frontmatter.topic && text === (frontmatter.topic as { label: string }).label) return '';
  text = text.replace(/^(?:Korrektur|Berichtigung|Correction|Rectificatif|Rettifica)\s?:\s+/, '');
  // Update stamps: "09:15 Uhr: …", "16.55 Uhr – …", "6:40 a.m.: …", "10:30 – …", "+++ 09:15 +++ … +++".
  text = text
    .replace(
      /^(?:\d{1,2}[:.]\d{2} Uhr(?::| [-–—])\s+|\d{1,2}:\d{2} [ap]\.m\.:\s+|\d{2}[:.]\d{2} [-–—] |\+\+\+ ?\d{1,2}[:.]\d{2}(?: Uhr)? ?\+\+\+\s*)/,
      '',
    )
    .replace(/\s*\+\+\+$/, '');
  text = text.replace(/^[-•*–]\s+/gm, '');
  // The dateline is the frontmatter's: taken off the paragraph it opens.
  const dateline = frontmatter.dateline;
  if (dateline?.place) {
    const prefix = dateline.agency ? `${dateline.place} (${dateline.agency})` : dateline.place;
    if (text.startsWith(prefix)) text = text.slice(prefix.length).replace(/^\s*[-–—]*\s*/, '');
  }
  return text;
}

export interface Failure {
  sentence: string;
  problem: string;
}

const count = (haystack: string, needle: string) => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
};

/** Words a quote block leaves out of its sentence: the verb of saying and articles. */
const attributionWords =
  /^(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|schrieb|warnte|ergänzte|fügte|hinzu|so|said|says|told|reporters|wrote|added|warned|der|die|das|des|dem|the|a|an)$/i;

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
  const shown = paragraphs.map((paragraph) => normalize(asShown(paragraph, frontmatter))).filter(Boolean);
  const copy = shown.join(' ');
  const target = normalize(page);
  const sentences = shown.flatMap((paragraph) => sentencesOf(paragraph, locale));
  for (const quote of quotes) {
    for (const [field, value] of [
      ['by', quote.by],
      ['role', quote.role],
    ] as const) {
      if (value && sentenceBoundary(value))
        failures.push({ sentence: value, problem: `quote ${field} holds a sentence boundary` });
    }
  }
  let cursor = 0;
  let quoteIndex = 0;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as string;
    // A quote block made of this sentence (and the next ones, for a quote of several sentences):
    // its words, speaker and role are the sentences', nothing else is missing.
    const quote = quotes[quoteIndex];
    const span = quote
      ? [1, 2, 3, 4, 5, 6, 7, 8].find((length) =>
          coversSentence(sentences.slice(index, index + length).join(' '), quote),
        )
      : undefined;
    if (quote && span) {
      const text = normalize(quote.text);
      const quoteAt = target.indexOf(text, cursor);
      if (quoteAt === -1) failures.push({ sentence, problem: 'its quote block is not on the page in order' });
      else cursor = quoteAt + text.length;
      quoteIndex++;
      index += span - 1;
      continue;
    }
    const at = target.indexOf(sentence, cursor);
    if (at !== -1) {
      const onPage = count(target, sentence);
      const inCopy = count(copy, sentence);
      if (onPage !== inCopy) failures.push({ sentence, problem: `on the page ${onPage} times, in the copy ${inCopy}` });
      cursor = at + sentence.length;
      continue;
    }
    const anywhere = target.indexOf(sentence);
    failures.push({
      sentence,
      problem: anywhere === -1 ? 'not on the page' : 'on the page, but out of order (moved)',
    });
  }
  return { failures, checked: sentences.length };
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
