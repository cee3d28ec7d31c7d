/**
 * The `newsroom` command: `newsroom import` and `newsroom check`. User
 * mistakes (a missing file, unknown input, a wrong flag) end with one clear
 * line and exit code 2, never a stack trace.
 */
import { closeSync, constants, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from 'remark-newsroom';
import { locales } from 'remark-newsroom/engine';
import { check } from './check.js';
import { isIsoDate } from './dates.js';
import { FileError, fileErrorLine } from './files.js';
import { checkFlags, flagLines, importFlags, importFormats, oneOf, reportFormats } from './flags.js';
import type { ImportOptions } from './import.js';
import { decodeCopy, decodeText, detectFormat, type Format, InputError } from './input.js';
import { CopyError, importCopy } from './read.js';

const help = `newsroom — agency copy to newsroom Markdown, and checks without a build

Usage
  newsroom import <file|-> [options]   agency copy (text, IPTC ninjs, NewsML-G2) → Markdown on stdout
  newsroom check <paths…> [options]    the build's diagnostics for Markdown files and folders

Import options
${flagLines(importFlags)}

Check options
${flagLines(checkFlags)}

Exit codes: 0 fine, 1 problems found, 2 the command could not run.

Examples
  newsroom import agentur.txt --title "Putin in Nordkorea" --published 2024-06-18T22:30:00+02:00 -o artikel.md
  curl -s https://example.org/item.json | newsroom import - --quotes
  newsroom check src/content/articles
  newsroom check "src/content/**/*.md" --format json --strict
`;

class UsageError extends Error {}

function localeOption(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (!(locales as readonly string[]).includes(value))
    throw new UsageError(`--locale must be one of ${locales.join(', ')}; got "${value}"`);
  return value as Locale;
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    throw new UsageError(fileErrorLine('read', path, error));
  }
}

function readText(path: string): string {
  try {
    return decodeText(readBytes(path), path === '-' ? 'stdin' : path);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

function readCopy(path: string): ReturnType<typeof decodeCopy> {
  try {
    return decodeCopy(readBytes(path), path === '-' ? 'stdin' : path);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw new UsageError(
      `--${name} must be an ISO 8601 date such as 2024-06-18 or 2024-06-18T22:30:00+02:00; got "${value}"`,
    );
  }
  return value;
}

/** The same file, by device and inode (a hard link or another spelling of the path is the same file). */
function sameFile(a: string, b: string): boolean {
  try {
    const one = statSync(a);
    const two = statSync(b);
    return one.dev === two.dev && one.ino === two.ino;
  } catch {
    return false;
  }
}

/** Writes the Markdown to a new file, or over an existing one with --force; never over the input. */
function writeOutput(path: string, input: string, markdown: string, force: boolean): void {
  if (input !== '-' && (resolve(path) === resolve(input) || sameFile(path, input))) {
    throw new UsageError(`refusing to write ${path}: it is the input; give another file with -o`);
  }
  let fd: number;
  try {
    // O_EXCL: the file is created, or the write fails when something is there (no check-then-write race).
    const flags = force
      ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC
      : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
    fd = openSync(path, flags, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`refusing to write ${path}: it exists; add --force to replace it`);
    }
    throw new UsageError(fileErrorLine('write', path, error));
  }
  try {
    writeSync(fd, markdown);
  } catch (error) {
    throw new UsageError(fileErrorLine('write', path, error));
  } finally {
    closeSync(fd);
  }
}

async function runImport(args: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: importFlags,
  });
  const [path, ...extra] = positionals;
  if (!path) throw new UsageError('newsroom import needs a file (or - for stdin)');
  if (extra.length) throw new UsageError(`newsroom import takes one file; got also ${extra.join(' ')}`);
  if (values.format !== undefined && !(importFormats as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be ${oneOf(importFormats)}; got "${values.format}"`);
  }
  const given: ImportOptions = {
    quotes: values.quotes,
    title: values.title,
    teaser: values.teaser,
    published: dateOption('published', values.published),
    modified: dateOption('modified', values.modified),
    correctionDate: dateOption('correction-date', values['correction-date']),
    locale: localeOption(values.locale),
    pollId: values['poll-id'],
    pollTitle: values['poll-title'],
    pollExample: values['poll-example'],
    summary: values.summary === undefined ? undefined : readText(values.summary),
    topicHref: values['topic-href'],
    trustHref: values['trust-href'],
  };
  const { text: input, legacy } = readCopy(path);
  if (!input.trim()) throw new UsageError(`${path === '-' ? 'stdin' : path} is empty`);
  const detected = detectFormat(input, path);
  const format = (values.format as Format | undefined) ?? detected.format;
  let imported: ReturnType<typeof importCopy>;
  try {
    imported = importCopy(input, format, given);
  } catch (error) {
    if (error instanceof CopyError) throw new UsageError(`${path === '-' ? 'stdin' : path}: ${error.message}`);
    throw error;
  }
  const { result, read } = imported;

  if (values.output) writeOutput(values.output, path, result.markdown, values.force === true);
  else stdout.write(result.markdown);
  const how = values.format ? 'as given with --format' : `recognised: ${detected.why}`;
  stderr.write(`newsroom import: ${path === '-' ? 'stdin' : path} read as ${read} (${how})\n`);
  for (const line of result.found) stderr.write(`  ✓ ${line}\n`);
  if (legacy) stderr.write('  ! not UTF-8: read as Windows-1252 (ISO-8859-1); check the special characters\n');
  for (const line of result.problems) stderr.write(`  ! ${line}\n`);
  return 0;
}

async function runCheck(args: string[], stderr: NodeJS.WritableStream & { isTTY?: boolean }) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: checkFlags,
  });
  if (positionals.length === 0)
    throw new UsageError('newsroom check needs files or folders, e.g. newsroom check src/content');
  if (values.format !== undefined && !(reportFormats as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be ${oneOf(reportFormats)}; got "${values.format}"`);
  }
  const tty = stderr.isTTY === true;
  const code = await check({
    paths: positionals,
    format: values.format as (typeof reportFormats)[number] | undefined,
    strict: values.strict,
    locale: localeOption(values.locale),
    color: tty && !process.env.NO_COLOR,
    report: stderr,
    // A progress line for many files, only where it can be overwritten.
    onFile: tty ? (done) => done % 50 === 0 && stderr.write(`\rchecked ${done} files…`) : undefined,
  });
  if (tty) stderr.write('\r\u001b[K');
  return code;
}

/** Runs the command; resolves to its exit code. */
export async function main(
  argv: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      stdout.write(help);
      return command ? 0 : 2;
    }
    if (args.includes('--help') || args.includes('-h')) {
      stdout.write(help);
      return 0;
    }
    if (command === 'import') return await runImport(args, stdout, stderr);
    if (command === 'check') return await runCheck(args, stderr);
    throw new UsageError(`unknown command "${command}"; use import or check (newsroom --help)`);
  } catch (error) {
    if (error instanceof FileError) {
      stderr.write(`newsroom: ${error.message}\n`);
      return 2;
    }
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!isUsage) throw error;
    stderr.write(`newsroom: ${(error as Error).message}\n`);
    return 2;
  }
}
