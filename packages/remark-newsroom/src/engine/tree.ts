/**
 * The mdast the engine reads, and the narrow adapter through which a front end
 * lets the engine change its tree. unified hands over plain unist objects;
 * Sätteri hands over lazy nodes with the same fields. Both are read the same
 * way; only writing differs (unified mutates, Sätteri queues edits).
 */
import type { ElementContent, Properties } from 'hast';
import type { Heading, Nodes, Parent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { directiveNodeTypes } from './markers.js';
import type { DirectiveKind } from './types.js';

/** A directive node of any form (mdast-util-directive's types; they join mdast's `Nodes`). */
export type Directive = ContainerDirective | LeafDirective | TextDirective;

// The fields mdast-util-to-hast (and Sätteri) read on any node's `data`,
// declared as mdast-util-to-hast declares them, so the two declarations merge.
declare module 'mdast' {
  interface Data {
    hChildren?: Array<ElementContent> | undefined;
    hName?: string | undefined;
    hProperties?: Properties | undefined;
  }
}

/**
 * Whether a node holds children. The value counts, not the key: a node
 * Sätteri hands over may answer `children` with nothing.
 */
export function isParent(node: Nodes): node is Extract<Nodes, Parent> {
  return 'children' in node && Boolean(node.children);
}

/** A node's children, or none (a literal, a break, an image). */
export function childrenOf(node: Nodes): RootContent[] {
  return isParent(node) ? node.children : [];
}

/** The `value` of a literal node (text, code, html, …). */
export function literalValue(node: Nodes): string | undefined {
  return 'value' in node ? node.value : undefined;
}

/**
 * How the document pass changes a tree. Replacement content may hold the
 * replaced node's own descendants (a quote keeps the author's paragraphs), and
 * those may be edited or replaced too: the adapter must honour every edit,
 * whatever order they come in.
 */
export interface TreeAdapter {
  setText(node: Text, value: string): void;
  setHeadingId(node: Heading, id: string): void;
  replace(node: Nodes, nodes: RootContent[]): void;
  /** Called once the pass has made every edit (an adapter may batch them). */
  finish?(root: Root): void;
  /**
   * The processor converts `data.hChildren` (mdast-util-to-hast does): markup
   * without author content can then be handed over as finished hast.
   */
  readonly hastChildren?: boolean;
}

const directiveKinds: Readonly<Record<string, DirectiveKind>> = Object.fromEntries(
  Object.entries(directiveNodeTypes).map(([kind, type]) => [type, kind as DirectiveKind]),
);

export function directiveKind(node: Nodes): DirectiveKind | undefined {
  return directiveKinds[node.type];
}

/** Narrows a node to a directive. */
export function isDirective(node: Nodes): node is Directive {
  return directiveKind(node) !== undefined;
}

/**
 * A directive another plugin has claimed: it named the element it becomes
 * (`hName`, as remark-directive's README and Starlight's asides do) or gave
 * its content (`hChildren`). Its output is theirs: neither restored nor
 * reported. Other `data` (a line attribute a plugin puts on every node)
 * claims nothing.
 */
export function isClaimed(node: Directive): boolean {
  const data = node.data as { hName?: unknown; hChildren?: unknown } | undefined | null;
  return Boolean(data?.hName || data?.hChildren);
}

/**
 * The exact source of a node. The parser turns NUL into U+FFFD everywhere
 * else, so a slice does too.
 */
export function sliceSource(node: Nodes, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return undefined;
  const text = source.slice(start, end);
  // Looking is cheaper than replacing: sources rarely hold NUL, and a container's source is its whole body.
  return text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text;
}

/**
 * Positions count from after a byte-order mark (micromark and Sätteri both
 * skip it), so the source they are sliced from must too.
 */
export function withoutBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

/** `data.hProperties.id` on a heading, keeping what else its data holds. */
export function withHeadingId(node: Heading, id: string): Heading['data'] {
  return { ...node.data, hProperties: { ...node.data?.hProperties, id } };
}
