import type { Locale } from '../locales.js';
import type { ResolvedOptions } from '../settings.js';
import type { Diagnostic, DocumentContext, HeadingEntry, NewsroomRecord, UpdateRecord } from './types.js';

/** A fresh record for one document. */
export function createRecord(locale: Locale): NewsroomRecord {
  return { locale, blocks: 0, quotes: [], polls: [], corrections: [], credits: [], trust: [], updates: [] };
}

/** The state one document's blocks share: locale, labels, record, ids, diagnostics. */
export function createDocument(
  options: ResolvedOptions,
  locale: Locale,
  headings: HeadingEntry[],
  updates: UpdateRecord[] = [],
): DocumentContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const counters = new Map<string, number>();
  return {
    locale,
    labels: options.labels[locale],
    base: options.base,
    record: createRecord(locale),
    headings,
    updates,
    diagnostics,
    report(diagnostic) {
      diagnostics.push(diagnostic);
    },
    nextId(prefix, seed) {
      // Derived from the content (letters and digits only, so typography and
      // whitespace do not matter): two documents on one page, or two components,
      // rarely collide, and the same input gives the same id on every front end.
      const base = `${prefix}-${letterHash(seed)}`;
      const count = (counters.get(base) ?? 0) + 1;
      counters.set(base, count);
      return count === 1 ? base : `${base}-${count}`;
    },
  };
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;
/**
 * What the pattern said of each character above ASCII seen so far (umlauts,
 * accents, quote marks): a lookup, not a pattern run and a one-character
 * string per character. Bounded: the cache starts over past 4,096 entries.
 */
const isLetterOrDigit = new Map<number, boolean>();
function letterOrDigitAt(seed: string, index: number, width: number): boolean {
  const code = seed.codePointAt(index) as number;
  let known = isLetterOrDigit.get(code);
  if (known === undefined) {
    known = letterOrDigit.test(seed.slice(index, index + width));
    if (isLetterOrDigit.size >= 4096) isLetterOrDigit.clear();
    isLetterOrDigit.set(code, known);
  }
  return known;
}

/**
 * FNV-1a, base 36, of the seed's letters and digits only: short, stable ids.
 * One pass over the seed, ASCII decided by its code and only other characters
 * by a pattern — the same value as hashing `seed.replace(/[^\p{L}\p{N}]+/gu, '')`
 * (test/single-pass.test.ts), without building that string for every block.
 */
function letterHash(seed: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    const code = seed.charCodeAt(index);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (!((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a))) continue;
      value = Math.imul(value ^ code, 0x01000193) >>> 0;
      continue;
    }
    // A whole character: a surrogate pair counts (and is hashed) as both its halves.
    const width = (seed.codePointAt(index) as number) > 0xffff ? 2 : 1;
    if (letterOrDigitAt(seed, index, width)) {
      for (let unit = index; unit < index + width; unit++) {
        value = Math.imul(value ^ seed.charCodeAt(unit), 0x01000193) >>> 0;
      }
    }
    index += width - 1;
  }
  return value.toString(36);
}

/** `3:1  poll is missing id  [missing-attribute]`, the line every front end prints. */
export function formatDiagnostic(diagnostic: Diagnostic, file?: string): string {
  const start = diagnostic.position?.start;
  const place = start ? `${start.line}:${start.column}` : '';
  const where = file ? (place ? `${file}:${place}` : file) : place;
  return `${where ? `${where}  ` : ''}${diagnostic.message}  [${diagnostic.ruleId}]`;
}

/** "1 problem", "3 problems": how a strict error counts them (here and in astro-newsroom's build error). */
export function problemCount(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
}

/** The error `strict` throws: every problem, one per line. */
export class StrictModeError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[], file?: string) {
    super(
      `remark-newsroom (strict): ${problemCount(diagnostics.length)}${file ? ` in ${file}` : ''}\n${diagnostics
        .map((d) => `  ${formatDiagnostic(d, file)}`)
        .join('\n')}`,
    );
    this.name = 'StrictModeError';
    this.diagnostics = diagnostics;
  }
}
