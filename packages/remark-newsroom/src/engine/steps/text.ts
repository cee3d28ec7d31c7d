/**
 * How the pass reads author text: as it will read on the page, from the
 * pass's own state, never back from the tree (Sätteri queues edits, so the
 * tree would still show the old text). A directive that is not ours reads as
 * its source (`10:30`, `Leser:innen`), text with its typography, code as written.
 */
import type { TextReader } from '../input.js';
import { directiveMarkers } from '../markers.js';
import { directiveKind, type MdastNode, sliceSource } from '../tree.js';

export interface PassText {
  /** The final value of each text node typography changed (filled by the typography step). */
  readonly changed: Map<MdastNode, string>;
  read: TextReader;
  /** A node's exact source, or (without positions) its marker and name. */
  sourceOf(node: MdastNode): string;
}

export function passText(source: string | undefined, isOurs: (name: string | null | undefined) => boolean): PassText {
  const changed = new Map<MdastNode, string>();
  const sourceOf = (node: MdastNode): string => {
    const kind = directiveKind(node);
    return sliceSource(node, source) ?? `${kind && directiveMarkers[kind]}${node.name ?? ''}`;
  };
  const readNode = (node: MdastNode): string => {
    if (node.type === 'text') return changed.get(node) ?? node.value ?? '';
    if (directiveKind(node) && !isOurs(node.name)) return sourceOf(node);
    if (node.value !== undefined) return node.value;
    if (node.type === 'image') return node.alt ?? '';
    return node.children ? read(node.children) : '';
  };
  const read: TextReader = (nodes) =>
    Array.isArray(nodes) ? nodes.map(readNode).join('') : readNode(nodes as MdastNode);
  return { changed, read, sourceOf };
}

/** Text as written: a node's source where positions allow, else its text. */
export function sourceReader(source: string | undefined): TextReader {
  const read: TextReader = (nodes) =>
    (Array.isArray(nodes) ? nodes : [nodes as MdastNode])
      .map((node) => sliceSource(node, source) ?? node.value ?? (node.children ? read(node.children) : ''))
      .join('');
  return read;
}
