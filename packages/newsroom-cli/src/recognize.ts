/**
 * What the importer recognises in agency copy, one rule each. Every rule
 * takes a paragraph's text and says whether (and where) it is that element;
 * none of them changes a sentence. Where a shape is ambiguous a rule says no:
 * the text stays prose, which loses structure but never moves text.
 */

/** "Mehr News zum Krieg in der Ukraine", "Mehr zum Thema Hitze": a topic line, not a sentence. */
const topicLine =
  /^(?:Mehr (?:News|Nachrichten|Artikel|Infos|Informationen|Meldungen) (?:zum|zur|zu|über) .{3,80}|Mehr zum Thema:? .{3,80}|More (?:news|stories) (?:about|on) .{3,80}|More on this (?:story|topic):? .{3,80})$/i;

export function topicOf(text: string): string | undefined {
  return topicLine.test(text) && !endsLikeSentence(text) ? text : undefined;
}

/** The topic's name in a topic line, for its default link. */
export function topicName(line: string): string {
  return line.replace(/^Mehr zum Thema:? |^Mehr \S+ \S+ |^More on this \S+:? |^More \S+ \S+ /i, '');
}

/**
 * An embargo note ("SPERRFRIST 4. Juni, 10.00 Uhr", "EMBARGOED UNTIL 0001 GMT",
 * "Embargo jusqu'au 3 juin, 10h00"): for the desk, never the headline or
 * teaser. Its shape, not its first word: the word, then a colon, "until" (in
 * the copy's language) or a number, and a date or time in the line. A
 * headline that starts with the word ("Embargo gegen Kuba verlängert") is none.
 */
const embargoLine =
  /^(?:sperrfrist|embargo(?:ed)?|embargoé)(?:\s*:|\s+(?:bis|until|till|jusqu|fino|hasta)\b|\s+(?=\d))/iu;

export function isEmbargo(text: string): boolean {
  return embargoLine.test(text) && /\d/.test(text);
}

/** A correction notice: the paragraph starts with "Korrektur:" (or "Berichtigung:", "Correction:", "Rectificatif :", "Rettifica:"). */
const correctionStart = /^(?:Korrektur|Berichtigung|Correction|Rectificatif|Rettifica)\s?:\s+/;

export function correctionOf(text: string): { label: string; text: string } | undefined {
  const match = correctionStart.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  return rest ? { label: match[0], text: rest } : undefined;
}

/** Agencies whose credit "(dpa/thp)" ends a paragraph and whose dateline "Berlin (dpa) - " starts one. */
export const agencies = [
  'dpa',
  'dpa-AFX',
  'AFP',
  'Reuters',
  'AP',
  'KNA',
  'epd',
  'APA',
  'SDA',
  'sda',
  'Keystone-SDA',
  'ats',
  'ATS',
  'Keystone-ATS',
  'sid',
  'ANP',
  'Belga',
  'BELGA',
  'EFE',
  'ANSA',
  'dts',
];
const agency = `(?:${agencies.join('|')})`;
/** "(dpa)", "(dpa/thp)", "(AFP/dpa)", "(sda/ats)": agencies and an editor's initials, joined by slashes. */
const creditLabel = `${agency}(?:\\/(?:${agency}|[a-zäöü]{1,6}))*`;
const creditAtEnd = new RegExp(`\\((${creditLabel})\\)\\s*$`);
/** "… hitze@muenchen.example. dpa/thp": an agency and initials without parentheses, after a sentence. */
const bareCreditAtEnd = new RegExp(`(?<=[.!?…]["“”«»]? )(${agency}\\/[a-zäöü]{1,6})$`);

/** The credit at the end of a paragraph, where it starts, and whether it is in parentheses. */
export function creditOf(text: string): { label: string; index: number; parenthesised: boolean } | undefined {
  const match = creditAtEnd.exec(text);
  if (match) return { label: match[1] as string, index: match.index, parenthesised: true };
  const bare = bareCreditAtEnd.exec(text);
  if (bare) return { label: bare[1] as string, index: bare.index, parenthesised: false };
  return undefined;
}

/** The text without a credit at its end. */
export function withoutCredit(text: string): string {
  const credit = creditOf(text);
  return credit ? text.slice(0, credit.index).trimEnd() : text;
}

/**
 * A dateline opening the copy's first paragraphs: `Frankfurt/Main (dpa) - `,
 * `BERLIN, June 19 (Reuters) - `, `Wädenswil ZH (sda) – `, `Brüssel (AFP) Die …`
 * (no dash, a capital follows), `PARIS — ` (no agency: only an all-capitals
 * place before a dash). The place is what stands before the agency, a date
 * included, as the page's dateline shows it; a dateline of a date alone
 * ("June 20 (Reuters) - ") stays prose.
 */
const placeWords = `\\p{Lu}[\\p{L}\\p{M}.'/-]*(?: (?:am|an der|im|bei|sur|di|de|\\p{Lu}[\\p{L}\\p{M}.'/-]*)){0,3}`;
const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A US state or region after the city, as AP and Reuters write it: "N.C.", "Ohio", "Calif.", "New Mexico". */
const region = `\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?`;
/** The day after the place: "03/06" (Belga), "3 jun" (EFE). */
const dayAfterPlace = `(?: \\d{2}\\/\\d{2}|, \\d{1,2} \\p{Ll}{3,10}\\.?)`;
const datelineStart = new RegExp(
  `^(${placeWords}(?:, (?!${month} )${region})?(?:, ${month} \\d{1,2}|${dayAfterPlace})?) \\((${creditLabel})\\)(?: ?[-–—]+ | ?\\.?[-–—=] | (?=\\p{Lu}))`,
  'u',
);
/** ANSA puts the agency first: "(ANSA) - ROMA, 3 GIU - ". */
const datelineAgencyFirst = new RegExp(
  `^\\((${creditLabel})\\) [-–—] (\\p{Lu}{2,}(?:[ '-]\\p{Lu}{2,}){0,2}(?:, \\d{1,2} \\p{Lu}{3})?) [-–—] (?=\\S)`,
  'u',
);
const datelineWithoutAgency = /^(\p{Lu}{2,}(?:[ /-]\p{Lu}{2,}){0,2}) [-–—]+ (?=\p{Lu})/u;

export function datelineOf(text: string): { place: string; agency?: string; length: number } | undefined {
  const first = datelineAgencyFirst.exec(text);
  if (first && text.slice(first[0].length).trim())
    return { place: first[2] as string, agency: first[1] as string, length: first[0].length };
  const match = datelineStart.exec(text) ?? datelineWithoutAgency.exec(text);
  if (!match) return undefined;
  const place = match[1] as string;
  if (new RegExp(`^${month} \\d`).test(place)) return undefined;
  if (!text.slice(match[0].length).trim()) return undefined;
  return match[2] ? { place, agency: match[2], length: match[0].length } : { place, length: match[0].length };
}

/**
 * A kicker (Dachzeile): one to four words on the line directly above the
 * headline, in the same paragraph, without final punctuation.
 */
export function isKicker(line: string): boolean {
  const words = line.split(/\s+/);
  return line.length <= 40 && words.length <= 4 && !/[.:;,!?…]$/.test(line) && /^\p{Lu}/u.test(line);
}

/**
 * A headline: the copy's first line, short, a phrase rather than a sentence
 * (no final period or colon), before a paragraph that reads as a sentence.
 */
export function isHeadline(text: string, next: string | undefined): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    text.length <= 160 &&
    words.length >= 2 &&
    words.length <= 24 &&
    !/[.:;,…]$/.test(text) &&
    /^[\p{Lu}\p{N}„"«»‚‘“]/u.test(text) &&
    next !== undefined &&
    // A note in parentheses may follow: "(Corrects 2nd paragraph to say revenue rose 38%, not 83%)".
    (endsLikeSentence(withoutCredit(next)) || isNote(next) || isSubline(next)) &&
    topicOf(text) === undefined &&
    // "Berichtigung: <headline>" over the note saying what was corrected is the corrected story's headline.
    (correctionOf(text) === undefined || isNote(next)) &&
    updateOf(text) === undefined
  );
}

/** A paragraph wholly in parentheses: a note to the desk ("(Corrects …)", "(Im 3. Absatz wurde …)"), not a sentence of the story. */
export function isNote(text: string): boolean {
  return /^\([^()]*(?:\([^()]*\)[^()]*)*\)$/.test(text.trim());
}

/** APA's subline under the headline: "Utl.: Bauverzögerung wegen Grundwasser =". */
export function isSubline(text: string): boolean {
  return /^Utl\.:\s/.test(text);
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
 * A subhead: one short line without final punctuation (or a short question),
 * starting with a capital or a digit, before a paragraph that reads as a sentence (its credit
 * aside) and is longer. A short sentence without its period, or the last line
 * of the copy, is not one.
 */
export function isSubhead(text: string, next: string | undefined): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (next === undefined) return false;
  const body = withoutCredit(next);
  // A question can be a subhead ("Was sollten Ältere jetzt beachten?"), unless it is a labelled line ("Umfrage: …?").
  const question = /\s?\?$/.test(text) && !/:\s/.test(text) && words.length <= 10;
  // A paragraph with an agency credit is text: "Viele Städte öffnen Kühlräume. (dpa/lby)".
  if (creditOf(text)) return false;
  return (
    text.length <= 90 &&
    words.length >= 2 &&
    words.length <= 12 &&
    (question || !endsLikeSentence(text)) &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/["„“”«»]/.test(text.charAt(0)) &&
    endsLikeSentence(body) &&
    // A subhead introduces more than a line.
    body.split(/\s+/).length > words.length
  );
}

/**
 * A timestamped update of a running story, as agencies mark them:
 * `09:15 Uhr: …`, `16.55 Uhr – …` (APA), `+++ 09:15 +++ …` (a trailing
 * ` +++` closes it), `6:40 a.m.: …` (AFP English), `10:30 – …` (ATS Italian).
 * The marker's end, so the rest is the update's text.
 */
const updateForms: { pattern: RegExp; pm?: boolean }[] = [
  { pattern: /^(\d{1,2})[:.](\d{2}) Uhr(?::| [-–—])\s+/ },
  { pattern: /^\+\+\+ ?(\d{1,2})[:.](\d{2})(?: Uhr)? ?\+\+\+\s*/ },
  { pattern: /^(\d{1,2}):(\d{2}) ([ap])\.m\.:\s+/, pm: true },
  { pattern: /^(\d{2})[:.](\d{2}) [-–—] (?=\p{Lu})/u },
];

export function updateOf(text: string): { hour: number; minute: number; start: number; end: number } | undefined {
  for (const { pattern, pm } of updateForms) {
    const match = pattern.exec(text);
    if (!match) continue;
    let hour = Number(match[1]);
    const minute = Number(match[2]);
    if (pm) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (match[3] === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return undefined;
    const closing = text.startsWith('+++') ? /\s*\+\+\+$/.exec(text) : null;
    const end = closing && closing.index > match[0].length ? closing.index : text.length;
    if (end <= match[0].length) return undefined;
    return { hour, minute, start: match[0].length, end };
  }
  return undefined;
}

/**
 * The language of the copy from its function words, and for German whether
 * it is Swiss: `de-CH` when it spells with ss where German uses ß
 * ("grosser", "äusserte") and never with ß. French and Italian copy is
 * `fr`/`it` (`-CH` for Swiss agencies' copy, which the caller knows).
 */
export function languageOf(text: string): 'de' | 'de-CH' | 'en' | 'fr' | 'it' {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const scores = {
    en: count(/\b(?:the|and|of|is|was|to|that|with)\b/gi),
    de: count(/\b(?:der|die|das|und|ist|nicht|mit|von|zu)\b/gi),
    fr: count(/\b(?:le|la|les|des|et|est|une|dans|pour|qui)\b/gi),
    it: count(/\b(?:il|la|che|di|della|per|una|sono|gli|nel)\b/gi),
  };
  const [language] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0] as [keyof typeof scores, number];
  if (language !== 'de') return language;
  if (text.includes('ß')) return 'de';
  const swiss =
    /\b(?:gross|grösser|grösst|äusser|ausser|weiss|strasse|schliesslich|gemäss|fliess|heiss|fuss|massnahme|bloss|draussen|mass[e ])\w*/i;
  return swiss.test(text) ? 'de-CH' : 'de';
}
