/**
 * What the importer recognises in agency copy, one rule each. Every rule
 * takes a paragraph's text and says whether it is that element; none of them
 * changes a sentence.
 */
import type { Locale } from 'remark-newsroom';

/** "Mehr News zum Krieg in der Ukraine": a topic line, not a sentence. */
const topicLine =
  /^Mehr (?:News|Nachrichten|Artikel|Infos|Informationen|stories|news) (?:zum|zur|zu|über|about|on) (.{3,80})$/i;

export function topicOf(text: string): string | undefined {
  return topicLine.test(text) && !endsLikeSentence(text) ? text : undefined;
}

/** A correction notice: the paragraph starts with "Korrektur:" (or "Correction:"). */
const correctionStart = /^(?:Korrektur|Correction)\s*:\s*/;

export function correctionOf(text: string): string | undefined {
  const match = correctionStart.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}

/** Agencies whose credit "(dpa/thp)" ends a paragraph. */
const agencies = [
  'dpa',
  'AFP',
  'Reuters',
  'AP',
  'KNA',
  'epd',
  'APA',
  'SDA',
  'Keystone-SDA',
  'sda',
  'sid',
  'ANP',
  'Belga',
];
const creditAtEnd = new RegExp(`\\((${agencies.join('|')})(?:/([a-zäöü]{1,6}))?\\)\\s*$`);

/** The credit at the end of a paragraph, and where it starts. */
export function creditOf(text: string): { label: string; index: number } | undefined {
  const match = creditAtEnd.exec(text);
  if (!match) return undefined;
  return { label: match[2] ? `${match[1]}/${match[2]}` : (match[1] as string), index: match.index };
}

/** Civey's methodology paragraph. */
export const civeyMethodologyStart = 'An den Umfragen des Meinungsforschungsinstituts Civey';
const civeyMethodologyStartEn = 'Anyone can take part in the polls of the opinion research institute Civey';

export function isPollMethodology(text: string): boolean {
  return text.startsWith(civeyMethodologyStart) || text.startsWith(civeyMethodologyStartEn);
}

/** "JTI zertifiziert", as a badge's text alternative lands in copied text (often twice). */
export function isTrustBadgeLine(text: string): boolean {
  return /^(?:JTI[ -](?:zertifiziert|certified)\s*)+$/i.test(text);
}

/** The transparency paragraph that goes with the badge. */
export function isTransparencyText(text: string): boolean {
  return /Journalism Trust Initiative|So arbeitet die Redaktion|How we work/i.test(text);
}

/** Ends as a sentence does (or as a quotation or parenthesis closing one). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;,]["'“”«»‹›)\]]?$/.test(text.trim());
}

/**
 * A subhead: one short line without final punctuation, starting with a
 * capital or a digit, between paragraphs that read as sentences. A short
 * sentence without its period, or the last line of the copy, is not one.
 */
export function isSubhead(text: string, next: string | undefined): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    text.length <= 90 &&
    words.length >= 2 &&
    words.length <= 12 &&
    !endsLikeSentence(text) &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/["„“”«»]/.test(text.charAt(0)) &&
    next !== undefined &&
    endsLikeSentence(next) &&
    // A subhead introduces more than a line.
    next.split(/\s+/).length > words.length
  );
}

/**
 * The locale of the copy: `en` when English function words outweigh German
 * ones; `de-CH` when German copy spells with ss where German uses ß
 * ("grosser", "äusserte") and never with ß; `de` otherwise.
 */
export function localeOf(text: string): Locale {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const english = count(/\b(?:the|and|of|is|was|to|that|with)\b/gi);
  const german = count(/\b(?:der|die|das|und|ist|nicht|mit|von|zu)\b/gi);
  if (english > german) return 'en';
  if (text.includes('ß')) return 'de';
  const swiss =
    /\b(?:gross|grösser|grösst|äusser|ausser|weiss|strasse|schliesslich|gemäss|fliess|heiss|fuss|massnahme|bloss|draussen|mass[e ])\w*/i;
  return swiss.test(text) ? 'de-CH' : 'de';
}

/** A direct quote that opens a sentence and its attribution clause: `"…", sagte X, Rolle, in Ort.` */
export interface QuoteMatch {
  /** Prose before the quote's sentence, in the same paragraph. */
  before: string;
  quote: string;
  by: string;
  /** The role, and the rest of the clause (place, occasion), as one visible text. */
  role: string;
}

const verbs = 'sagte|sagt|erklärte|betonte|meinte|schrieb|so|said|says|told|wrote';
const quoteAtEnd = new RegExp(`(?:^|(?<=[.!?]\\s))"([^"]{8,})",? (?:${verbs}) ([^"]+?)\\.$`);

export function quoteOf(text: string): QuoteMatch | undefined {
  const match = quoteAtEnd.exec(text);
  if (!match) return undefined;
  const parts = (match[2] as string).split(/,\s*/).map((part) => part.trim());
  // The speaker: a part that reads as a name (capitalised words, no article).
  const nameIndex = parts.findIndex((part) => /^(?:\p{Lu}[\p{L}.'-]+)(?: \p{Lu}[\p{L}.'-]+){0,3}$/u.test(part));
  if (nameIndex === -1) return undefined;
  const by = parts[nameIndex] as string;
  const rest = parts.filter((_, index) => index !== nameIndex).map(withoutArticle);
  return {
    before: text.slice(0, match.index).trim(),
    quote: match[1] as string,
    by,
    role: rest.join(', '),
  };
}

function withoutArticle(part: string): string {
  return part.replace(/^(?:der|die|das|des|dem|the)\s+/i, '');
}
