import type { BlockContent, Blockquote, DefinitionContent } from 'mdast';
import { type BlockDefinition, type BlockRegistry, blockNamed } from '../block.js';
import type { TextReader } from '../input.js';
import type { BlockInput } from '../types.js';

/** A node one of the registry's blocks renders. */
export interface Claim {
  block: BlockDefinition;
  input: BlockInput;
}

/** The block a plain-Markdown blockquote becomes (see `BlockDefinition.fromBlockquote`), if any. */
export function blockquoteClaim(node: Blockquote, registry: BlockRegistry, read: TextReader): Claim | undefined {
  for (const block of Object.values(registry)) {
    const input = block.fromBlockquote?.(node, read);
    if (input) return { block: blockNamed(registry, input.name) ?? block, input };
  }
  return undefined;
}

/** The children of a claimed blockquote that are not on the page (the attribution line). */
export function droppedChildren(node: Blockquote, claim: Claim): Array<BlockContent | DefinitionContent> {
  return (node.children ?? []).filter((child) => !claim.input.children.includes(child));
}
