/**
 * vfile-reporter's text report of one file with `quiet` (what `newsroom
 * check` prints), without its cost. vfile-reporter measures every cell twice
 * with string-width, which builds an `Intl.Segmenter` per cell and an emoji
 * pattern per character: 0.7–1.2 ms for a file with two messages, more than
 * the rest of the report. Here a cell of printable ASCII is as wide as it is
 * long, and other cells are measured with string-width once each (the same
 * reasons come back file after file). The rows are vfile-reporter 8's, with
 * its own sorting, positions and statistics; a message with a cause or a
 * reason of several lines goes to vfile-reporter itself.
 * `test/report-text.test.ts` compares the two on generated messages.
 */
import stringWidth from 'string-width';
import { stringifyPosition } from 'unist-util-stringify-position';
import type { VFile } from 'vfile';
import reporter from 'vfile-reporter';
import { compareMessage } from 'vfile-sort';
import { statistics } from 'vfile-statistics';

type VFileMessage = VFile['messages'][number];

export interface ReportOptions {
  color: boolean;
  /** The name when the file has no path. */
  defaultName: string;
}

interface Colors {
  bold: string;
  normalIntensity: string;
  underline: string;
  noUnderline: string;
  red: string;
  yellow: string;
  cyan: string;
  green: string;
  defaultColor: string;
}

const ansi: Colors = {
  bold: '\u001B[1m',
  normalIntensity: '\u001B[22m',
  underline: '\u001B[4m',
  noUnderline: '\u001B[24m',
  red: '\u001B[31m',
  yellow: '\u001B[33m',
  cyan: '\u001B[36m',
  green: '\u001B[32m',
  defaultColor: '\u001B[39m',
};
const plain: Colors = Object.fromEntries(Object.keys(ansi).map((key) => [key, ''])) as unknown as Colors;

const lineEnding = /\r?\n|\r/;
const printableAscii = /^[\u0020-\u007e]*$/;

/** Widths of the cells that are not printable ASCII; cleared when full, so memory stays flat. */
const measured = new Map<string, number>();

/** string-width's width of a cell (ANSI colors count nothing). */
export function cellWidth(cell: string): number {
  if (printableAscii.test(cell)) return cell.length;
  let width = measured.get(cell);
  if (width === undefined) {
    width = stringWidth(cell);
    if (measured.size >= 10_000) measured.clear();
    measured.set(cell, width);
  }
  return width;
}

/** The report of one file, as `reporter([file], { quiet: true, color, defaultName })` prints it. */
export function reportFile(file: VFile, options: ReportOptions): string {
  const unusual = file.stored || file.messages.some((message) => message.cause || lineEnding.test(reasonOf(message)));
  if (unusual) return reporter([file], { quiet: true, color: options.color, defaultName: options.defaultName });
  const colors = options.color ? ansi : plain;
  const messages = [...file.messages].sort(compareMessage);
  if (messages.length === 0) return '';
  const stats = statistics(messages);
  const rows = messages.map((message) => messageRow(colors, message));
  const lines = [fileLine(colors, file, options.defaultName), ...serializeRows(rows)];
  if (stats.fatal || stats.warn) lines.push('', byline(colors, stats));
  return lines.join('\n');
}

function reasonOf(message: VFileMessage): string {
  return message.stack || message.message;
}

function fileLine(colors: Colors, file: VFile, defaultName: string): string {
  const stats = statistics(file.messages);
  const name = file.history[0] || defaultName || '<stdin>';
  const color = stats.fatal ? colors.red : stats.total ? colors.yellow : colors.green;
  return `${colors.underline}${color}${name}${colors.defaultColor}${colors.noUnderline}`.trimEnd();
}

function messageRow(colors: Colors, message: VFileMessage): string[] {
  const label = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
  // vfile-message keeps the old name too.
  const place = message.place || (message as { position?: VFileMessage['place'] }).position;
  return [
    stringifyPosition(place),
    `${label === 'error' ? colors.red : colors.yellow}${label}${colors.defaultColor}`,
    formatReason(colors, reasonOf(message)),
    message.ruleId || '',
    message.source || '',
  ];
}

/** Cells padded to the widest in their column, one space apart, trailing space dropped. */
function serializeRows(rows: string[][]): string[] {
  const sizes: number[] = [];
  const widths = rows.map((row) =>
    row.map((cell, index) => {
      const width = cellWidth(cell);
      if (width > (sizes[index] ?? 0)) sizes[index] = width;
      return width;
    }),
  );
  return rows.map((row, rowIndex) => {
    let line = '';
    row.forEach((cell, index) => {
      line += cell + ' '.repeat((sizes[index] ?? 0) + 1 - (widths[rowIndex]?.[index] ?? 0));
    });
    return line.trimEnd();
  });
}

/** Code in backticks shown in cyan, the reason in bold (with color). */
function formatReason(colors: Colors, reason: string): string {
  const splits: { index: number; size: number }[] = [];
  let index = reason.indexOf('`');
  while (index !== -1) {
    const split = { index, size: 1 };
    splits.push(split);
    while (reason.codePointAt(index + 1) === 96) {
      split.size++;
      index++;
    }
    index = reason.indexOf('`', index + 1);
  }
  const result: string[] = [];
  let textStart = 0;
  for (let open = 0; open < splits.length; open++) {
    const opening = splits[open] as { index: number; size: number };
    const closeIndex = splits.findIndex((split, at) => at > open && split.size === opening.size);
    const close = splits[closeIndex];
    if (close) {
      const codeEnd = close.index + close.size;
      result.push(
        reason.slice(textStart, opening.index) +
          colors.cyan +
          reason.slice(opening.index, codeEnd) +
          colors.defaultColor,
      );
      textStart = codeEnd;
      open = closeIndex;
    }
  }
  result.push(reason.slice(textStart));
  return colors.bold + result.join('') + colors.normalIntensity;
}

function byline(colors: Colors, stats: ReturnType<typeof statistics>): string {
  let result = '';
  if (stats.fatal) {
    result = `${colors.red}✖${colors.defaultColor} ${stats.fatal} error${stats.fatal === 1 ? '' : 's'}`;
  }
  if (stats.warn) {
    result = `${result ? `${result}, ` : ''}${colors.yellow}⚠${colors.defaultColor} ${stats.warn} warning${stats.warn === 1 ? '' : 's'}`;
  }
  if (stats.total !== stats.fatal && stats.total !== stats.warn) result = `${stats.total} messages (${result})`;
  return result;
}
