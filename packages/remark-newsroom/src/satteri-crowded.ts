/**
 * A paragraph with many edits goes to Sätteri as ONE replacement. Sätteri
 * applies a replacement by finding its node among the parent's children, and
 * resolves a reference to one of its own nodes inside a replaced parent the
 * same way: both cost the parent's length, so a paragraph of thousands of
 * foreign directives (`a:b` in imported copy) or credits (a live ticker)
 * cost the square of its length (measured on the Performance page).
 *
 * A crowded paragraph is replaced by a copy of itself built of new nodes
 * only, every edit inside it (replacements, final texts) applied in the copy
 * and taken off the queue. Only a paragraph that stays where it is (no
 * replaced ancestor, not a container's label): then it is on the page as
 * itself, and its copy is too.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { childrenOf, isParent } from './engine/tree.js';

/** Replaced children from which a paragraph is replaced whole: below it, one edit per child costs less. */
export const crowdedAt = 8;

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
      out.push(value !== undefined || isCopy(node) ? { type: 'text', value: value ?? node.value ?? '' } : node);
      return;
    }
    if (isParent(node)) {
      const children: RootContent[] = [];
      for (let index = 0; index < node.children.length; index++) fresh(node.children[index] as RootContent, children);
      out.push({ ...node, children } as RootContent);
      return;
    }
    out.push(isCopy(node) ? ({ ...node } as RootContent) : node);
  };

  const walk = (parent: Nodes, replacedAbove: boolean): void => {
    const children = childrenOf(parent);
    let replaced = 0;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as RootContent;
      const isReplaced = replacements.has(child);
      if (isReplaced) replaced++;
      if (isParent(child)) walk(child, replacedAbove || isReplaced);
    }
    if (parent.type !== 'paragraph' || replaced < crowdedAt || replacedAbove) return;
    if (parent.data?.directiveLabel || !isCopy(parent)) return;
    const copy: RootContent[] = [];
    fresh(parent, copy);
    replacements.set(parent, copy);
  };
  walk(root, false);
}
