/**
 * `newsroom check`: the build's diagnostics for a content folder, without a
 * build. The files (folders, globs, `.newsroomignore`; files.ts) are checked
 * one at a time and reported as each is done, so memory stays flat however
 * many there are: nothing of a file is kept but its counts. Frontmatter is
 * checked against astro-newsroom's article schema where it is installed.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import type { Locale } from 'remark-newsroom';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import reporter from 'vfile-reporter';
import reporterJson from 'vfile-reporter-json';
import { parse as parseYaml } from 'yaml';
import { fileErrorLine, markdownFiles } from './files.js';
import { type GfmParts, gfmPartsFor, gfmPartsKey, remarkGfmParts } from './gfm-parts.js';
import { decodeText, InputError } from './input.js';

export interface CheckOptions {
  paths: string[];
  format?: 'text' | 'json' | undefined;
  /** Warnings fail too. */
  strict?: boolean | undefined;
  color?: boolean | undefined;
  locale?: Locale | undefined;
  cwd?: string | undefined;
  /** Where the report goes (default stderr). */
  report?: NodeJS.WritableStream | undefined;
  /** Called after each file, for a progress line. */
  onFile?: ((done: number) => void) | undefined;
}

/** A zod-like schema: what `newsroomArticleSchema` offers. */
interface Schema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string; code?: string; expected?: string }[] };
  };
}

/** astro-newsroom's article schema, when astro-newsroom (and so astro) is installed. */
async function articleSchema(): Promise<Schema | undefined> {
  try {
    return (await import('astro-newsroom/schema')).newsroomArticleSchema as unknown as Schema;
  } catch {
    return undefined;
  }
}

/** What a frontmatter field is, for the message when it is missing. */
const fieldHelp: Record<string, string> = {
  title: 'the headline, e.g. title: Putin zu Staatsbesuch in Nordkorea eingetroffen',
  teaser: 'the standfirst under the headline, e.g. teaser: Sein Krieg gegen die Ukraine hat …',
  published: "the article's publication date, e.g. published: 2024-06-18T22:30:00+02:00",
  modified: 'the date of the last change, e.g. modified: 2024-06-19T09:15:00+02:00',
  date: 'a date, e.g. 2024-06-19',
  time: 'a date and time, e.g. 2024-06-19T09:15:00+02:00',
  text: 'the text',
  label: 'the text shown',
  href: 'the link, e.g. /themen/ukraine',
};

/** One line for a schema issue: a missing field says so and what it is; a wrong one shows the value it got. */
export function frontmatterMessage(
  issue: { path: PropertyKey[]; message: string; expected?: string },
  data: Record<string, unknown>,
): string {
  const path = issue.path.map(String).join('.') || 'frontmatter';
  let value: unknown = data;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  const last = String(issue.path.at(-1) ?? '');
  // zod's own wording ("Invalid input: expected date, received Date") is replaced; a schema's own message is kept.
  const zod = /^Invalid input: expected (\w+)/.exec(issue.message);
  if (value === undefined) {
    return zod ? `\`${path}\` is missing: ${fieldHelp[last] ?? 'a required field'}` : `\`${path}\`: ${issue.message}`;
  }
  const shown = value instanceof Date ? value.toISOString() : JSON.stringify(value);
  if (!zod) return `\`${path}\`: ${issue.message}; got ${shown}`;
  const isDate = issue.expected === 'date' || zod[1] === 'date';
  const expected = isDate ? 'a date such as 2024-06-18T22:30:00+02:00' : `a ${zod[1]}`;
  return `\`${path}\` must be ${expected}; got ${shown}`;
}

/** Reads YAML frontmatter into `file.data.frontmatter` (remark-newsroom reads its `locale`). */
function remarkFrontmatterData() {
  return (tree: Root, file: VFile) => {
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (!yaml) return;
    try {
      file.data.frontmatter = parseYaml(yaml.value) ?? {};
    } catch (error) {
      file.message(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
        place: yaml.position,
        ruleId: 'invalid-frontmatter',
        source: 'newsroom-check',
      }).fatal = true;
    }
  };
}

/** Frontmatter against the article schema: an error per problem, at the frontmatter. */
function remarkArticleSchema(schema: Schema | undefined) {
  return (tree: Root, file: VFile) => {
    const yaml = tree.children.find((node) => node.type === 'yaml');
    const data = file.data.frontmatter as Record<string, unknown> | undefined;
    if (!schema || !yaml || !data) return;
    if (typeof data !== 'object' || Array.isArray(data)) {
      file.message('frontmatter must be a YAML mapping of fields', {
        place: yaml.position,
        ruleId: 'invalid-frontmatter',
        source: 'newsroom-check',
      }).fatal = true;
      return;
    }
    const result = schema.safeParse(data);
    for (const issue of result.error?.issues ?? []) {
      file.message(`frontmatter ${frontmatterMessage(issue, data)}`, {
        place: yaml.position,
        ruleId: 'invalid-frontmatter',
        source: 'newsroom-check',
      }).fatal = true;
    }
  };
}

declare module 'vfile' {
  interface DataMap {
    frontmatter: unknown;
  }
}

/** The last paragraph of vfile-reporter's output is its totals line; check prints one for all files. */
const withoutTotals = (report: string) => report.replace(/\n*\n[^\n]*\d+ (?:error|warning|message)s?[^\n]*\n?$/, '\n');

/** Checks the files; resolves to the exit code (1 on errors, and on warnings with `strict`). Unreadable paths throw a FileError. */
export async function check(options: CheckOptions): Promise<number> {
  const schema = await articleSchema();
  const cwd = options.cwd ?? process.cwd();
  const out = options.report ?? process.stderr;
  const processors = articleProcessors(schema, options.locale);
  const files = await markdownFiles(options.paths, cwd);
  const json = options.format === 'json';
  const totals = { errors: 0, warnings: 0 };
  let done = 0;
  if (json) out.write('[');
  for (const path of files) {
    const file = new VFile({ path: relative(cwd, path), cwd });
    checkFile(file, path, processors);
    for (const message of file.messages) message.fatal ? totals.errors++ : totals.warnings++;
    if (json) {
      out.write(`${done ? ',' : ''}${reporterJson([file]).slice(1, -1)}`);
    } else if (file.messages.length) {
      out.write(
        `${withoutTotals(reporter([file], { color: options.color === true, quiet: true, defaultName: file.path }))}\n`,
      );
    }
    // Counted apart from the call: `onFile?.(++done)` would not count when there is no callback.
    done++;
    options.onFile?.(done);
  }
  if (json) out.write(']\n');
  else if (totals.errors || totals.warnings) out.write(`${summary(totals, files.length)}\n`);
  else if (files.length === 0) out.write('newsroom check: no Markdown files found\n');
  if (totals.errors) return 1;
  return options.strict && totals.warnings ? 1 : 0;
}

function summary(totals: { errors: number; warnings: number }, files: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [];
  if (totals.errors) parts.push(`✖ ${plural(totals.errors, 'error')}`);
  if (totals.warnings) parts.push(`⚠ ${plural(totals.warnings, 'warning')}`);
  return `${parts.join(', ')} in ${plural(files, 'file')}`;
}

function articleProcessor(schema: Schema | undefined, locale: Locale | undefined, gfm: GfmParts) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfmParts, gfm)
    .use(remarkFrontmatterData)
    .use(remarkArticleSchema, schema)
    .use(remarkNewsroom, { locale: locale ?? 'de', typography: true })
    .freeze();
}

type Processor = ReturnType<typeof articleProcessor>;

/** The processor for a file's text: GFM without the costly parts it cannot use (gfm-parts.ts), each made once. */
function articleProcessors(schema: Schema | undefined, locale: Locale | undefined): (text: string) => Processor {
  const made = new Map<string, Processor>();
  return (text) => {
    const gfm = gfmPartsFor(text);
    const key = gfmPartsKey(gfm);
    const known = made.get(key);
    if (known) return known;
    const processor = articleProcessor(schema, locale, gfm);
    made.set(key, processor);
    return processor;
  };
}

/**
 * One file: read, decoded, parsed, transformed; the tree is dropped when it
 * returns. Synchronous: files are checked one after another anyway, and an
 * awaited read costs more than the read.
 */
function checkFile(file: VFile, path: string, processorFor: (text: string) => Processor): void {
  let text: string;
  try {
    text = decodeText(readFileSync(path), file.path);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : fileErrorLine('read', file.path, error);
    file.message(reason, { ruleId: 'unreadable-file', source: 'newsroom-check' }).fatal = true;
    return;
  }
  if (!text.trim()) {
    file.message('the file is empty: an article needs frontmatter and a body', {
      ruleId: 'empty-file',
      source: 'newsroom-check',
    }).fatal = true;
    return;
  }
  file.value = text;
  const processor = processorFor(text);
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    // A fatal message (invalid YAML) ends the file's run; it is already on the file.
    if (!file.messages.some((message) => message.fatal)) throw error;
  }
  // Only messages are reported: the text goes now.
  file.value = '';
}
