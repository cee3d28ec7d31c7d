import { slot } from './block.js';
import { element } from './element.js';
import { directiveMarkers } from './markers.js';
import type { BlockContent, BlockInput } from './types.js';

const fenceLine = /^[ \t]*:{3,}[ \t]*$/;

/**
 * The opening and (if written) closing fence line of a container's source:
 * its first and last line as `split(/\r?\n/)` gives them, found without
 * splitting into lines: a container's source holds its whole body, nested
 * containers included, and the fences step reads every container's.
 */
export function containerFences(source: string, quoteDepth = 0): { open: string; close: string | undefined } {
  const firstBreak = source.indexOf('\n');
  if (firstBreak === -1) return { open: source, close: undefined };
  const open = source.slice(0, source.charCodeAt(firstBreak - 1) === 13 ? firstBreak - 1 : firstBreak);
  let last = source.slice(source.lastIndexOf('\n') + 1);
  // Inside a blockquote every line of the container carries the quote's markers (`> :::`).
  for (let depth = 0; depth < quoteDepth; depth++) {
    const marker = /^[ \t]*>[ \t]?/.exec(last);
    if (!marker) break;
    last = last.slice(marker[0].length);
  }
  return { open, close: fenceLine.test(last) ? last.trim() : undefined };
}

/** How many blockquotes a node at `offset` stands in: the `>` markers before it on its line. */
export function quoteDepthAt(source: string, offset: number): number {
  let depth = 0;
  for (let at = offset - 1; at >= 0; at--) {
    const code = source.charCodeAt(at);
    if (code === 10 || code === 13) break;
    if (code === 62) depth++;
  }
  return depth;
}

/** Rebuilds a directive's source text from its parts, when the exact source is not at hand. */
export function serializeDirective(input: BlockInput): string {
  const marker = directiveMarkers[input.kind];
  const label = input.label !== undefined ? `[${input.labelText}]` : '';
  const entries = Object.entries(input.attributes);
  const attributes = entries.length
    ? `{${entries.map(([key, value]) => `${key}="${value.replaceAll('"', '&quot;')}"`).join(' ')}}`
    : '';
  return `${marker}${input.name}${label}${attributes}`;
}

/**
 * What a directive that is not ours (or one of ours that cannot render)
 * becomes: its exact source text. A container keeps its fence lines as text
 * and its content renders as ordinary Markdown. Nothing is dropped.
 */
export function restore(input: BlockInput): BlockContent[] {
  const content: RestoredContent = restoredContent(input);
  content[restoredMark] = true;
  return content;
}

/**
 * Marks the list {@link restore} returned. A symbol key on the list itself, not
 * a `WeakSet`: adding to a weak set per restored directive showed in the
 * profile, and its entries cost the garbage collector too. A copy of the list
 * is not marked, as a copy was not in the set.
 */
const restoredMark = Symbol('restored');
type RestoredContent = BlockContent[] & { [restoredMark]?: true };

/** True for what {@link restore} returned: the author's source, label and all. */
export function isRestored(content: BlockContent[]): boolean {
  return (content as RestoredContent)[restoredMark] === true;
}

function restoredContent(input: BlockInput): BlockContent[] {
  const source = input.source ?? serializeDirective(input);
  if (input.kind === 'text') return [{ type: 'text', value: source }];
  if (input.kind === 'leaf') return [element('p', {}, [source])];
  // Closed by the fences' reading (which knows the container's blockquotes): its last line is the fence.
  const { open, close } = input.source
    ? containerFences(input.source, input.closed ? Number.POSITIVE_INFINITY : 0)
    : { open: source, close: directiveMarkers.container };
  const content: BlockContent[] = [element('p', {}, [open]), slot(input.children)];
  // A fence that closed an outer container is that container's, not this one's.
  if (close !== undefined && input.closed !== false) content.push(element('p', {}, [close]));
  return content;
}
