/** Builds fixture sites with the Astro CLI in a child process, capturing its output. */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

const run = promisify(execFile);
export const fixtures = new URL('./fixtures/', import.meta.url);

export interface BuildResult {
  ok: boolean;
  output: string;
  ms: number;
  read(page: string): string;
}

export async function buildSite(site: string, env: Record<string, string> = {}, outDir = 'dist'): Promise<BuildResult> {
  const root = new URL(`${site}/`, fixtures);
  const started = performance.now();
  const astro = fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', root));
  const result = await run(process.execPath, [astro, 'build'], {
    cwd: fileURLToPath(root),
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
    (error: { stdout?: string; stderr?: string }) => ({
      ok: false,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
    }),
  );
  return {
    ...result,
    ms: performance.now() - started,
    read: (page) => readFileSync(new URL(`${outDir}/${page}`, root), 'utf8'),
  };
}

/** The Astro 6 fixture reuses the Astro 7 fixture's pages, so both render the same input. */
export function preparePages(from: string, to: string): void {
  const target = new URL(`${to}/src/pages/`, fixtures);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(new URL(`${from}/src/pages/`, fixtures), target, { recursive: true });
}

/**
 * The `data-nr` blocks of a page, each re-serialised from a parse so that
 * serialisation differences (MDX writes `<img/>`, Markdown `<img>`) do not count.
 */
export function blocksOf(html: string): string[] {
  return selectAll('[data-nr]', fromHtml(html)).map((node) => toHtml(node));
}
