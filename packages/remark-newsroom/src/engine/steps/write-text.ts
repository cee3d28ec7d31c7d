/**
 * Step 6, text: the tree is told the final text of every run that stays on
 * the page. Text inside a paragraph a block took apart, or inside a directive
 * shown as its source, is left as it is (it is not on the page as text).
 */
import type { Text } from 'mdast';
import type { TreeAdapter } from '../tree.js';
import type { RenderedBlocks } from './blocks.js';
import type { Run } from './collect.js';

export function writeText(
  runs: readonly Run[],
  changed: ReadonlyMap<Text, string>,
  { dropped, asSource }: RenderedBlocks,
  adapter: TreeAdapter,
): void {
  for (const run of runs) {
    if (dropped.has(run.owner)) continue;
    // Indexed: a run may hold tens of thousands of nodes.
    for (let index = 0; index < run.nodes.length; index++) {
      const node = run.nodes[index] as Text;
      const value = changed.get(node);
      if (value !== undefined && !asSource.has(node)) adapter.setText(node, value);
    }
  }
}
