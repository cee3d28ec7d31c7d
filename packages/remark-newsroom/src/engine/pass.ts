/**
 * The document pass: everything the engine does to one document, in a fixed
 * order, for every processor. A front end hands over its tree, the block
 * registry and a {@link TreeAdapter}; nothing else is processor-specific.
 * Each step is one file in `steps/`, in the order they run here.
 */
import type { Root, RootContent } from 'mdast';
import type { Locale } from '../locales.js';
import type { ResolvedOptions } from '../settings.js';
import { type BlockRegistry, blockNamed } from './block.js';
import { createDocument } from './document.js';
import { directiveInput } from './input.js';
import { renderBlocks } from './steps/blocks.js';
import { collect } from './steps/collect.js';
import { headingIds } from './steps/heading-ids.js';
import { placeNewestFirst } from './steps/newest-first.js';
import { passText } from './steps/text.js';
import { applyTypography } from './steps/typography.js';
import { writeText } from './steps/write-text.js';
import type { TreeAdapter } from './tree.js';
import type { BlockInput, Diagnostic, DocumentContext } from './types.js';
import { collectUpdates, newestFirst, publishedInstant, recordMinute } from './update-times.js';

export interface DocumentPassInput {
  root: Root;
  /** The source the positions point into (without a byte-order mark). */
  source: string | undefined;
  settings: ResolvedOptions;
  locale: Locale;
  adapter: TreeAdapter;
  /** The blocks to render, by directive name (remark-newsroom's `blocks`). */
  blocks: BlockRegistry;
  /**
   * Frontmatter `published` (a date or an ISO string), where the front end
   * knows it: updates before it are reported.
   */
  published?: unknown;
  /**
   * Lets a front end put its own node where a block would render (component
   * overrides). The block is still validated and recorded.
   */
  transformBlock?: ((input: BlockInput, doc: DocumentContext) => RootContent | undefined) | undefined;
}

export type DocumentResult = DocumentContext & { diagnostics: Diagnostic[] };

export function runDocumentPass(input: DocumentPassInput): DocumentResult {
  const { root, source, settings, locale, adapter, blocks: registry } = input;
  const text = passText(source, (name) => blockNamed(registry, name) !== undefined);

  // 1. Collect: headings, inline runs and targets, in document order.
  const found = collect({ root, source, settings, locale, registry, text });

  // 2. Typography: from here on, the pass reads the final text.
  applyTypography(found.runs, settings, locale, text.changed);

  // 3. Heading ids, from the text as it reads.
  const headings = headingIds(found.headings, found.linksHeadings, settings, text.read, adapter);

  // 4. Blocks. The feed's blocks are read first: a summary lists the latest.
  const feedInputs = new Map(found.feed.map(({ node }) => [node, directiveInput(node, source, text.read)]));
  const doc = createDocument(settings, locale, headings, collectUpdates([...feedInputs.values()]));
  doc.published = publishedInstant(input.published);
  const rendered = renderBlocks({
    ...found,
    source,
    settings,
    registry,
    doc,
    read: text.read,
    adapter,
    feedInputs,
    transformBlock: input.transformBlock,
  });

  // 5. Feeds newest first.
  placeNewestFirst(found.feed, feedInputs, rendered.held, adapter);
  doc.record.updates = newestFirst(doc.record.updates, recordMinute);

  // 6. The final text, where it stays on the page.
  writeText(found.runs, text.changed, rendered, adapter);
  adapter.finish?.(root);
  return doc;
}
