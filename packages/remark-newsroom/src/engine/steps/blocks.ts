/**
 * Step 4, blocks, in document order, so ids, diagnostics and the record
 * follow the text: each of our directives becomes a `BlockInput` and renders
 * through its block; a blockquote a block claims (the quote's attribution
 * line) renders as that block; directives that are not ours come back as
 * their exact source, unless the front end keeps them for a later plugin.
 *
 * A paragraph a block takes apart (an attribution line, the label of a
 * container shown as written) is not on the page: nothing in it is edited.
 */
import type { Nodes, RootContent } from 'mdast';
import type { ResolvedOptions } from '../../settings.js';
import { type BlockRegistry, blockNamed } from '../block.js';
import type { ContainerFences } from '../fences.js';
import { containerLabel, directiveInput, type TextReader } from '../input.js';
import { renderDirective } from '../render.js';
import { isRestored, restore } from '../restore.js';
import { ShownAsSource } from '../shown-as-source.js';
import { toMdast } from '../to-mdast.js';
import { isClaimed, isDirective, sliceSource, type TreeAdapter } from '../tree.js';
import type { BlockInput, DocumentContext } from '../types.js';
import { blockquoteClaim, droppedChildren } from './claims.js';
import { maxNesting, type Target } from './collect.js';
import { reportLikelyTypo } from './typos.js';

export interface BlocksInput {
  targets: readonly Target[];
  fences: ContainerFences;
  source: string | undefined;
  settings: ResolvedOptions;
  registry: BlockRegistry;
  doc: DocumentContext;
  read: TextReader;
  adapter: TreeAdapter;
  /** The inputs of the feed's blocks (`:::update`), read before any block rendered: they are held, not placed. */
  feedInputs: ReadonlyMap<Nodes, BlockInput>;
  transformBlock?: ((input: BlockInput, doc: DocumentContext) => RootContent | undefined) | undefined;
}

export interface RenderedBlocks {
  /** Paragraphs a block took apart: not on the page. */
  dropped: Set<Nodes>;
  /** Directives shown as their source: nothing inside them is edited. */
  asSource: ShownAsSource;
  /** What each feed block renders to, placed once all have rendered. */
  held: Map<Nodes, RootContent[]>;
}

export function renderBlocks(input: BlocksInput): RenderedBlocks {
  const { targets, fences, source, settings, registry, doc, read, adapter, feedInputs } = input;
  const restoreForeign = settings.unknownDirectives === 'restore';
  const dropped = new Set<Nodes>();
  const asSource = new ShownAsSource();
  const held = new Map<Nodes, RootContent[]>();
  const options = { hastChildren: adapter.hastChildren };

  const render = (target: Target, blockInput: BlockInput): void => {
    const rendered = renderDirective(blockInput, doc, settings, registry);
    if (blockInput.kind !== 'container' && isRestored(rendered)) asSource.add(target.node);
    const custom = input.transformBlock?.(blockInput, doc);
    const nodes = custom ? [custom] : toMdast(rendered, options);
    if (feedInputs.has(target.node)) held.set(target.node, nodes);
    else adapter.replace(target.node, nodes);
  };

  for (let index = 0; index < targets.length; index++) {
    const target = targets[index] as Target;
    const { node, depth } = target;
    if ((target.owner && dropped.has(target.owner)) || asSource.has(node)) continue;
    if (!isDirective(node)) {
      const claim = blockquoteClaim(node, registry, read);
      if (claim) {
        for (const child of droppedChildren(node, claim)) dropped.add(child);
        render(target, claim.input);
      }
      continue;
    }
    const ours = blockNamed(registry, node.name) !== undefined;
    // An earlier plugin's directive (it set `data`): its output stays.
    if (!ours && isClaimed(node)) continue;
    if (!ours) reportLikelyTypo(node, source, doc, registry);
    if (!ours && !restoreForeign) continue;
    if (!ours && node.type === 'textDirective') {
      // What `restore` gives a text directive, without its block input: `10:30` or `a:b` thousands of
      // times in a paragraph is one text node each, not a dozen objects the garbage collector copies.
      const written = sliceSource(node, source);
      if (written !== undefined) {
        asSource.add(node);
        adapter.replace(node, [{ type: 'text', value: written }]);
        continue;
      }
    }
    const blockInput = feedInputs.get(node) ?? directiveInput(node, source, read);
    if (blockInput.kind === 'container' && blockInput.source !== undefined) blockInput.closed = fences.isClosed(node);
    if (ours && depth <= maxNesting) {
      render(target, blockInput);
      continue;
    }
    if (ours && depth === maxNesting + 1) {
      doc.report({
        ruleId: 'nesting-too-deep',
        message: `${blockInput.name} is nested more than ${maxNesting} blocks deep: it and the blocks inside it are shown as written`,
        position: blockInput.position,
      });
    }
    const label = containerLabel(node);
    if (label) dropped.add(label);
    else if (blockInput.kind !== 'container') asSource.add(node);
    adapter.replace(node, toMdast(restore(blockInput), options));
  }
  return { dropped, asSource, held };
}
