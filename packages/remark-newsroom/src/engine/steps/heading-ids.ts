/**
 * Step 3, heading ids: as Astro assigns them (github-slugger), from each
 * heading's text as it will read. An id the author (or an earlier plugin)
 * set is kept and counted.
 */
import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
import type { ResolvedOptions } from '../../settings.js';
import type { TextReader } from '../input.js';
import type { TreeAdapter } from '../tree.js';
import type { HeadingEntry } from '../types.js';

/** The headings with their ids; empty when no id is set and no block links them. */
export function headingIds(
  headings: readonly Heading[],
  linksHeadings: boolean,
  settings: ResolvedOptions,
  read: TextReader,
  adapter: TreeAdapter,
): HeadingEntry[] {
  const ids = settings.headingIds === 'auto' ? linksHeadings : settings.headingIds;
  const entries: HeadingEntry[] = [];
  if (!ids && !linksHeadings) return entries;
  const slugger = new GithubSlugger();
  for (const node of headings) {
    const text = read(node);
    const existing = node.data?.hProperties?.id;
    const id = typeof existing === 'string' ? existing : slugger.slug(text);
    if (typeof existing === 'string') slugger.slug(existing);
    else if (ids) adapter.setHeadingId(node, id);
    entries.push({ depth: node.depth ?? 1, id, text });
  }
  return entries;
}
