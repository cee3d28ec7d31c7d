/**
 * Inline content of a block as mdast phrasing nodes, read by plain-text
 * offsets. The rules look at a block's text; when one takes part of it (a
 * credit at the end, a quote in the middle), the nodes are cut at the same
 * offsets, so links and emphasis from HTML copy survive the cut and plain
 * text stays text (remark-stringify escapes it when the Markdown is written).
 */
import type { PhrasingContent } from 'mdast';

/** The plain text of phrasing nodes, as the rules read it. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) text += nodeText(node);
  return text;
}

function nodeText(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return inlineText(node.children as PhrasingContent[]);
  return '';
}

/** Plain text as one text node. */
export function textInline(value: string): PhrasingContent[] {
  return value ? [{ type: 'text', value }] : [];
}

/**
 * The nodes with runs of whitespace made one space and the ends trimmed, as
 * copy from a page reads. The text of the result is
 * what {@link inlineText} gives, so offsets into it cut the nodes. A line
 * break stays one (it reads as one space).
 */
export function normalizeInline(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const collapsed = collapse(nodes);
  trimEdge(collapsed, 'start');
  trimEdge(collapsed, 'end');
  return dropEmpty(collapsed);
}

function collapse(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value.replace(/\s+/g, ' ') });
    else if (node.type === 'break') out.push(node);
    else if ('children' in node)
      out.push({ ...node, children: collapse(node.children as PhrasingContent[]) } as PhrasingContent);
    else out.push(node);
  }
  // Two spaces meeting across nodes become one.
  let previousSpace = true;
  const walk = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'text') {
        if (previousSpace) node.value = node.value.replace(/^ /, '');
        if (node.value) previousSpace = node.value.endsWith(' ');
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
      else previousSpace = node.type === 'break';
    }
  };
  walk(out);
  return out;
}

function trimEdge(nodes: PhrasingContent[], edge: 'start' | 'end'): void {
  const order = edge === 'start' ? nodes : [...nodes].reverse();
  for (const node of order) {
    if (node.type === 'text') {
      node.value = edge === 'start' ? node.value.trimStart() : node.value.trimEnd();
      if (node.value) return;
    } else if ('children' in node) {
      trimEdge(node.children as PhrasingContent[], edge);
      if (nodeText(node)) return;
    } else if (nodeText(node)) return;
  }
}

function dropEmpty(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.filter((node) => {
    if (node.type === 'text') return node.value !== '';
    if ('children' in node) {
      (node as { children: PhrasingContent[] }).children = dropEmpty(node.children as PhrasingContent[]);
      // An empty link or emphasis shows nothing; an image without alt still shows.
      return (node.children as PhrasingContent[]).length > 0;
    }
    return true;
  });
}

/**
 * The part of the nodes between two offsets of their text. Text is cut
 * anywhere; an atom (an image, inline code) goes with the part its start is
 * in; links and emphasis are cut into two of the same kind.
 */
export function sliceInline(nodes: readonly PhrasingContent[], start: number, end = Infinity): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let offset = 0;
  for (const node of nodes) {
    const length = nodeText(node).length;
    const from = offset;
    offset += length;
    if (offset <= start && length > 0) continue;
    if (from >= end) break;
    if (node.type === 'text') {
      const value = node.value.slice(Math.max(0, start - from), Math.max(0, end - from));
      if (value) out.push({ type: 'text', value });
    } else if ('children' in node) {
      const children = sliceInline(node.children as PhrasingContent[], start - from, end - from);
      if (children.length) out.push({ ...node, children } as PhrasingContent);
    } else if (from >= start) {
      out.push(node);
    }
  }
  return out;
}

/** The nodes without surrounding whitespace in their text. */
export function trimInline(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const text = inlineText(nodes);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return sliceInline(nodes, start, end);
}
