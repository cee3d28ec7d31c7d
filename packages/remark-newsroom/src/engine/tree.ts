/**
 * The mdast the engine reads, and the narrow adapter through which a front end
 * lets the engine change its tree. unified hands over plain unist objects;
 * Sätteri hands over lazy nodes with the same fields. Both are read the same
 * way; only writing differs (unified mutates, Sätteri queues edits).
 */
import { directiveNodeTypes } from './markers.js';
import type { DirectiveKind, Position } from './types.js';

/** The fields of an mdast node the engine reads. */
export interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: Record<string, string | null | undefined> | null;
  children?: MdastNode[];
  data?: Record<string, unknown> | null;
  position?: Position | null;
}

/**
 * How the document pass changes a tree. Replacement content may hold the
 * replaced node's own descendants (a quote keeps the author's paragraphs), and
 * those may be edited or replaced too: the adapter must honour every edit,
 * whatever order they come in.
 */
export interface TreeAdapter {
  setText(node: MdastNode, value: string): void;
  setHeadingId(node: MdastNode, id: string): void;
  replace(node: MdastNode, nodes: MdastNode[]): void;
  /** Called once the pass has made every edit (an adapter may batch them). */
  finish?(root: MdastNode): void;
  /**
   * The processor converts `data.hChildren` (mdast-util-to-hast does): markup
   * without author content can then be handed over as finished hast.
   */
  readonly hastChildren?: boolean;
}

const directiveKinds: Readonly<Record<string, DirectiveKind>> = Object.fromEntries(
  Object.entries(directiveNodeTypes).map(([kind, type]) => [type, kind as DirectiveKind]),
);

export function directiveKind(node: MdastNode): DirectiveKind | undefined {
  return directiveKinds[node.type];
}

/**
 * The exact source of a node. The parser turns NUL into U+FFFD everywhere
 * else, so a slice does too.
 */
export function sliceSource(node: MdastNode, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return undefined;
  return source.slice(start, end).replaceAll('\0', '\uFFFD');
}

/**
 * Positions count from after a byte-order mark (micromark and Sätteri both
 * skip it), so the source they are sliced from must too.
 */
export function withoutBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

/** `data.hProperties.id` on a heading, keeping what else its data holds. */
export function withHeadingId(node: MdastNode, id: string): Record<string, unknown> {
  return { ...node.data, hProperties: { ...(node.data?.hProperties as object), id } };
}
