/**
 * A node with many edits among its children goes to Sätteri as ONE edit.
 * Sätteri applies a replacement by finding its node among the parent's
 * children, and resolves a reference to one of its own nodes inside a
 * replaced parent the same way: both cost the parent's length, so a
 * paragraph of thousands of foreign directives (`a:b` in imported copy) or
 * credits (a live ticker) cost the square of its length (measured on the
 * Performance page).
 *
 * The tree is walked as it will stand on the page: a replaced node is
 * followed into its replacement, wherever that puts the node's own
 * descendants (a quote's paragraphs in its `<blockquote>`, a restored
 * container's children between its fences, a feed's updates in another
 * place). A crowded node found there is built anew, every edit inside it
 * (replacements, final texts) applied in the copy and taken off the queue:
 * - one of Sätteri's nodes (a paragraph, emphasis, a link) is replaced by
 *   its copy, one edit;
 * - a node the pass made (a quote's `<p>` around the author's words, when
 *   the quote adds its marks) gets the copies as its children, no edit.
 * A node that is not on the page (a paragraph a block took apart) is never
 * reached, so its edits stay queued as they were. A container's label is
 * left alone: Sätteri does not hold it as a child of the container.
 *
 * Only phrasing parents are built anew (see {@link rebuiltTypes}): a
 * heading's id is set on Sätteri's node directly, and a list item's
 * replacements still need the list-item rules (`satteri-list-item.ts`), so a
 * copy of either, or of a node holding them, would lose what they get.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { isParent } from './engine/tree.js';

/** Replaced children from which a node is built anew: below it, one edit per child costs less. */
export const crowdedAt = 8;

/** Parents whose content is phrasing only, so their copy holds no heading, list item or block. */
const rebuiltTypes = new Set(['paragraph', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

export function replaceCrowdedParagraphs(
  root: Root,
  replacements: Map<Nodes, RootContent[]>,
  texts: Map<Nodes, string>,
  isCopy: (node: Nodes) => boolean,
): void {
  /** Appends what `node` becomes, as new nodes, taking its edits off the queue. */
  const fresh = (node: RootContent, out: RootContent[]): void => {
    const replacement = replacements.get(node);
    if (replacement) {
      replacements.delete(node);
      for (let index = 0; index < replacement.length; index++) fresh(replacement[index] as RootContent, out);
      return;
    }
    if (node.type === 'text') {
      const value = texts.get(node);
      if (value !== undefined) texts.delete(node);
      if (value === undefined && !isCopy(node)) out.push(node);
      else out.push(positioned({ type: 'text', value: value ?? node.value ?? '' }, node));
      return;
    }
    if (isParent(node)) out.push({ ...node, children: freshChildren(node.children) } as RootContent);
    else out.push(isCopy(node) ? ({ ...node } as RootContent) : node);
  };
  const freshChildren = (children: RootContent[]): RootContent[] => {
    const out: RootContent[] = [];
    for (let index = 0; index < children.length; index++) fresh(children[index] as RootContent, out);
    return out;
  };

  // A node reached twice (a block that repeats the author's words) is built anew once.
  const reached = new Set<Nodes>();
  const walk = (node: Nodes): void => {
    if (reached.has(node)) return;
    reached.add(node);
    const replacement = replacements.get(node);
    if (replacement) {
      for (let index = 0; index < replacement.length; index++) walk(replacement[index] as RootContent);
      return;
    }
    if (!isParent(node)) return;
    const children = node.children as RootContent[];
    let replaced = 0;
    for (let index = 0; index < children.length && replaced < crowdedAt; index++) {
      if (replacements.has(children[index] as RootContent)) replaced++;
    }
    const isLabel = node.type === 'paragraph' && Boolean(node.data?.directiveLabel);
    if (replaced >= crowdedAt && rebuiltTypes.has(node.type) && !isLabel) {
      if (!isCopy(node)) {
        node.children = freshChildren(children) as typeof node.children;
        return;
      }
      const copy: RootContent[] = [];
      fresh(node as RootContent, copy);
      replacements.set(node, copy);
      return;
    }
    for (let index = 0; index < children.length; index++) walk(children[index] as RootContent);
  };
  walk(root);
}

/** A new text node keeps the source node's position, as a handed-over text does. */
function positioned(text: { type: 'text'; value: string }, source: Nodes): RootContent {
  return source.position ? { ...text, position: source.position } : text;
}
