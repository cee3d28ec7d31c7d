import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { type Diagnostic, formatDiagnostic, problemCount, StrictModeError } from 'remark-newsroom/engine';
import { placeInFile } from './positions.js';

/** What the integration needs of Astro's logger. */
export interface Logger {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Hands one document's diagnostics to the user; Astro drops vfile warnings silently.
 * `body` is the text the processor was given: where it is only part of the file
 * (a collection entry's body), positions are moved to the file's lines.
 */
export type Reporter = (file: string | URL | undefined, diagnostics: Diagnostic[], body?: string) => void;

export interface StrictReporter {
  report: Reporter;
  /** With `strict` and problems found: the error that ends the build, counting every problem and file. */
  summary(): Error | undefined;
}

const strictHint =
  'Fix the problems listed above, or set `strict: false` in newsroom({ … }) to build with warnings. Every rule is explained on the docs page "Diagnostics".';

/**
 * Prints each problem as `file:line:col  message  [rule-id]` through Astro's
 * logger. With `strict`, a build goes on to its end, so every problem in
 * every file is printed, and then fails with one summary; the dev server
 * throws per file instead, so its overlay shows the place, a code frame and
 * a hint.
 */
export function createReporter(
  logger: Logger,
  root: URL,
  strict: boolean,
  mode: 'build' | 'dev' = 'build',
): StrictReporter {
  const rootPath = fileURLToPath(root);
  const found = new Map<string, number>();
  const report: Reporter = (file, given, body) => {
    if (given.length === 0) return;
    const path =
      file === undefined ? undefined : file instanceof URL || file.startsWith('file:') ? fileURLToPath(file) : file;
    const diagnostics = path && body !== undefined && isAbsolute(path) ? placeInFile(given, path, body) : given;
    // A file is named relative to the project; anything else (`<Poll> on /a/`) as it is.
    const name = path && isAbsolute(path) ? relative(rootPath, path) || path : path;
    for (const diagnostic of diagnostics) {
      (strict ? logger.error : logger.warn).call(logger, formatDiagnostic(diagnostic, name));
    }
    if (!strict) return;
    found.set(name ?? '(unknown file)', (found.get(name ?? '(unknown file)') ?? 0) + diagnostics.length);
    if (mode === 'dev') throw overlayError(diagnostics, path, name);
  };
  return {
    report,
    summary() {
      if (!strict || found.size === 0) return undefined;
      const problems = [...found.values()].reduce((sum, count) => sum + count, 0);
      const files = [...found.keys()];
      return userError(
        `astro-newsroom (strict): ${problemCount(problems)} in ${files.length === 1 ? files[0] : `${files.length} files (${files.join(', ')})`}`,
        strictHint,
      );
    },
  };
}

/** An error as Astro shows its own: message and hint, and no stack trace into our code. */
export function userError(message: string, hint: string, location?: { file: string; line: number; column: number }) {
  const error = new AstroError(message, hint);
  error.stack = `${error.name}: ${message}`;
  if (location) Object.assign(error, { loc: location });
  return error;
}

/**
 * The dev overlay's error: remark-newsroom's strict message for the document,
 * with the first problem's place as `loc`. Astro reads the file and draws the
 * code frame from `loc` itself (its dev error handler, `collectErrorMetadata`),
 * in its own format, so we draw none.
 */
function overlayError(diagnostics: Diagnostic[], path: string | undefined, name: string | undefined): Error {
  const first = diagnostics[0] as Diagnostic;
  const start = first.position?.start;
  const location = path && start ? { file: path, line: start.line, column: start.column } : undefined;
  return userError(new StrictModeError(diagnostics, name).message, strictHint, location);
}

/**
 * Components render in the build's own process, where the integration has
 * put its reporter: their problems reach Astro's logger (and fail a strict
 * build) like those of Markdown pages.
 */
const componentReporter = Symbol.for('astro-newsroom.componentReporter');

const componentLogger = Symbol.for('astro-newsroom.componentLogger');
const warned = new Set<string>();

export function setComponentReporter(report: Reporter, logger?: Logger): void {
  (globalThis as Record<symbol, unknown>)[componentReporter] = report;
  (globalThis as Record<symbol, unknown>)[componentLogger] = logger;
}

/** A warning about the site rather than a block: said once per build. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  const logger = (globalThis as Record<symbol, unknown>)[componentLogger] as Logger | undefined;
  if (logger) logger.warn(message);
  else console.warn(`astro-newsroom: ${message}`);
}

export function reportComponent(where: string, diagnostics: Diagnostic[]): void {
  const report = (globalThis as Record<symbol, unknown>)[componentReporter] as Reporter | undefined;
  if (report) report(where, diagnostics);
  else for (const diagnostic of diagnostics) console.warn(`astro-newsroom: ${formatDiagnostic(diagnostic, where)}`);
}
