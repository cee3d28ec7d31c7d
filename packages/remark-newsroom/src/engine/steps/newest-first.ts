/**
 * Step 5, feeds newest first: blocks of a feed (`:::update`) that stand next
 * to each other (siblings with nothing between them) form one feed, and its
 * places are filled newest first, whatever the source order. Anything between
 * two of them (a heading, a paragraph) ends a feed, so nothing else moves.
 * Each block was rendered in document order (ids, diagnostics and the record
 * follow the source); only the places change.
 */
import type { Nodes, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { TreeAdapter } from '../tree.js';
import type { BlockInput } from '../types.js';
import { minuteOf, newestFirst, parseUpdateTime } from '../update-times.js';
import type { FeedEntry } from './collect.js';

export function placeNewestFirst(
  entries: readonly FeedEntry[],
  inputs: ReadonlyMap<Nodes, BlockInput>,
  rendered: ReadonlyMap<Nodes, RootContent[]>,
  adapter: TreeAdapter,
): void {
  const minute = (node: ContainerDirective) => {
    const written = inputs.get(node)?.attributes.time;
    const time = written === undefined ? undefined : parseUpdateTime(written);
    return time && minuteOf(time);
  };
  let feed: ContainerDirective[] = [];
  const flush = () => {
    const order = newestFirst(feed, minute);
    feed.forEach((place, at) => {
      const next = order[at];
      const nodes = next && rendered.get(next);
      if (nodes) adapter.replace(place, nodes);
    });
    feed = [];
  };
  entries.forEach((entry, at) => {
    const previous = entries[at - 1];
    if (previous && !(previous.parent === entry.parent && previous.index === entry.index - 1)) flush();
    feed.push(entry.node);
  });
  flush();
}
