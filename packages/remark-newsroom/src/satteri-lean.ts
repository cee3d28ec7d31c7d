/**
 * Replacement content in the shape Sätteri takes in cheapest, with the same
 * HTML. Sätteri encodes every node of a replacement (each node's `data` as
 * JSON, which Rust parses again), applies it and converts it: the fewer nodes
 * and the shorter their `data`, the less a block costs. Measured on the
 * Performance page ("Per block: steps tried").
 */
import type { Nodes } from 'mdast';

/**
 * With the copy (`lean`), every text a replacement holds is a new node, so
 * neighbouring texts go over as one (a quote's marks and its words: three
 * nodes to encode and convert become one). The same characters, so the same
 * HTML; without the copy a text may be Sätteri's own node, which must stay.
 * A text with `data` (an `hName`, say) is a node of its own and stays one.
 */
export function leanChildren(children: Nodes[]): Nodes[] {
  let out: Nodes[] | undefined;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Nodes;
    const previous = out ? out[out.length - 1] : index > 0 ? children[index - 1] : undefined;
    if (child.type === 'text' && previous?.type === 'text' && !child.data && !previous.data) {
      out ??= children.slice(0, index);
      out[out.length - 1] = { type: 'text', value: previous.value + child.value };
    } else out?.push(child);
  }
  return out ?? children;
}

/**
 * An element's `data` as Sätteri needs it: each node's `data` crosses to Rust
 * as JSON, so an empty `hProperties` is left out, and a bare `<p>` inside
 * another element is a plain paragraph, which Sätteri renders the same. Not
 * at the top of a replacement: there a paragraph in a tight list item would
 * lose its `<p>`.
 */
export function leanData(node: Nodes, inElement: boolean): Pick<Nodes, 'data'> {
  const data = node.data;
  if (node.type !== 'paragraph' || !data?.hName) return {};
  const { hName, hProperties, ...rest } = data;
  const bare = !hProperties || Object.keys(hProperties).length === 0;
  if (!bare) return {};
  if (hName === 'p' && inElement && Object.keys(rest).length === 0) return { data: undefined };
  return { data: { ...rest, hName } };
}

/** The node type a block's element stands in a list item as (any type Sätteri does not know). */
export const listItemElementType = 'newsroomElement';

/**
 * A block's outer element where it stands directly in a list item. Sätteri
 * unwraps every `paragraph` at the top of a tight list item, `hName` or not,
 * so the block would lose its element (`<figure data-nr="quote">`, …);
 * mdast-util-to-hast unwraps only a `<p>`. A node of a type Sätteri does not
 * know, with the same `hName`, becomes the same element and is kept, as on
 * unified. A `<p>` stays a paragraph: unified unwraps that one too.
 */
export function blockElement(node: Nodes): Nodes {
  const hName = node.data?.hName;
  if (node.type !== 'paragraph' || hName === undefined || hName === 'p') return node;
  return { ...node, type: listItemElementType } as unknown as Nodes;
}
