import type { PhrasingContent, RootContent } from 'mdast';
import type { BlockContent } from './types.js';

/**
 * The engine's markup as mdast: each element becomes a node with
 * `data.hName`/`data.hProperties` (hast property names, honoured by
 * mdast-util-to-hast and by Sätteri alike), and each slot gives back the
 * author's own nodes. With `hastChildren`, slot-free markup is handed over
 * whole as `data.hChildren` instead of node by node.
 */
export function toMdast(content: BlockContent[], options: { hastChildren?: boolean | undefined } = {}): RootContent[] {
  const out: RootContent[] = [];
  for (const node of content) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    // A slot holds the author's own mdast nodes (typed `unknown` so the component path can hold HTML).
    // A loop, not `push(...)`: a slot may hold more nodes than a call takes arguments.
    else if (node.type === 'newsroomSlot') for (const inner of node.content as RootContent[]) out.push(inner);
    else if (options.hastChildren && !hasSlot(node)) {
      out.push({
        type: 'paragraph',
        data: { hName: node.tagName, hProperties: node.properties, hChildren: node.children },
        children: [],
      });
    } else {
      out.push({
        type: 'paragraph',
        data: { hName: node.tagName, hProperties: node.properties },
        // With `hName` the paragraph is any element: both processors take its children as they are, blocks too.
        children: toMdast(node.children as BlockContent[], options) as PhrasingContent[],
      });
    }
  }
  return out;
}

function hasSlot(node: BlockContent): boolean {
  return node.type === 'newsroomSlot' || (node.type === 'element' && (node.children as BlockContent[]).some(hasSlot));
}
