/**
 * Astro does not always hand a Markdown plugin the whole file. A content
 * collection entry (glob loader) is rendered from its body alone, with the
 * frontmatter cut off and the rest trimmed; `renderMarkdown()` in a loader
 * cuts the frontmatter off too. Positions then count from the body, so a
 * problem on line 10 of the file was reported on line 5, or at 1:1. Pages in
 * `src/pages` and `.mdx` get the whole file (frontmatter blanked), so their
 * positions are already the file's.
 *
 * When the text the processor was given is the file's tail after nothing but
 * a frontmatter block, positions are moved to where that tail starts in the
 * file; otherwise (a loader rendering text that is not the file's) they stay
 * as they are.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'remark-newsroom/engine';

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** Where the body starts in the file: 1-based line and column, 0-based offset (all after a BOM, as the engine counts). */
export interface BodyStart {
  line: number;
  column: number;
  offset: number;
}

const bom = '\uFEFF';
const dropBom = (text: string) => (text.startsWith(bom) ? text.slice(1) : text);
/** What may precede the body in the file: whitespace, or one frontmatter block (as Astro finds it) and whitespace. */
const frontmatterOnly = /^(?:\s*\n)?(?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)\s*$/;

/** Where `body` (the processor's input) starts in `file` (the file's text), or undefined if it is not the file's body. */
export function bodyStart(file: string, body: string): BodyStart | undefined {
  const source = dropBom(file);
  const tail = dropBom(body).trimEnd();
  const whole = source.trimEnd();
  if (!whole.endsWith(tail)) return undefined;
  const offset = whole.length - tail.length;
  const before = source.slice(0, offset);
  if (before.trim() !== '' && !frontmatterOnly.test(before)) return undefined;
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}

function moved(point: Point, start: BodyStart): Point {
  return {
    line: point.line + start.line - 1,
    column: point.line === 1 ? point.column + start.column - 1 : point.column,
    ...(point.offset === undefined ? {} : { offset: point.offset + start.offset }),
  };
}

/** The diagnostics with positions in the file rather than in the body. */
export function inFile(diagnostics: Diagnostic[], start: BodyStart | undefined): Diagnostic[] {
  if (!start || (start.line === 1 && start.column === 1)) return diagnostics;
  return diagnostics.map((diagnostic) => {
    const position = diagnostic.position;
    if (!position) return diagnostic;
    return {
      ...diagnostic,
      position: { ...position, start: moved(position.start, start), end: moved(position.end, start) },
    };
  });
}

/** Reads the file and moves the positions, if `body` is that file's body; a file that cannot be read changes nothing. */
export function placeInFile(diagnostics: Diagnostic[], path: string, body: string): Diagnostic[] {
  let file: string;
  try {
    file = readFileSync(path, 'utf8');
  } catch {
    return diagnostics;
  }
  return inFile(diagnostics, bodyStart(file, body));
}
