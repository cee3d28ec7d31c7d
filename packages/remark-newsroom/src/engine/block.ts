import type { ResolvedOptions } from '../options.js';
import type { AttributeSpecs } from './attributes.js';
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
}

/** Marks where the author's content goes. */
export function slot(content: unknown[]): Slot {
  return { type: 'newsroomSlot', content };
}
