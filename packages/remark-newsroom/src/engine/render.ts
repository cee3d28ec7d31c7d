import { blocks } from '../blocks/index.js';
import type { ResolvedOptions } from '../options.js';
import { containerFences, restore } from './restore.js';
import type { BlockContent, BlockInput, DocumentContext } from './types.js';

/** True when a directive name is one of our blocks. */
export function isNewsroomBlock(name: string): boolean {
  return Object.hasOwn(blocks, name);
}

/**
 * The one entry point every front end calls: a directive in, its markup out.
 * Directives that are not ours come back as their exact source text.
 */
export function renderDirective(input: BlockInput, doc: DocumentContext, options: ResolvedOptions): BlockContent[] {
  const block = Object.hasOwn(blocks, input.name) ? blocks[input.name] : undefined;
  if (!block) return restore(input);
  if (!block.kinds.includes(input.kind)) {
    const forms = block.kinds.map((kind) => `${kind === 'text' ? ':' : kind === 'leaf' ? '::' : ':::'}${block.name}`);
    doc.report({
      ruleId: 'wrong-directive-kind',
      message: `${block.name} must be written as ${forms.join(' or ')}`,
      position: input.position,
    });
    return restore(input);
  }
  if (input.kind === 'container' && input.source !== undefined && containerFences(input.source).close === undefined) {
    doc.report({
      ruleId: 'unclosed-container',
      message: `${block.name} is never closed: add a line \`:::\` after its content`,
      position: input.position,
    });
  }
  doc.record.blocks++;
  return block.render(input, doc, options);
}
