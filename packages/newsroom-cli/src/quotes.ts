/**
 * Direct quotes with their attribution, as agencies write them, in every
 * quote-mark style (dpa „…“, Swiss «…», »…«, English “…”, straight "…") and
 * both orders:
 *
 * - quote first: `„…“, sagte X, Rolle, in Ort.` / `„…“, so X.` / `"…," said X.` / `"…," X said.`
 * - speaker first: `X sagte: „…“` / `X, Rolle, sagte: „…“` / `X said: "…"`
 *
 * The quote must be a whole sentence of the paragraph, and the attribution
 * must end where that sentence ends: it holds no sentence punctuation, so a
 * following sentence can never become part of a role. A partial quote inside
 * a sentence, or speech whose speaker is not named ("sagte er"), stays prose.
 */

/** One quote sentence in a paragraph: offsets into the paragraph's text. */
export interface QuoteMatch {
  /** The sentence: `start` to `end`. */
  start: number;
  end: number;
  /** The quoted words, without the marks: `quoteStart` to `quoteEnd`. */
  quoteStart: number;
  quoteEnd: number;
  by: string;
  /** The rest of the attribution (role, place, occasion), as one visible text. */
  role: string;
}

const marks: [open: string, close: string][] = [
  ['"', '"'],
  ['„', '“'],
  ['«', '»'],
  ['»', '«'],
  ['“', '”'],
];

const verbsAfter =
  'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|schrieb|warnte|ergänzte|fügte hinzu|so|said|says|told reporters|wrote|added|warned';
const verbsBefore = 'sagte|sagt|erklärte|betonte|meinte|schrieb|warnte|said|says|wrote|added|warned';
/** An attribution: no sentence punctuation and no quote marks, so it cannot run into the next sentence. */
const clause = '[^.!?…:;"„“”«»‹›()\\[\\]]{2,160}?';

/** Where a sentence ends: the paragraph's end, or a space before the next sentence's start (a capital, a digit, a quote mark). */
const sentenceEnd = '(?=\\s+["„“«»‹(\\p{Lu}\\d]|\\s*$)';

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

function patterns(open: string, close: string): { after: RegExp; afterSpeakerFirst: RegExp; before: RegExp } {
  const o = escapeRegExp(open);
  const c = escapeRegExp(close);
  // A whole quote starts as a sentence does; "sagte, „ohne Anpassung …“" is a partial quote, prose.
  const inner = `([\\p{Lu}\\d][^${o}${c}]{7,}?)`;
  return {
    // „…“, sagte X, Rolle. — the sentence ends with the clause's period.
    after: new RegExp(`${o}${inner}${c},? (?:${verbsAfter}) (${clause})\\.${sentenceEnd}`, 'yu'),
    // "…," X said.
    afterSpeakerFirst: new RegExp(`${o}${inner}${c},? (${clause}) (?:said|says|sagte|sagt)\\.${sentenceEnd}`, 'yu'),
    // X sagte: „…“ — the quote ends the sentence, with its own final mark or a period after it.
    before: new RegExp(`(${clause}),? (?:${verbsBefore})[:,] ${o}${inner}${c}(\\.?)${sentenceEnd}`, 'yu'),
  };
}

const compiled = marks.map(([open, close]) => patterns(open, close));

/** Words that start a clause but never a name. */
const notNames =
  /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Er|Sie|Es|Wir|Ihr|Man|Am|Im|In|Auf|Bei|Nach|Vor|Mit|Laut|Dies|Diese|Dieser|The|A|An|He|She|It|They|We|On|In|At|After|This)$/;

/** A name: one to four capitalised words, none of them an article or pronoun. */
function isName(part: string): boolean {
  if (!/^(?:\p{Lu}[\p{L}\p{M}.'-]+)(?: (?:\p{Lu}[\p{L}\p{M}.'-]+|von|van|de|der|zu|al|bin)){0,3}$/u.test(part))
    return false;
  return !part.split(' ').some((word) => notNames.test(word)) && !part.includes('.');
}

/** A conjunction with words after it: a second clause ("und forderte die Opposition auf"), not a role. */
const conjunctionClause = /(?:^|\s)(?:und|oder|sowie|aber|and|or|but|et|ou|mais|e|o|ma)\s+\S/iu;
/** A relative pronoun that only starts a clause ("who has led", "qui a dit", "welche …"). */
const relativePronoun =
  /^(?:welche[rsmn]?|deren|dessen|who|whom|whose|which|that|qui|que|dont|lequel|laquelle|lesquels|lesquelles|che|cui|il quale|la quale)\s/iu;
/** A German article that may start a relative clause: "der seit 2021 Kanzler ist" ends on its verb, "der Sprecher des Ministeriums" on a noun. */
const articleStart = /^(?:der|die|das|den|dem)\s/iu;
/** Finite verbs a role never holds (auxiliaries and verbs of saying, in the locales agencies write). */
const verb =
  /(?:^|\s)(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|soll|muss|will|sagte|sagt|erklärte|betonte|forderte|is|are|was|were|has|have|had|will|would|said|says|est|sont|était|ont|avait|è|sono|era|ha|hanno|aveva)(?=\s|$)/iu;
/** A role part is a few words of a noun phrase: longer, or with a clause or a verb, the attribution is ambiguous. */
const roleWords = 5;

/** Whether a part of the attribution reads as a role, place or occasion, not as a clause of the sentence. */
function isRolePart(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > roleWords) return false;
  if (conjunctionClause.test(part) || relativePronoun.test(part) || verb.test(part)) return false;
  return !(articleStart.test(part) && /^\p{Ll}/u.test(words.at(-1) ?? ''));
}

/** A person's name at the end of a part: first name, particles, surname ("Ursula von der Leyen"). */
const nameAtEnd = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'-]+ (?:(?:von|van|de|der|zu|al|bin) )*\p{Lu}[\p{L}\p{M}'-]+)$/u;

/**
 * "DWD-Meteorologin Carla Vennemann", "die balearische Umweltministerin Catalina Riera":
 * the role before the name, split off it.
 */
function roleAndName(part: string): { by: string; role: string } | undefined {
  const match = nameAtEnd.exec(part);
  if (!match) return undefined;
  const by = match[1] as string;
  if (!isName(by)) return undefined;
  const role = part.slice(0, part.length - by.length).trim();
  return { by, role };
}

/** "Carla Vennemann in Offenbach": a name, then where or to whom it was said, which goes with the role. */
const trailing = /^(.+?) ((?:in|im|am|an|auf|bei|vor|nach|gegenüber|von|vom|at|in|on|to|from|of) .+)$/u;

/**
 * Speaker and role from an attribution clause; undefined when no part reads as a name, or when a part of the
 * role is a clause ("…, der seit 2021 Kanzler ist", "… in Berlin und forderte …"): the sentence stays prose.
 * No word is dropped: every word of the attribution but the verb is in `by` or `role`.
 */
function attribution(text: string): { by: string; role: string } | undefined {
  const parts = text.split(/,\s*/).map((part) => part.trim());
  if (parts.some((part) => !part)) return undefined;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    const split = trailing.exec(part);
    const [head, after] = split && roleAndName(split[1] as string) ? [split[1] as string, split[2]] : [part, undefined];
    const who = roleAndName(head);
    if (!who) continue;
    const rest = [
      ...parts.slice(0, index),
      ...(who.role ? [who.role] : []),
      ...(after ? [after] : []),
      ...parts.slice(index + 1),
    ].filter(Boolean);
    if (!rest.every(isRolePart)) return undefined;
    return { by: who.by, role: rest.join(', ') };
  }
  return undefined;
}

/** A period that ends an abbreviation, an initial or an ordinal, not a sentence ("Dr.", "J.", "3. Mai", "u. a."). */
const abbreviation =
  /(?:^|[\s(])(?:Dr|Prof|St|Nr|Mio|Mrd|Abs|Art|bzw|ca|etc|ggf|inkl|vgl|Hr|Fr|Mag|Msgr|Univ|Dept|Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Jr|Sr|No|vs|Co|Inc|\d{1,4}|\p{L})\.$/u;

/** Where sentences of the paragraph may start: its start, and after a sentence's end and a space. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?…]["'“”«»‹›]?\s+(?=["„“«»\p{Lu}])/gu)) {
    if (abbreviation.test(text.slice(0, match.index + 1))) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The first quote sentence of the paragraph at or after `from`. */
export function quoteOf(text: string, from = 0): QuoteMatch | undefined {
  for (const start of sentenceStarts(text)) {
    if (start < from) continue;
    for (const pattern of compiled) {
      for (const form of ['after', 'afterSpeakerFirst'] as const) {
        const regex = pattern[form];
        regex.lastIndex = start;
        const match = regex.exec(text);
        if (!match) continue;
        const quote = match[1] as string;
        // "…, sagte Kantonschemiker Dr. Reto Iten.": the first period is an abbreviation's, not the sentence's end.
        if (abbreviation.test(match[0])) continue;
        const who = attribution(match[2] as string);
        if (!who || quote.trim() !== quote) continue;
        const quoteStart = start + 1;
        // An English quote carries the attribution's comma inside its marks: the comma is not quoted.
        const quoteEnd = quoteStart + quote.replace(/,$/, '').length;
        return { start, end: start + match[0].length, quoteStart, quoteEnd, ...who };
      }
      pattern.before.lastIndex = start;
      const match = pattern.before.exec(text);
      if (match) {
        const quote = match[2] as string;
        const periodAfter = match[3] === '.';
        // The sentence must end: with the quote's own final mark, or a period after the closing mark.
        if (!periodAfter && !/[.!?…]$/.test(quote)) continue;
        const who = attribution((match[1] as string).trim());
        if (!who || quote.trim() !== quote) continue;
        const end = start + match[0].length;
        const quoteEnd = end - (periodAfter ? 2 : 1);
        return { start, end, quoteStart: quoteEnd - quote.length, quoteEnd, ...who };
      }
    }
  }
  return undefined;
}
