/**
 * The copy as blocks, whatever it came as: plain text is split at blank
 * lines, HTML (ninjs `body_html`, a NewsML-G2 XHTML or NITF body) is
 * converted to mdast. Text stays text nodes: nothing is escaped by hand, the
 * Markdown writer escapes what Markdown would read as syntax.
 */
import type { BlockContent, List, PhrasingContent } from 'mdast';
import { inlineText, normalizeInline, textInline } from './inline.js';

/** One block of the copy. */
export type SourceBlock =
  | {
      kind: 'paragraph' | 'heading';
      /** Inline content: text, and from HTML links and emphasis. */
      inline: PhrasingContent[];
      /** Plain text, for recognising. */
      text: string;
      /** The lines of a plain-text paragraph as written (a kicker sits on the line above the headline). */
      lines?: string[];
    }
  | {
      /** A list, table or other block from HTML or a bulleted paragraph; taken as it is. */
      kind: 'block';
      node: BlockContent;
      text: string;
    };

/** A paragraph or heading block from inline nodes, with its whitespace as a page shows it. */
export function inlineBlock(kind: 'paragraph' | 'heading', nodes: PhrasingContent[]): SourceBlock | undefined {
  const inline = normalizeInline(nodes);
  const text = inlineText(inline);
  return text || inline.length ? { kind, inline, text } : undefined;
}

/** A line of a bulleted list in plain copy: "- ", "• ", "* ", "– " (numbered lines stay text: "1. Mai" is a date). */
const bullet = /^[-•*–]\s+/;

/** A line of a numbered run ("1. FC Wendelstein, 38 Punkte", "2) …", "b) …"): kept on its own line, not made a list (it may be a name). */
const numbered = /^(?:\d{1,3}[.)]|[a-z]\))\s/;
/** APA's subline under the headline ("Utl.: …"): a line of its own, never joined to the headline. */
const subline = /^Utl\.:\s/;

/**
 * The lines of a paragraph split where a list starts after its lead-in
 * ("Köln setzt auf:" and two or more lines with one bullet, or numbered):
 * lead-in and list are two blocks. Lines that mix markers stay one paragraph.
 */
function splitLeadIn(lines: string[]): string[][] {
  const start = lines.findIndex((line) => bullet.test(line) || numbered.test(line));
  if (start < 1 || lines.length - start < 2 || !/:$/.test(lines[start - 1] as string)) return [lines];
  const items = lines.slice(start);
  const marker = (line: string) => (bullet.test(line) ? line.charAt(0) : numbered.test(line) ? 'n' : '');
  const first = marker(items[0] as string);
  return items.every((line) => marker(line) === first) ? [lines.slice(0, start), items] : [lines];
}

/**
 * Splits plain text into blocks at blank lines. A paragraph whose every line
 * is bulleted, or a run of one-line bulleted paragraphs, is a list; a
 * paragraph of numbered lines keeps its line breaks; other lines are joined.
 */
export function textBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .flatMap((lines) => {
      const at = lines.findIndex((line, index) => index > 0 && subline.test(line));
      return at > 0 ? [lines.slice(0, at), lines.slice(at)] : [lines];
    })
    .flatMap(splitLeadIn)
    .filter((lines) => lines.length > 0);
  for (let index = 0; index < paragraphs.length; index++) {
    const lines = paragraphs[index] as string[];
    if (lines.length >= 2 && lines.every((line) => bullet.test(line))) {
      blocks.push(listBlock(lines));
      continue;
    }
    // "* one" / blank line / "* two": one list.
    const run: string[] = [];
    for (let next = index; next < paragraphs.length; next++) {
      const single = paragraphs[next] as string[];
      if (single.length !== 1 || !bullet.test(single[0] as string)) break;
      run.push(single[0] as string);
    }
    if (run.length >= 2) {
      blocks.push(listBlock(run));
      index += run.length - 1;
      continue;
    }
    const inline: PhrasingContent[] =
      lines.length >= 2 && lines.every((line) => numbered.test(line))
        ? lines.flatMap((line, at) => [
            ...(at ? [{ type: 'break' } as const] : []),
            { type: 'text', value: line } as const,
          ])
        : textInline(lines.join(' '));
    const block = inlineBlock('paragraph', inline);
    if (block?.kind === 'paragraph') blocks.push({ ...block, lines });
  }
  return blocks;
}
function listBlock(lines: string[]): SourceBlock {
  const items = lines.map((line) => line.replace(bullet, ''));
  const node: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: textInline(item) }],
    })),
  };
  return { kind: 'block', node, text: items.join('\n') };
}
