import type { BlockRegistry } from '../block.js';
import { directiveMarkers } from '../markers.js';
import { suggestBlock } from '../suggest.js';
import { type Directive, directiveKind } from '../tree.js';
import type { DocumentContext } from '../types.js';

/**
 * `:::sumary`, `::Poll`: a directive one or two letters from one of ours is
 * reported with the name it was probably meant to be. An inline `:name` only
 * counts with a label or attributes, so prose such as `Hinweis:Text` is never
 * taken for a typo.
 */
export function reportLikelyTypo(
  node: Directive,
  source: string | undefined,
  doc: DocumentContext,
  registry: BlockRegistry,
): void {
  const name = node.name ?? '';
  if (node.type === 'textDirective' && !hasLabelOrAttributes(node, name, source)) return;
  const suggestion = suggestBlock(name, registry);
  if (!suggestion) return;
  const kind = directiveKind(node);
  const marker = kind ? directiveMarkers[kind] : ':';
  doc.report({
    ruleId: 'unknown-block',
    message: `unknown block \`${marker}${name}\`: did you mean \`${marker}${suggestion}\`? It is shown as written`,
    position: node.position ?? undefined,
  });
}

/**
 * `:name[` or `:name{`: the character after the name opens a label or
 * attributes. Read in place, not from a slice: prose may hold thousands of
 * `a:b` in one paragraph.
 */
function hasLabelOrAttributes(node: Directive, name: string, source: string | undefined): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return false;
  const after = start + 1 + name.length;
  if (after >= end || name.length === 0) return false;
  const char = source.charCodeAt(after);
  return char === 0x5b || char === 0x7b;
}
