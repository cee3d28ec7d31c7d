/**
 * `newsroom check` prints each file's report with src/report-text.ts, which
 * must print what vfile-reporter prints (`quiet`, with and without color):
 * generated files of messages with every kind of cell — wide, ambiguous and
 * combining characters, emoji, control characters, backticks, no place,
 * errors, warnings and infos, causes and reasons of several lines.
 */
import fc from 'fast-check';
import { VFile } from 'vfile';
import reporter from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { cellWidth, reportFile } from '../src/report-text.js';

const pieces = [
  'frontmatter',
  ' ',
  '`published`',
  '`',
  '``',
  'x',
  'Grüße',
  '…',
  '„Zitat“',
  '–',
  '漢字',
  'ｶ',
  '😀',
  '👩‍👩‍👧',
  '1️⃣',
  '#',
  '©',
  'e\u0301',
  '\u0007',
  '\u001b[31m',
  '\t',
  ':::quote',
  '10:30',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
const point = fc.record({ line: fc.integer({ min: 1, max: 2000 }), column: fc.integer({ min: 1, max: 200 }) });

const message = fc.record({
  reason: fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: text.map((t) => `${t}\nnext line`) }),
  place: fc.option(fc.oneof(point, fc.record({ start: point, end: point })), { nil: undefined }),
  fatal: fc.constantFrom(true, false, undefined),
  ruleId: fc.option(fc.constantFrom('invalid-frontmatter', 'unknown-block', 'x'), { nil: undefined }),
  source: fc.option(fc.constantFrom('newsroom-check', 'remark-newsroom', 'ü'), { nil: undefined }),
  cause: fc.option(fc.constant(new Error('inner')), { freq: 8, nil: undefined }),
});

type Generated = typeof message extends fc.Arbitrary<infer T> ? T : never;

function fileWith(path: string, messages: Generated[]): VFile {
  const file = new VFile({ path });
  for (const m of messages) {
    const made = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source, cause: m.cause });
    made.fatal = m.fatal;
  }
  return file;
}

describe('the report of one file', () => {
  it('is what vfile-reporter prints, with and without color', () => {
    const path = fc.constantFrom('artikel.md', 'content/news/ü.md', 'a b.md');
    fc.assert(
      fc.property(path, fc.array(message, { minLength: 1, maxLength: 6 }), fc.boolean(), (name, messages, color) => {
        const file = fileWith(name, messages);
        expect(reportFile(file, { color, defaultName: name })).toBe(
          reporter([file], { quiet: true, color, defaultName: name }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('measures cells as string-width does', () => {
    expect(cellWidth('1:1-4:4')).toBe(7);
    expect(cellWidth('漢字 a')).toBe(6);
    expect(cellWidth('e\u0301…')).toBe(2);
    expect(cellWidth('😀')).toBe(2);
    expect(cellWidth('\u001b[31merror\u001b[39m')).toBe(5);
  });
});
