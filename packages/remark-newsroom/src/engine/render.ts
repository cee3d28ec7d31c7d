import type { ResolvedOptions } from '../settings.js';
import { type BlockRegistry, blockNamed, slot } from './block.js';
import { element } from './element.js';
import { directiveMarkers } from './markers.js';
import { isRestored, restore } from './restore.js';
import type { BlockContent, BlockInput, DocumentContext } from './types.js';

/**
 * The one entry point every front end calls: a directive in, its markup out.
 * Directives that are not in the registry come back as their exact source text.
 */
export function renderDirective(
  input: BlockInput,
  doc: DocumentContext,
  options: ResolvedOptions,
  registry: BlockRegistry,
): BlockContent[] {
  const block = blockNamed(registry, input.name);
  if (!block) return restore(input);
  if (!block.kinds.includes(input.kind)) {
    const forms = block.kinds.map((kind) => `${directiveMarkers[kind]}${block.name}`);
    doc.report({
      ruleId: 'wrong-directive-kind',
      message: `${block.name} must be written as ${forms.join(' or ')}`,
      position: input.position,
    });
    return restore(input);
  }
  if (input.closed === false) {
    doc.report({
      ruleId: 'unclosed-container',
      message: `${block.name} is never closed: add a line \`:::\` after its content`,
      position: input.position,
    });
  }
  doc.record.blocks++;
  const content = withLang(block.render(input, doc, options), doc.locale);
  return input.label?.length && !isRestored(content) && !showsLabel(content, input.label)
    ? withUnusedLabel(content, input, doc)
    : content;
}

/**
 * Each block says its language, so `:lang()` rules (quote marks) and screen
 * readers follow the block's locale even on a page in another (Starlight's
 * default `en`, say).
 */
function withLang(content: BlockContent[], locale: string): BlockContent[] {
  for (const node of content) {
    if (node.type === 'element' && node.properties.dataNr !== undefined) node.properties.lang ??= locale;
  }
  return content;
}

function showsLabel(content: BlockContent[], label: unknown[]): boolean {
  return content.some(
    (node) =>
      (node.type === 'newsroomSlot' && node.content === label) ||
      (node.type === 'element' && showsLabel(node.children as BlockContent[], label)),
  );
}

/** A label the block has no place for stays on the page, before the block, and is reported. */
function withUnusedLabel(content: BlockContent[], input: BlockInput, doc: DocumentContext): BlockContent[] {
  doc.report({
    ruleId: 'unused-label',
    message: `${input.name} does not use the label [${input.labelText}] here: it is shown before the block; use an attribute instead`,
    position: input.position,
  });
  const label = slot(input.label as unknown[]);
  return input.kind === 'text'
    ? [label, ...content]
    : [element('p', { className: ['nr-unused-label'] }, [label]), ...content];
}
