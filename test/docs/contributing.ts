/**
 * The facts CONTRIBUTING.md states about the repo, read back from the repo:
 * the NEWSROOM_* environment switches (scanned from every file git knows,
 * tracked or new, so node_modules and build output are left out by
 * .gitignore), and the tables of the page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from './commands.js';

export const contributing = 'CONTRIBUTING.md';

/** The documents that name switches without reading them: the table itself and the tests of the table. */
const describers = new Set([contributing, 'test/docs/contributing.ts', 'test/docs/contributing.test.ts']);

/** The pattern of a switch's name. */
export const switchName = /\bNEWSROOM_[A-Z0-9_]*[A-Z0-9]\b/g;

/** Repo-relative paths of the repo's text files: tracked and new, without what .gitignore leaves out. */
export function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoDir,
    maxBuffer: 64 << 20,
  });
  return out
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .filter((file) => !/\.(png|jpe?g|webp|gif|ico|woff2?|db|wasm|gz|tgz)$/i.test(file));
}

/** Each switch named in the repo's files, with the files that name it. */
export function switchesInRepo(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of repoFiles()) {
    if (describers.has(file)) continue;
    let text: string;
    try {
      text = readFileSync(join(repoDir, file), 'utf8');
    } catch {
      continue; // deleted in the work tree but still in the index
    }
    for (const name of new Set(text.match(switchName) ?? [])) found.set(name, [...(found.get(name) ?? []), file]);
  }
  return found;
}

/** Whether a file's text reads a switch from the environment (`process.env.NAME`, `env.NAME`, `env['NAME']`). */
export function readsSwitch(text: string, name: string): boolean {
  return new RegExp(`\\benv(?:\\.${name}\\b|\\[\\s*['"]${name}['"]\\s*\\])`).test(text);
}

/**
 * The default a file writes beside the switch (`env.NAME ?? 'value'` or
 * `?? 2000`), or undefined where it writes none (or an empty string).
 * Only that form is read: a default written later (the on-demand example's
 * home page turns `?? ''` into 60 a line below), with `||`, or after
 * `env['NAME']` is not checked.
 */
export function codeDefault(text: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*\\?\\?\\s*(?:(['"])(.*?)\\1|(\\d+)\\b)`).exec(text);
  const value = match?.[2] ?? match?.[3];
  return value ? value : undefined;
}

export interface SwitchRow {
  name: string;
  does: string;
  /** Repo-relative paths in the "read in" cell. */
  readIn: string[];
  fallback: string;
  line: number;
}

/** Markdown table cells of a row (`|` inside backticks kept). */
function cells(row: string): string[] {
  const parts: string[] = [];
  let cell = '';
  let code = false;
  for (const char of row.trim().replace(/^\||\|$/g, '')) {
    if (char === '`') code = !code;
    if (char === '|' && !code) {
      parts.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  parts.push(cell.trim());
  return parts;
}

/** The rows of the first table under a heading that starts with `heading`. */
export function tableUnder(text: string, heading: string): { cells: string[]; line: number }[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^#{2,}\s/.test(line) && line.replace(/^#+\s*/, '').startsWith(heading));
  if (start < 0) return [];
  const rows: { cells: string[]; line: number }[] = [];
  let index = lines.findIndex((line, at) => at > start && line.trim().startsWith('|'));
  if (index < 0) return [];
  for (; index < lines.length && (lines[index] as string).trim().startsWith('|'); index++) {
    const row = cells(lines[index] as string);
    if (row.every((cell) => /^:?-+:?$/.test(cell))) continue;
    rows.push({ cells: row, line: index + 1 });
  }
  return rows.slice(1); // the header
}

const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

/** The switch table of CONTRIBUTING.md: name | what it does | read in | default. */
export function switchTable(text: string): SwitchRow[] {
  return tableUnder(text, 'Environment switches').map(
    ({ cells: [name = '', does = '', readIn = '', fallback = ''], line }) => ({
      name: code(name)[0] ?? name,
      does,
      readIn: code(readIn),
      fallback,
      line,
    }),
  );
}
