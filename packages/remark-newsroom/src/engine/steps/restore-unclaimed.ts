/**
 * The restore pass, for pipelines where other directive plugins run after
 * ours (`unknownDirectives: 'keep'`): every directive no plugin claimed (a
 * claimed one carries `data`) comes back as its exact source. Run it last.
 */
import type { Parent, Root, RootContent } from 'mdast';
import { containerLabel, directiveInput } from '../input.js';
import { restore } from '../restore.js';
import { toMdast } from '../to-mdast.js';
import { type Directive, isClaimed, isDirective, isParent, type TreeAdapter } from '../tree.js';
import { verbatimBlock } from './collect.js';
import { sourceReader } from './text.js';

export function restoreUnclaimed(root: Root, source: string | undefined, adapter: TreeAdapter): void {
  const walk = (parent: Parent): void => {
    for (const child of parent.children ?? []) {
      if (isDirective(child) && !isClaimed(child)) {
        adapter.replace(child, restoredDirective(child, source, adapter.hastChildren));
        // Only a container's content renders as Markdown; it may hold more.
        if (child.type === 'containerDirective')
          walk({ type: child.type, children: child.children?.filter((c) => c !== containerLabel(child)) });
        continue;
      }
      if (isParent(child) && !verbatimBlock.has(child.type)) walk(child);
    }
  };
  walk(root);
  adapter.finish?.(root);
}

/** One unclaimed directive as the nodes that show its source. */
export function restoredDirective(node: Directive, source: string | undefined, hastChildren = false): RootContent[] {
  return toMdast(restore(directiveInput(node, source, sourceReader(source))), { hastChildren });
}
