/**
 * The command's flags as one table: `parseArgs` reads its options from it
 * and `--help` prints its lines from it, so a flag cannot be in one and not
 * the other. The format and locale lists are the ones the checks use.
 */
import { locales } from 'remark-newsroom/engine';

/** One flag: what `parseArgs` needs, and its value and line for `--help`. */
export interface Flag {
  type: 'string' | 'boolean';
  short?: string;
  /** The value as `--help` shows it, e.g. `<file>`. */
  value?: string;
  help: string;
}

/** The formats `newsroom import` reads. */
export const importFormats = ['text', 'ninjs', 'newsml'] as const;
/** The formats `newsroom check` reports in. */
export const reportFormats = ['text', 'json'] as const;

/** "a, b or c": a list as the error lines and `--help` name it. */
export function oneOf(list: readonly string[]): string {
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '');
}

export const importFlags = {
  output: { type: 'string', short: 'o', value: '<file>', help: 'write the Markdown to a new file instead of stdout' },
  force: { type: 'boolean', help: 'with -o: replace the file if it exists (never the input)' },
  format: {
    type: 'string',
    value: `<${importFormats.join('|')}>`,
    help: "the input's format (default: from its start: JSON is ninjs, XML NewsML-G2)",
  },
  quotes: { type: 'boolean', help: 'direct quotes with their attribution become quote blocks' },
  title: { type: 'string', value: '<text>', help: "the headline (instead of the copy's first line)" },
  published: {
    type: 'string',
    value: '<iso>',
    help: 'publication date and time, e.g. 2024-06-18T22:30:00+02:00',
  },
  modified: { type: 'string', value: '<iso>', help: 'last change' },
  'correction-date': {
    type: 'string',
    value: '<date>',
    help: 'the date of a "Korrektur:" notice (default: --modified)',
  },
  teaser: {
    type: 'string',
    value: '<text>',
    help: 'the teaser, when the copy has none (its text starts with the dateline)',
  },
  locale: {
    type: 'string',
    value: '<locale>',
    help: `instead of guessing from the language (${locales.join(', ')})`,
  },
  'poll-id': { type: 'string', value: '<id>', help: 'the Civey poll the methodology note belongs to' },
  'poll-title': { type: 'string', value: '<text>', help: "the poll's question" },
  'poll-example': { type: 'boolean', help: 'mark the poll as an example' },
  summary: { type: 'string', value: '<file>', help: 'Markdown list of key points for a summary box' },
  'topic-href': { type: 'string', value: '<path>', help: 'where the topic line links (default /themen/<topic>)' },
  'trust-href': {
    type: 'string',
    value: '<path>',
    help: 'the editorial standards page (default /so-arbeitet-die-redaktion)',
  },
} as const satisfies Record<string, Flag>;

export const checkFlags = {
  format: {
    type: 'string',
    value: `<${reportFormats.join('|')}>`,
    help: "the report's format (default text)",
  },
  strict: { type: 'boolean', help: 'warnings fail too' },
  locale: {
    type: 'string',
    value: '<locale>',
    help: `default locale of articles without one in frontmatter (${locales.join(', ')})`,
  },
} as const satisfies Record<string, Flag>;

/** The `--help` lines of a table: the flag and its value in one column, what it does in the next. */
export function flagLines(flags: Record<string, Flag>): string {
  const rows = Object.entries(flags).map(([name, flag]) => [
    `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`,
    flag.help,
  ]);
  const width = Math.max(...rows.map(([left]) => (left as string).length)) + 2;
  return rows.map(([left, right]) => `  ${(left as string).padEnd(width)}${right}`).join('\n');
}
