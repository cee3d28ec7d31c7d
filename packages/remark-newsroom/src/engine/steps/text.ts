/**
 * How the pass reads author text: as it will read on the page, from the
 * pass's own state, never back from the tree (Sätteri queues edits, so the
 * tree would still show the old text). A directive that is not ours reads as
 * its source (`10:30`, `Leser:innen`), text with its typography, code as written.
 */

import type { Nodes, Text } from 'mdast';
import type { TextReader } from '../input.js';
import { directiveMarkers } from '../markers.js';
import { directiveKind, isDirective, isParent, literalValue, sliceSource } from '../tree.js';

export interface PassText {
  /** The final value of each text node typography changed (filled by the typography step). */
  readonly changed: Map<Text, string>;
  read: TextReader;
  /** A node's exact source, or (without positions) its marker and name. */
  sourceOf(node: Nodes): string;
}

export function passText(source: string | undefined, isOurs: (name: string | null | undefined) => boolean): PassText {
  const changed = new Map<Text, string>();
  const sourceOf = (node: Nodes): string => {
    const kind = directiveKind(node);
    const name = 'name' in node ? node.name : undefined;
    return sliceSource(node, source) ?? `${kind && directiveMarkers[kind]}${name ?? ''}`;
  };
  const readNode = (node: Nodes): string => {
    if (node.type === 'text') return changed.get(node) ?? node.value ?? '';
    if (isDirective(node) && !isOurs(node.name)) return sourceOf(node);
    const value = literalValue(node);
    if (value !== undefined) return value;
    if (node.type === 'image') return node.alt ?? '';
    return isParent(node) ? read(node.children) : '';
  };
  const read: TextReader = (nodes) => (isNodeList(nodes) ? nodes.map(readNode).join('') : readNode(nodes));
  return { changed, read, sourceOf };
}

/** Text as written: a node's source where positions allow, else its text. */
export function sourceReader(source: string | undefined): TextReader {
  const read: TextReader = (nodes) =>
    (isNodeList(nodes) ? nodes : [nodes])
      .map((node) => sliceSource(node, source) ?? literalValue(node) ?? (isParent(node) ? read(node.children) : ''))
      .join('');
  return read;
}

// `Array.isArray` does not narrow a readonly array out of a union.
function isNodeList(nodes: Nodes | readonly Nodes[]): nodes is readonly Nodes[] {
  return Array.isArray(nodes);
}
