/**
 * A copy of a Sätteri document's tree, built from visitor calls, for the
 * document pass to read.
 *
 * Why: walking Sätteri's tree from `before` or `after` materialises every
 * node with frozen positions and data (about four times the cost of parsing
 * the document), while nodes handed to visitors are cheap. Sätteri
 * visits in document order (parents first), so nesting follows from the
 * positions. The copy's nodes are the visitor nodes themselves, so edits go
 * to Sätteri's own nodes; content the pass made is mapped down to them
 * through {@link MirrorBuilder.real}.
 */
import type { List, ListItem, Nodes, Parent, Root, RootContent } from 'mdast';
import { isParent } from './engine/tree.js';

/** Every node type Sätteri hands to mdast visitors. */
export const visitedTypes = [
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'html',
  'code',
  'definition',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'footnoteDefinition',
  'footnoteReference',
  'table',
  'tableRow',
  'tableCell',
  'delete',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'containerDirective',
  'leafDirective',
  'textDirective',
  'superscript',
  'subscript',
  'descriptionList',
  'descriptionTerm',
  'descriptionDetails',
  'custom',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
] as const;

/** Types whose nodes never hold children; every other type gets a `children` array. */
const leafTypes = new Set([
  'thematicBreak',
  'html',
  'code',
  'definition',
  'text',
  'inlineCode',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/** Where a node stands directly in a list item. */
export interface ListPlace {
  item: ListItem;
  list: List;
}

export class MirrorBuilder {
  readonly root: Root;
  /** False once a node came without a position: then the copy can't be trusted. */
  complete = true;
  /** Sätteri's nodes the copy holds (content the pass made is not among them). */
  readonly #held = new Set<Nodes>();
  /** Nodes that stand directly in a list item, with that item (see {@link MirrorBuilder.listItemOf}). */
  readonly #listItemOf = new Map<Nodes, ListItem>();
  /** Each list item's list. */
  readonly #listOf = new Map<ListItem, List>();
  readonly #open: { node: Parent; start: number; end: number }[] = [];

  /** The root holds every node, whatever the source's length. */
  constructor() {
    this.root = { type: 'root', children: [] };
    this.#open.push({ node: this.root, start: 0, end: Number.POSITIVE_INFINITY });
  }

  /**
   * Adds a visited node under the innermost open node that contains it. The
   * copy holds the node Sätteri handed over (a fresh plain object per call, which
   * Sätteri knows by identity when it comes back in a replacement) with its lazy
   * `children` swapped for the copy's own list: no field is copied.
   */
  add(node: Nodes): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      this.complete = false;
      return;
    }
    if (!leafTypes.has(node.type)) {
      Object.defineProperty(node, 'children', { value: [], writable: true, enumerable: true, configurable: true });
    }
    const copy = node as RootContent;
    this.#held.add(copy);
    const open = this.#open;
    let parent = open[open.length - 1];
    while (parent && open.length > 1 && !(start >= parent.start && end <= parent.end)) {
      open.pop();
      parent = open[open.length - 1];
    }
    parent?.node.children?.push(copy);
    if (parent?.node.type === 'listItem') this.#listItemOf.set(copy, parent.node as ListItem);
    else if (parent?.node.type === 'list' && copy.type === 'listItem') this.#listOf.set(copy, parent.node as List);
    if (isParent(copy)) open.push({ node: copy, start, end });
  }

  /**
   * The list item and list a node stands directly in: Sätteri unwraps a
   * `paragraph` there in a tight list whatever its `hName`, and puts nothing
   * between two it unwraps (see `satteri-list-item.ts`).
   */
  listItemOf = (node: Nodes): ListPlace | undefined => {
    const item = this.#listItemOf.get(node);
    const list = item && this.#listOf.get(item);
    return item && list ? { item, list } : undefined;
  };

  /** True for one of Sätteri's nodes in the copy (not for content the pass made). */
  isCopy = (node: Nodes): boolean => this.#held.has(node);

  /** Sätteri's node for a node of the copy; content the pass made is mapped all the way down. */
  real = (node: Nodes): Nodes => {
    if (this.#held.has(node)) return node;
    // Content the pass made, holding copies: the same node with Sätteri's nodes as its children.
    return isParent(node) ? ({ ...node, children: node.children.map(this.real) } as Nodes) : node;
  };
}
