/**
 * Steps the engine does in one pass for speed give what the plain forms they
 * replace give (the ids and fences of every document depend on it): a
 * block's id hashes the seed's letters and digits as
 * `seed.replace(/[^\p{L}\p{N}]+/gu, '')` keeps them, and a container's fences
 * are the first and last line as `split(/\r?\n/)` gives them; a date
 * attribute is a real date as `Date.UTC` decides it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../src/engine/attributes.js';
import { createDocument } from '../src/engine/document.js';
import { containerFences } from '../src/engine/restore.js';
import { resolveOptions } from '../src/options.js';

/** The id the engine gave before: FNV-1a, base 36, of the seed with everything but letters and digits taken out. */
function referenceId(prefix: string, seed: string): string {
  const text = seed.replace(/[^\p{L}\p{N}]+/gu, '');
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return `${prefix}-${value.toString(36)}`;
}

function referenceFences(source: string): { open: string; close: string | undefined } {
  const lines = source.split(/\r?\n/);
  const last = lines.length > 1 ? lines.at(-1) : undefined;
  return {
    open: lines[0] ?? '',
    close: last !== undefined && /^[ \t]*:{3,}[ \t]*$/.test(last) ? last.trim() : undefined,
  };
}

const settings = resolveOptions({});
const firstId = (seed: string) => createDocument(settings, 'de-CH', []).nextId('nr-x', seed);

/** Seeds as authors write them: prose with umlauts, digits, punctuation, emoji, lone surrogates and NUL. */
const seed = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom('Zürich', ' ', '«', '»', '10:30', '—', '😀', '\uD800', '\uDC00', 'ß', '٣', 'Ⅻ', '\0', 'e\u0301'),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join('')),
);

describe('block ids', () => {
  it.each([
    ['Die Lage im Überblick', 'Die Lage im Überblick'],
    ['emoji and marks', '„Wir bleiben“ 😀 — 10:30 Uhr'],
    ['only punctuation', ' … – '],
    ['lone surrogates', 'a\uD800b\uDC00c'],
  ])('%s: the same id as the reference', (_name, text) => {
    expect(firstId(text)).toBe(referenceId('nr-x', text));
  });

  it('any seed: the same id as the reference', () => {
    fc.assert(
      fc.property(seed, (text) => firstId(text) === referenceId('nr-x', text)),
      { numRuns: 2000 },
    );
  });

  it('a second block with the same seed is counted', () => {
    const doc = createDocument(settings, 'de-CH', []);
    expect([doc.nextId('nr-x', 'A b'), doc.nextId('nr-x', 'Ab')]).toEqual([
      referenceId('nr-x', 'Ab'),
      `${referenceId('nr-x', 'Ab')}-2`,
    ]);
  });
});

describe('container fences', () => {
  const line = fc.oneof(
    fc.constantFrom(':::', '::::', ' ::: ', ':::quote{by="A"}', '\t:::\t', '::', ''),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const breakText = fc.constantFrom('\n', '\r\n', '\r', '\r\r\n');
  const source = fc
    .array(fc.tuple(line, breakText), { maxLength: 6 })
    .chain((parts) => line.map((last) => parts.map(([text, end]) => text + end).join('') + last));

  it.each([
    [':::summary\n- a\n:::'],
    [':::summary\r\n- a\r\n:::'],
    [':::summary'],
    [':::summary\n- a\n:::\r'],
    [':::summary\r\r\n:::'],
  ])('%j: the first and last line as split gives them', (text) => {
    expect(containerFences(text)).toEqual(referenceFences(text));
  });

  it('any source: the same lines as the reference', () => {
    fc.assert(
      fc.property(source, (text) => {
        expect(containerFences(text)).toEqual(referenceFences(text));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The date check the engine did before: the pattern, then a `Date` built from the parts (years 0–99 are 1900–1999). */
const isoPattern =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;
function referenceIsIsoDate(value: string): boolean {
  if (!isoPattern.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('ISO dates', () => {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  const date = fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 100, 1900, 2000, 2024, 2100, 2400)),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.constantFrom('', 'T09:15', 'T09:15+02:00', 'T23:59:59.5Z', 'T24:00', 'x'),
    )
    .map(([year, month, day, time]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${time}`);

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['0000-02-29', false],
    ['2024-04-31', false],
    ['2024-06-19T09:15+02:00', true],
    ['2024-6-19', false],
  ])('%s: %s, as the reference', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
    expect(referenceIsIsoDate(value)).toBe(expected);
  });

  it('any date-shaped value: the same answer as the reference', () => {
    fc.assert(
      fc.property(fc.oneof(date, fc.string()), (value) => isIsoDate(value) === referenceIsIsoDate(value)),
      { numRuns: 5000 },
    );
  });
});
