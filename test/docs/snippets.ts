/**
 * The fenced code blocks of the docs and READMEs, and the rules each must
 * follow: a block is run by a test (its fence meta says how) or is an
 * excerpt of a tested file (`excerpt-of=<repo-relative path>`).
 *
 * An excerpt's non-blank lines must each EQUAL a line of its file (outer
 * whitespace of each line ignored, blank lines of both ignored), in order and
 * consecutive: a run of lines copied from the file. Where the excerpt leaves
 * lines out, it says so with a line that is only `…` (U+2026), bare or as a
 * comment (`// …`, `# …`, `/* … *\/`, `<!-- … -->`, `{/* … *\/}`); that line
 * stands for one or more omitted lines. Before its first and after its last
 * line an excerpt may start and end anywhere in the file.
 *
 * A drawing (boxes and arrows, not code) says `diagram-of=<folder>`; the files
 * it names must exist there (diagramProblem).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Block {
  /** Repo-relative path of the document. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  meta: Record<string, string>;
  body: string;
}

/**
 * How a block is run (`run=<how>` in its fence meta):
 * - `install`: `npm install …` lines; the fresh docs site installs exactly these packages (ours from the packed
 *   tarballs), then runs the block's other lines in it;
 * - `shell`: commands run in the fresh docs site after its build (`newsroom` is the packed CLI);
 * - `page`: Markdown; it becomes a page of the fresh docs site, which must render its blocks without a diagnostic;
 * - `astro-add`: `npx astro add astro-newsroom`, which the consumer test runs against the packed package;
 * - `repo`: commands of this repository (`npx pnpm@12.4.2 …`); each must name a script, package, binary, test file
 *   or bench part that exists (commands.ts);
 * - `browser-csp`: a Content-Security-Policy header; each directive is one the browser test serves the example under.
 * `output-of=<path>` marks what running a script of the fresh docs site prints; `output-of=shell`, what the
 * `run=shell` block before it prints (stdout and stderr). A `run=shell` block may expect `exit=<code>`, and
 * may name files of the repo (`articles=<path>,<path>`) put in the site's `src/content/articles/` while it runs.
 */
export const runners = ['install', 'shell', 'page', 'astro-add', 'repo', 'browser-csp'] as const;

export const repo = new URL('../../', import.meta.url);

/** The documents whose code blocks must run: the docs pages, every README (root, packages, examples, bench), CONTRIBUTING.md and ARCHITECTURE.md. */
export function documents(): string[] {
  const docs = (readdirSync(new URL('docs/src/content/docs/', repo), { recursive: true }) as string[])
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => `docs/src/content/docs/${file}`);
  const packages = readdirSync(new URL('packages/', repo))
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => existsSync(new URL(file, repo)));
  const examples = readdirSync(new URL('examples/', repo))
    .map((name) => `examples/${name}/README.md`)
    .filter((file) => existsSync(new URL(file, repo)));
  return [
    'README.md',
    'CONTRIBUTING.md',
    'ARCHITECTURE.md',
    'bench/README.md',
    ...packages,
    ...examples,
    ...docs,
  ].sort();
}

/** `key=value`, `key="value with spaces"` and bare `flag` words after the language. */
function parseMeta(info: string): { lang: string; meta: Record<string, string> } {
  const [lang = '', ...rest] = info.trim().split(/\s+/);
  const meta: Record<string, string> = {};
  for (const match of rest.join(' ').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|(\S+)))?/g)) {
    meta[match[1] as string] = match[2] ?? match[3] ?? '';
  }
  return { lang, meta };
}

/** Every fenced block of a Markdown document (CommonMark fences: ``` or ~~~, three or more, indented up to the block's own indent). */
export function blocksOf(file: string, text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[index] as string);
    if (!open || (open[2]?.startsWith('`') && open[3]?.includes('`'))) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[end] as string);
      if (close && close[1]?.[0] === fence[0] && (close[1]?.length ?? 0) >= fence.length) break;
      const line = lines[end] as string;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ file, line: index + 1, ...parseMeta(info), body: body.join('\n') });
    index = end;
  }
  return blocks;
}

const nonBlank = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A line of an excerpt that stands for omitted lines of the file. */
export const omission = /^(?:…|\/\/\s*…|#\s*…|\/\*\s*…\s*\*\/|<!--\s*…\s*-->|\{\/\*\s*…\s*\*\/\})$/;

/**
 * How far the excerpt's lines match the file's from the start (`lines.length`
 * when all do): each line equals the next file line, or, after an omission,
 * a file line one or more lines further on.
 */
function matched(excerpt: string[], lines: string[]): number {
  const memo = new Map<string, number>();
  // The excerpt index reached, starting excerpt line `i` at file line `j` (after an omission when `gap`).
  const from = (i: number, j: number, gap: boolean): number => {
    if (i === excerpt.length) return i;
    const key = `${i} ${j} ${gap}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = i;
    if (omission.test(excerpt[i] as string)) best = from(i + 1, j + 1, true);
    else {
      for (let at = j; at < (gap ? lines.length : Math.min(j + 1, lines.length)); at++) {
        if (lines[at] === excerpt[i]) best = Math.max(best, from(i + 1, at + 1, false));
        if (best === excerpt.length) break;
      }
    }
    memo.set(key, best);
    return best;
  };
  // The first line may be anywhere: as if after an omission.
  return from(0, 0, true);
}

/** Why an excerpt is not one (undefined when it is): its file is missing, or a line is not the next of the file. */
export function excerptProblem(block: Block): string | undefined {
  const path = block.meta['excerpt-of'] as string;
  if (!path || path.startsWith('/') || path.includes('..'))
    return `excerpt-of needs a repo-relative path, got "${path}"`;
  const target = new URL(path, repo);
  if (!existsSync(target)) return `excerpt-of=${path}: no such file`;
  const excerpt = nonBlank(block.body);
  const reached = matched(excerpt, nonBlank(readFileSync(target, 'utf8')));
  if (reached === excerpt.length) return undefined;
  return `excerpt-of=${path}: line not found in order (mark left-out lines with \`// …\`): ${excerpt[reached]}`;
}

/** Every file under `dir` (repo-relative paths; installed and built folders left out). */
function filesUnder(dir: string): string[] {
  if (!existsSync(new URL(`${dir}/`, repo))) return [];
  return readdirSync(new URL(`${dir}/`, repo), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return ['node_modules', 'dist', '.astro'].includes(entry.name) ? [] : filesUnder(`${dir}/${entry.name}`);
    return entry.isFile() ? [`${dir}/${entry.name}`] : [];
  });
}

/**
 * Why a drawing is wrong: `diagram-of=<repo-relative folder>` marks a block of
 * boxes and arrows, not code; each file name it draws (a word ending `.ts`,
 * `.tsx` or `.astro`, no `*` or `<…>` in it) must be a file under that folder,
 * so a renamed or deleted module cannot stay in the picture.
 */
export function diagramProblem(block: Block): string | undefined {
  const dir = block.meta['diagram-of'] as string;
  if (!dir || dir.startsWith('/') || dir.includes('..')) return `diagram-of needs a repo-relative folder, got "${dir}"`;
  const files = filesUnder(dir);
  if (files.length === 0) return `diagram-of=${dir}: no such folder`;
  const drawn = [...block.body.matchAll(/[\w./-]+\.(?:tsx?|astro)\b/g)].map((m) => m[0]);
  if (drawn.length === 0) return `diagram-of=${dir}: the drawing names no file`;
  const missing = drawn.filter((name) => !files.some((file) => file === `${dir}/${name}` || file.endsWith(`/${name}`)));
  return missing.length ? `diagram-of=${dir}: no such file: ${missing.join(', ')}` : undefined;
}

/** Why a block is neither run nor a valid excerpt (undefined when it is fine). */
export function blockProblem(block: Block): string | undefined {
  if ('excerpt-of' in block.meta) return excerptProblem(block);
  if ('diagram-of' in block.meta) return diagramProblem(block);
  if ('output-of' in block.meta) {
    const path = block.meta['output-of'] as string;
    if (path === 'shell') return undefined;
    return existsSync(new URL(path, repo)) ? undefined : `output-of=${path}: no such file`;
  }
  const run = block.meta.run;
  if (run === undefined) return 'neither run by a test (run=…, output-of=…) nor an excerpt (excerpt-of=…)';
  if (!(runners as readonly string[]).includes(run)) return `run=${run}: unknown; one of ${runners.join(', ')}`;
  return undefined;
}

export function allBlocks(): Block[] {
  return documents().flatMap((file) => blocksOf(file, readFileSync(join(fileURLToPath(repo), file), 'utf8')));
}

/** The packages an `npm install` block installs (flags dropped). */
export function installed(block: Block): string[] {
  return block.body
    .split('\n')
    .filter((line) => /^npm (install|i)\b/.test(line.trim()))
    .flatMap((line) => line.trim().split(/\s+/).slice(2))
    .filter((word) => !word.startsWith('-'));
}

/** The bare package names a code block imports (`astro:*`, `node:*` and relative paths left out). */
export function imported(body: string): string[] {
  const names = [...body.matchAll(/(?:^|\s)(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);
  return [
    ...new Set(
      names
        .filter((name) => !/^(\.|\/|astro:|node:)/.test(name))
        .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] as string))),
    ),
  ];
}
