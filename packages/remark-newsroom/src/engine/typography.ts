import { type Locale, quoteMarks } from '../locales.js';

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

const quoteMark = /["“”'‘’]/g;

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

/** What typography rewrites; text without any of it is left as is. */
const changes = /["'“”‘’]|--|\.\.\./;

const openingContext = /[\s([{\u2010-\u2015\-/]/u;
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Locale typography for one inline run (a paragraph, heading or table cell,
 * across its emphasis and links): quotes „…“ / «…» / “…”, single quotes, the
 * apostrophe ’, `--` → –, `---` → —, `...` → …. Accepts straight quotes and
 * the English curly quotes other smartypants passes already produced.
 * Returns the new values, one per segment.
 */
export function typographize(segments: RunSegment[], locale: Locale): string[] {
  const marks = quoteMarks[locale];
  let previous: string | undefined;
  let openSingles = 0;

  // Only quote marks depend on context; the text between them is copied as is.
  const convert = (text: string): string => {
    const source = text.replaceAll('...', '…').replaceAll('---', '—').replaceAll('--', '–');
    let out = '';
    let last = 0;
    for (const match of source.matchAll(quoteMark)) {
      const index = match.index;
      const char = match[0];
      if (index > last) previous = characterBefore(source, index);
      const next = characterAt(source, index + 1);
      const atOpening = previous === undefined || openingContext.test(previous);
      let result: string;
      // Straight and curly marks alike are placed by context, so text that
      // already has German „…“ or English “…” keeps them right.
      if (char === '"' || char === '“' || char === '”') {
        result = atOpening ? marks.double[0] : marks.double[1];
      } else {
        const betweenWords =
          previous !== undefined && wordChar.test(previous) && next !== undefined && wordChar.test(next);
        if (betweenWords || (next !== undefined && /\d/.test(next) && atOpening)) {
          result = '’';
        } else if (atOpening) {
          openSingles++;
          result = marks.single[0];
        } else if (openSingles > 0) {
          openSingles--;
          result = marks.single[1];
        } else {
          result = '’';
        }
      }
      out += source.slice(last, index) + result;
      // Stand-ins keep the context simple: an opening mark opens, any other mark closes.
      previous = result === char ? char : isOpening(result, marks) ? '(' : 'a';
      last = index + 1;
    }
    if (last < source.length) previous = characterBefore(source, source.length);
    return out + source.slice(last);
  };

  return segments.map((segment) => {
    // Most text has nothing to change: only its last character matters to what follows.
    if (segment.skip || !changes.test(segment.value)) {
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

function isOpening(mark: string, marks: { double: [string, string]; single: [string, string] }): boolean {
  return mark === marks.double[0] || mark === marks.single[0];
}
