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

  const convert = (text: string): string => {
    let out = '';
    const chars = Array.from(text.replaceAll('...', '…').replaceAll('---', '—').replaceAll('--', '–'));
    for (let index = 0; index < chars.length; index++) {
      const char = chars[index] as string;
      const next = chars[index + 1];
      const atOpening = previous === undefined || openingContext.test(previous);
      let result = char;
      // Straight and curly marks alike are placed by context, so text that
      // already has German „…“ or English “…” keeps them right.
      if (char === '"' || char === '“' || char === '”') {
        result = atOpening ? marks.double[0] : marks.double[1];
      } else if (char === "'" || char === '‘' || char === '’') {
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
      out += result;
      // Stand-ins keep the context simple: an opening mark opens, any other mark closes.
      previous = result === char ? char : isOpening(result, marks) ? '(' : 'a';
    }
    return out;
  };

  return segments.map((segment) => {
    if (segment.skip) {
      if (segment.value) previous = segment.value.at(-1);
      return segment.value;
    }
    let out = '';
    let last = 0;
    for (const match of segment.value.matchAll(urlLike)) {
      out += convert(segment.value.slice(last, match.index));
      out += match[0];
      previous = match[0].at(-1);
      last = match.index + match[0].length;
    }
    return out + convert(segment.value.slice(last));
  });
}

function isOpening(mark: string, marks: { double: [string, string]; single: [string, string] }): boolean {
  return mark === marks.double[0] || mark === marks.single[0];
}
