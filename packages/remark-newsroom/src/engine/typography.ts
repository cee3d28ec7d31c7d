import { type Locale, type TypographyRules, typographyRules } from '../locales.js';

/** A piece of one inline run; `skip` pieces (code, URLs) are kept as written. */
export interface RunSegment {
  value: string;
  skip?: boolean;
}

/**
 * Bare URLs and e-mail addresses inside prose: left as written. Each
 * alternative may only start where its run of name characters starts (the
 * lookbehinds), so a long word is scanned once, not once per letter.
 */
const urlLike =
  /(?<![a-z\d+.-])[a-z][a-z\d+.-]*:\/\/[^\s<>]+|(?<![\w.+-])www\.[^\s<>]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** What every match of {@link urlLike} contains: most prose has none, and the lookbehinds cost. */
const mayHoldUrl = /:\/\/|www\.|@/i;

/** Every quote mark an author or an earlier smartypants pass may have typed, in any of our locales. */
export const quoteMarkCharacters = `"“”„«»'‘’‚‹›`;
const doubleMarks = new Set(['"', '“', '”', '„', '«', '»']);
/** Marks that only ever open, in every locale we know. */
const alwaysOpening = new Set(['„', '‚']);
/** Single marks that may be an apostrophe. */
const apostropheLike = new Set(["'", '‘', '’']);
const highPunctuation = new Set([';', ':', '?', '!']);

/** The whole character (code point) before `index`. */
function characterBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

/** The whole character (code point) at `index`, if any. */
function characterAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

const openingContext = /[\s([{\u2010-\u2015\-/]/u;
/** Punctuation a quote may follow without a space. */
const gluedOpeningContext = new Set([':', '=']);
const wordChar = /[\p{L}\p{N}]/u;
const space = /[ \u00A0\u202F]/;
const startsQuotedText = /[\p{L}\p{N}\p{Pi}\p{Ps}"'„‚«‹…\-–—¿¡$€£#@*_]/u;
/** A hyphen with one space on each side, between two things that are not spaces or hyphens. */
const spacedHyphen = /(?<=[^\s-]) - (?=[^\s-])/g;

/** What one locale's typography may change in a text: a cheap test before the work. */
export function typographyTrigger(rules: TypographyRules): string {
  const parts = [`[${quoteMarkCharacters}]`, '--', '\\.\\.\\.'];
  if (rules.spacedHyphenIsDash) parts.push(' - ');
  const punctuation = Object.keys(rules.spaceBefore).join('');
  if (punctuation) parts.push(rules.insertSpaceBefore ? `[${punctuation}]` : `\\s[${punctuation}]`);
  return parts.join('|');
}

/** Per locale, built once: what may change (a quick test), and the characters placed by context. */
const patterns = new Map<Locale, { trigger: RegExp; marks: RegExp }>();
function patternsFor(locale: Locale): { trigger: RegExp; marks: RegExp } {
  let found = patterns.get(locale);
  if (!found) {
    const rules = typographyRules[locale];
    found = {
      trigger: new RegExp(typographyTrigger(rules), 'u'),
      marks: new RegExp(`[${quoteMarkCharacters}${Object.keys(rules.spaceBefore).join('')}]`, 'g'),
    };
    patterns.set(locale, found);
  }
  return found;
}

/**
 * Locale typography for one inline run (a paragraph, heading or table cell,
 * across its emphasis and links): quotes „…“ / «…» / “…” and their inner
 * pairs, the apostrophe ’, `--` → –, `---` → —, `...` → …, a spaced hyphen
 * between words → spaced en dash where the locale wants one, and the locale's
 * spaces inside quote marks and before `; : ? !`. Quote marks typed in any
 * convention (straight, English curly, „…“, «…») are placed by context, so
 * they are never doubled. `level` is how many quotes already hold the run: 1
 * inside a quote block whose marks the engine adds, so its quotes are inner.
 * Returns the new values, one per segment.
 */
export function typographize(segments: RunSegment[], locale: Locale, level = 0): string[] {
  const rules = typographyRules[locale];
  const { outer, inner } = rules.quotes;
  // Nesting alternates: a quote in a quote gets the inner pair, one in that the outer pair again.
  const doublePair = level % 2 === 0 ? outer : inner;
  const singlePair = level % 2 === 0 ? inner : outer;
  const { trigger, marks } = patternsFor(locale);
  let previous: string | undefined;
  let openSingles = 0;
  let openDoubles = 0;

  const withSpaceBefore = (char: string, before: string | undefined, next: string | undefined): string | undefined => {
    const wanted = rules.spaceBefore[char as ';'];
    if (wanted === undefined || !rules.insertSpaceBefore || before === undefined || space.test(before)) return;
    // After a word or a closing mark, before a space or the end: `Quoi?` but not `10:30`, `?!` or `a:b`.
    if (!(wordChar.test(before) || /[)\]»”’“›]/.test(before))) return;
    if (next !== undefined && (wordChar.test(next) || (highPunctuation.has(next) && char === ':'))) return;
    return wanted + char;
  };

  // Only quote marks and high punctuation depend on context; the text between them is copied as is.
  const convert = (text: string): string => {
    let source = text.replaceAll('...', '…').replaceAll('---', '—').replaceAll('--', '–');
    if (rules.spacedHyphenIsDash) source = source.replace(spacedHyphen, ' – ');
    let out = '';
    let last = 0;
    for (const match of source.matchAll(marks)) {
      const index = match.index;
      const char = match[0];
      if (index > last) previous = characterBefore(source, index);
      const next = characterAt(source, index + 1);
      if (highPunctuation.has(char)) {
        const typedSpace = index > last && space.test(source.charAt(index - 1)) && index - 1 > 0;
        const wanted = rules.spaceBefore[char as ';'];
        if (typedSpace && wanted !== undefined && !space.test(source.charAt(index - 2))) {
          out += source.slice(last, index - 1) + wanted + char;
        } else {
          out += source.slice(last, index) + (withSpaceBefore(char, previous, next) ?? char);
        }
        previous = char;
        last = index + 1;
        continue;
      }
      // Glued to `:` or `=` with quoted text after it (`sagte:"Ja"`, `id="1"`), a mark opens as after a space.
      const glued =
        previous !== undefined &&
        gluedOpeningContext.has(previous) &&
        next !== undefined &&
        startsQuotedText.test(next);
      const atOpening = previous === undefined || openingContext.test(previous) || glued;
      // A mark after a space that no quoted text follows (`« Bonjour »?`) closes when a quote is open.
      const beforeSpace = next === undefined || !startsQuotedText.test(next);
      let result: string;
      let opens = false;
      if (doubleMarks.has(char)) {
        // Placed by context, so text that already has „…“, «…» or “…” keeps them right;
        // a mark between spaces (« Bonjour ») closes when a quote is open.
        opens = alwaysOpening.has(char) || (atOpening && !(beforeSpace && openDoubles > 0));
        if (opens) openDoubles++;
        else if (openDoubles > 0) openDoubles--;
        result = opens ? doublePair[0] : doublePair[1];
      } else {
        const betweenWords =
          previous !== undefined && wordChar.test(previous) && next !== undefined && wordChar.test(next);
        const apostrophe = apostropheLike.has(char);
        if (apostrophe && (betweenWords || (next !== undefined && /\d/.test(next) && atOpening))) {
          result = '’';
        } else if (alwaysOpening.has(char) || (atOpening && !(beforeSpace && openSingles > 0))) {
          openSingles++;
          opens = true;
          result = singlePair[0];
        } else if (openSingles > 0) {
          openSingles--;
          result = singlePair[1];
        } else {
          result = apostrophe ? '’' : singlePair[1];
        }
      }
      let before = source.slice(last, index);
      if (result === outer[1] && rules.quoteSpace) {
        // « Bonjour » → «\u202FBonjour\u202F»: a typed space becomes the locale's, none is added twice.
        const trimmed = before.replace(/[ \u00A0\u202F]+$/, '');
        const spaceBeforeRun = trimmed === '' && index === last && previous !== undefined && space.test(previous);
        before = spaceBeforeRun ? trimmed : `${trimmed}${rules.quoteSpace}`;
      }
      out += before + result;
      last = index + 1;
      if (result === outer[0] && rules.quoteSpace) {
        out += rules.quoteSpace;
        while (last < source.length && space.test(source.charAt(last))) last++;
      }
      // Stand-ins keep the context simple: an opening mark opens, any other mark closes.
      previous = opens ? '(' : result === '’' ? 'a' : ')';
    }
    if (last < source.length) previous = characterBefore(source, source.length);
    return out + source.slice(last);
  };

  return segments.map((segment) => {
    // Most text has nothing to change: only its last character matters to what follows.
    if (segment.skip || !trigger.test(segment.value)) {
      if (segment.value) previous = characterBefore(segment.value, segment.value.length);
      return segment.value;
    }
    if (!mayHoldUrl.test(segment.value)) return convert(segment.value);
    let out = '';
    let last = 0;
    for (const match of segment.value.matchAll(urlLike)) {
      out += convert(segment.value.slice(last, match.index));
      out += match[0];
      previous = characterBefore(match[0], match[0].length);
      last = match.index + match[0].length;
    }
    return out + convert(segment.value.slice(last));
  });
}
