import { relative } from 'node:path';
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
    const name = path ? relative(rootPath, path) || path : undefined;
    for (const diagnostic of diagnostics) {
      (strict ? logger.error : logger.warn).call(logger, formatDiagnostic(diagnostic, name));
    }
    if (strict) throw new StrictModeError(diagnostics, name);
  };
}
