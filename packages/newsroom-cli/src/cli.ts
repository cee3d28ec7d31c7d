/**
 * The `newsroom` command: `newsroom import` and `newsroom check`. User
 * mistakes (a missing file, unknown input, a wrong flag) end with one clear
 * line and exit code 2, never a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Locale } from 'remark-newsroom';
import { check } from './check.js';
import { type ImportOptions, importArticle, textBlocks } from './import.js';
import { InputError, ninjsBlocks, ninjsOptions, parseNinjs } from './ninjs.js';

const help = `newsroom — agency copy to newsroom Markdown, and checks without a build

Usage
  newsroom import <file|-> [options]   plain text or IPTC ninjs JSON → Markdown on stdout
  newsroom check <paths…> [options]    the build's diagnostics for Markdown files and folders

Import options
  -o, --output <file>        write the Markdown to a file instead of stdout
  --format <text|ninjs>      the input's format (default: ninjs for .json files and JSON input)
  --quotes                   direct quotes with their attribution become quote blocks
  --title <text>             the headline (plain text carries none)
  --published <iso>          publication date and time, e.g. 2024-06-18T22:30:00+02:00
  --modified <iso>           last change
  --correction-date <date>   the date of a "Korrektur:" notice (default: --modified)
  --locale <de|de-CH|en>     instead of guessing from the spelling
  --poll-id <id>             the Civey poll the methodology note belongs to
  --poll-title <text>        the poll's question
  --poll-example             mark the poll as an example
  --summary <file>           Markdown list of key points for a summary box
  --topic-href <path>        where the topic line links (default /themen/<topic>)
  --trust-href <path>        the editorial standards page (default /so-arbeitet-die-redaktion)

Check options
  --format <text|json>       the report's format (default text)
  --strict                   warnings fail too
  --locale <de|de-CH|en>     default locale of articles without one in frontmatter

Exit codes: 0 fine, 1 problems found, 2 the command could not run.

Examples
  newsroom import agentur.txt --title "Putin in Nordkorea" --published 2024-06-18T22:30:00+02:00 -o artikel.md
  curl -s https://example.org/item.json | newsroom import - --quotes
  newsroom check src/content/articles
  newsroom check "src/content/**/*.md" --format json --strict
`;

class UsageError extends Error {}

const locales = ['de', 'de-CH', 'en'];

function localeOption(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (!locales.includes(value)) throw new UsageError(`--locale must be one of ${locales.join(', ')}; got "${value}"`);
  return value as Locale;
}

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `cannot read ${path}: no such file` : `cannot read ${path}: ${(error as Error).message}`,
    );
  }
}

async function runImport(args: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string' },
      quotes: { type: 'boolean' },
      title: { type: 'string' },
      published: { type: 'string' },
      modified: { type: 'string' },
      'correction-date': { type: 'string' },
      locale: { type: 'string' },
      'poll-id': { type: 'string' },
      'poll-title': { type: 'string' },
      'poll-example': { type: 'boolean' },
      summary: { type: 'string' },
      'topic-href': { type: 'string' },
      'trust-href': { type: 'string' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path) throw new UsageError('newsroom import needs a file (or - for stdin)');
  if (extra.length) throw new UsageError(`newsroom import takes one file; got also ${extra.join(' ')}`);
  const input = readInput(path);
  if (!input.trim()) throw new UsageError(`${path} is empty`);
  const format = values.format ?? (path.endsWith('.json') || /^\s*[{[]/.test(input) ? 'ninjs' : 'text');
  if (format !== 'text' && format !== 'ninjs') throw new UsageError(`--format must be text or ninjs; got "${format}"`);

  const given: ImportOptions = {
    quotes: values.quotes,
    title: values.title,
    published: values.published,
    modified: values.modified,
    correctionDate: values['correction-date'],
    locale: localeOption(values.locale),
    pollId: values['poll-id'],
    pollTitle: values['poll-title'],
    pollExample: values['poll-example'],
    summary: values.summary === undefined ? undefined : readInput(values.summary),
    topicHref: values['topic-href'],
    trustHref: values['trust-href'],
  };
  let result: ReturnType<typeof importArticle>;
  if (format === 'ninjs') {
    let item: ReturnType<typeof parseNinjs>;
    try {
      item = parseNinjs(input);
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(`${path}: ${error.message}`);
      throw error;
    }
    const fromItem = ninjsOptions(item);
    const merged = { ...fromItem } as Record<string, unknown>;
    for (const [key, value] of Object.entries(given)) if (value !== undefined) merged[key] = value;
    result = importArticle(ninjsBlocks(item), merged as ImportOptions);
  } else {
    result = importArticle(textBlocks(input), given);
  }

  if (values.output) writeFileSync(values.output, result.markdown);
  else stdout.write(result.markdown);
  stderr.write(`newsroom import: found in ${path === '-' ? 'stdin' : path}\n`);
  for (const line of result.found) stderr.write(`  ✓ ${line}\n`);
  for (const line of result.problems) stderr.write(`  ! ${line}\n`);
  return 0;
}

async function runCheck(args: string[], stderr: NodeJS.WritableStream & { isTTY?: boolean }) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      strict: { type: 'boolean' },
      locale: { type: 'string' },
    },
  });
  if (positionals.length === 0)
    throw new UsageError('newsroom check needs files or folders, e.g. newsroom check src/content');
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json; got "${values.format}"`);
  }
  const tty = stderr.isTTY === true;
  const code = await check({
    paths: positionals,
    format: values.format as 'text' | 'json' | undefined,
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
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!isUsage) throw error;
    stderr.write(`newsroom: ${(error as Error).message}\n`);
    return 2;
  }
}
