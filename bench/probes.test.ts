/**
 * Every probe under probes/ runs and prints the figures the Performance page
 * names next to it: each at a tiny size (a probe that rots fails here).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bench = dirname(fileURLToPath(import.meta.url));

/** Runs a probe as its README line says (Node's type stripping), and returns what it printed. */
const runProbe = (file: string, args: string[]) =>
  execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join('probes', file), ...args], {
    cwd: bench,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** The number in the table row that starts with `label`, for each `|`-separated cell after it. */
const rowNumbers = (output: string, label: string): number[] => {
  const row = output.split('\n').find((line) => line.startsWith(`| ${label}`));
  expect(row, `a row "${label}" in:\n${output}`).toBeDefined();
  return (row ?? '')
    .split('|')
    .slice(2)
    .flatMap((cell) => cell.split('/'))
    .filter((cell) => cell.trim())
    .map(Number);
};

/** Probes and what each must print: the rows of its table (tiny sizes, so no value is checked, only that it is a number). */
const probes: Record<string, { args: string[]; rows: string[] }> = {
  'crowded-paragraph.ts': {
    args: ['--sizes=20,80', '--total=160', '--rounds=1'],
    rows: [
      'no-op plugin (control)',
      'one replaceNode per directive, a new text node',
      "one replaceNode per directive, a node referencing the directive's children",
      'the paragraph replaced once, every child a new node',
      "the paragraph replaced once, its texts kept as references to Sätteri's nodes",
    ],
  },
  'satteri-visitors.ts': {
    args: ['--articles=4', '--rounds=1'],
    rows: [
      'empty visitors on no node type (positions on), per article',
      'empty visitors on every node type, per article',
      'empty visitors on all but text, per article',
      'empty visitors on paragraph only, per article',
      'empty visitors on text only, per article',
      'empty visitors on container directives only (none in prose), per article',
      'a block replaced by a tree of 6 elements and 6 texts, per block',
      'a block replaced by 6 elements and 4 texts, per block',
      'a block replaced by 1 element and 1 text, per block',
      'a block replaced by one html node, per block',
    ],
  },
};

describe('the probes', () => {
  it('are all listed here', () => {
    const files = readdirSync(join(bench, 'probes')).filter((file) => file.endsWith('.ts') && file !== 'args.ts');
    expect(files.filter((file) => !(file in probes) && file !== 'block-cost.ts').sort()).toEqual([]);
    expect(files).toContain('block-cost.ts');
  });

  for (const [file, { args, rows }] of Object.entries(probes)) {
    it(`${file} prints its figures`, { timeout: 120_000 }, () => {
      const output = runProbe(file, args);
      for (const label of rows) {
        const numbers = rowNumbers(output, label);
        expect(numbers.length, label).toBeGreaterThan(0);
        for (const value of numbers) expect(Number.isFinite(value), `${label}: ${value}`).toBe(true);
      }
    });
  }

  // BLOCKCOST's probe prints lines, not a table: per section, a line per block type with a figure per build.
  it('block-cost.ts prints each section with a figure per block type', { timeout: 300_000 }, () => {
    const output = runProbe('block-cost.ts', ['--rounds=1', '--articles=2']);
    const sections = output.split('\n\n');
    const named = (title: string) => sections.find((section) => section.includes(title)) ?? '';
    for (const title of ['satteri: the whole render', 'unified: the whole render', 'our pass alone', 'a block alone']) {
      const section = named(title);
      expect(section, `a section "${title}" in:\n${output}`).not.toBe('');
      for (const type of ['topic', 'summary', 'quote', 'poll', 'credit', 'correction', 'trust']) {
        expect(section, `${title}: ${type}`).toMatch(new RegExp(`^${type} +.*build[: ]+-?\\d`, 'm'));
      }
    }
  });

  it('refuses an option that is not a number, in one line', () => {
    let stderr = '';
    try {
      runProbe('crowded-paragraph.ts', ['--sizes=many']);
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr);
    }
    expect(stderr.trim()).toBe('--sizes takes positive numbers separated by commas, got --sizes=many');
  });
});
