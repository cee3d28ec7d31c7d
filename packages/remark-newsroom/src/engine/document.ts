import type { Locale } from '../locales.js';
import type { ResolvedOptions } from '../options.js';
import type { Diagnostic, DocumentContext, HeadingEntry, NewsroomRecord } from './types.js';

/** A fresh record for one document. */
export function createRecord(locale: Locale): NewsroomRecord {
  return { locale, quotes: [], polls: [], corrections: [], credits: [], trust: [] };
}

/** The state one document's blocks share: locale, labels, record, ids, diagnostics. */
export function createDocument(
  options: ResolvedOptions,
  locale: Locale,
  headings: HeadingEntry[],
): DocumentContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const counters = new Map<string, number>();
  return {
    locale,
    labels: options.labels[locale],
    record: createRecord(locale),
    headings,
    diagnostics,
    report(diagnostic) {
      diagnostics.push(diagnostic);
    },
    nextId(prefix) {
      const count = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, count);
      return `${prefix}-${count}`;
    },
  };
}

/** `3:1  poll is missing id  [missing-attribute]`, the line every front end prints. */
export function formatDiagnostic(diagnostic: Diagnostic, file?: string): string {
  const start = diagnostic.position?.start;
  const place = start ? `${start.line}:${start.column}` : '';
  const where = file ? (place ? `${file}:${place}` : file) : place;
  return `${where ? `${where}  ` : ''}${diagnostic.message}  [${diagnostic.ruleId}]`;
}

/** The error `strict` throws: every problem, one per line. */
export class StrictModeError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[], file?: string) {
    const count = diagnostics.length === 1 ? '1 problem' : `${diagnostics.length} problems`;
    super(
      `remark-newsroom (strict): ${count}${file ? ` in ${file}` : ''}\n${diagnostics
        .map((d) => `  ${formatDiagnostic(d, file)}`)
        .join('\n')}`,
    );
    this.name = 'StrictModeError';
    this.diagnostics = diagnostics;
  }
}
