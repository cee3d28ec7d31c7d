import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, formatDiagnostic, StrictModeError } from 'remark-newsroom/engine';

/** What the integration needs of Astro's logger. */
export interface Logger {
  warn(message: string): void;
  error(message: string): void;
}

/** Hands one document's diagnostics to the user; Astro drops vfile warnings silently. */
export type Reporter = (file: string | URL | undefined, diagnostics: Diagnostic[]) => void;

/**
 * Prints each problem as `file:line:col  message  [rule-id]` through Astro's
 * logger. With `strict`, also throws, so the build fails naming every problem.
 */
export function createReporter(logger: Logger, root: URL, strict: boolean): Reporter {
  const rootPath = fileURLToPath(root);
  return (file, diagnostics) => {
    if (diagnostics.length === 0) return;
    const path =
      file === undefined ? undefined : file instanceof URL || file.startsWith('file:') ? fileURLToPath(file) : file;
    // A file is named relative to the project; anything else (`<Poll> on /a/`) as it is.
    const name = path && isAbsolute(path) ? relative(rootPath, path) || path : path;
    for (const diagnostic of diagnostics) {
      (strict ? logger.error : logger.warn).call(logger, formatDiagnostic(diagnostic, name));
    }
    if (strict) throw new StrictModeError(diagnostics, name);
  };
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
