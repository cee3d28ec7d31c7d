import type { Blockquote } from 'mdast';
import type { ResolvedOptions } from '../settings.js';
import type { AttributeSpecs } from './attributes.js';
import type { TextReader } from './input.js';
import type { BlockContent, BlockInput, DirectiveKind, DocumentContext, Slot } from './types.js';

/** One block: its syntax, attributes and markup, in one module. */
export interface BlockDefinition {
  name: string;
  /** Directive forms the block accepts; the first is the documented one. */
  kinds: readonly DirectiveKind[];
  attributes: AttributeSpecs;
  /** One line for docs and diagnostics. */
  description: string;
  render(input: BlockInput, doc: DocumentContext, options: ResolvedOptions): BlockContent[];
  /**
   * A plain-Markdown blockquote this block claims (the quote's `— Name, Rolle`
   * line), as the block's input. The input's `children` are the part of the
   * blockquote that stays on the page; the rest (the attribution) is dropped.
   */
  fromBlockquote?(node: Blockquote, read: TextReader): BlockInput | undefined;
  /** The block puts the locale's quote marks around its body: quotes inside it are inner quotes. */
  quotesBody?: boolean;
  /** The block links the document's headings (a summary from headings), so they need ids. */
  linksHeadings?(attributes: Readonly<Record<string, string | null | undefined>>): boolean;
  /**
   * Blocks of this kind that stand next to each other form a feed, newest
   * first: all are read before any block renders (a summary lists the
   * latest), and placed by their `time` once all have rendered.
   */
  newestFirst?: boolean;
}

/**
 * Every block, by directive name. The engine never imports the blocks: the
 * front end hands the registry to the pass, to `renderDirective` and to the
 * "did you mean" suggestions.
 */
export type BlockRegistry = Readonly<Record<string, BlockDefinition>>;

/** The block a directive name names, if it is one of the registry's. */
export function blockNamed(registry: BlockRegistry, name: string | null | undefined): BlockDefinition | undefined {
  return name && Object.hasOwn(registry, name) ? registry[name] : undefined;
}

/** Marks where the author's content goes. */
export function slot(content: unknown[]): Slot {
  return { type: 'newsroomSlot', content };
}
