import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { childrenOf, type Directive, directiveKind, sliceSource } from './tree.js';
import type { BlockInput } from './types.js';

/** Reads author text as it will appear on the page (see the document pass). */
export type TextReader = (nodes: Nodes | readonly Nodes[]) => string;

/** Text of each body block; a list counts item by item (summary key points). */
export function blockTexts(children: readonly RootContent[], read: TextReader): string[] {
  const texts: string[] = [];
  for (const child of children) {
    if (child.type === 'list') for (const item of child.children) texts.push(read(item).trim());
    else texts.push(read(child).trim());
  }
  return texts.filter(Boolean);
}

/**
 * Raw HTML in a label is shown as text, never as markup. Nodes without HTML
 * stay the same objects, so their edits (typography, nested blocks) still apply.
 */
function htmlAsText(nodes: PhrasingContent[]): PhrasingContent[] {
  // Labels rarely hold HTML: the copy is made at the first node that changes, not for every label.
  let out: PhrasingContent[] | undefined;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as PhrasingContent;
    const shown = asText(node);
    if (shown !== node) out ??= nodes.slice(0, index);
    out?.push(shown);
  }
  return out ?? nodes;
}

function asText(node: PhrasingContent): PhrasingContent {
  if (node.type === 'html') return { type: 'text', value: node.value ?? '' };
  if (!('children' in node) || !node.children?.length) return node;
  const children = htmlAsText(node.children);
  // A phrasing parent keeps phrasing children: the spread only swaps them.
  return children === node.children ? node : ({ ...node, children } as PhrasingContent);
}

/** The `[label]` paragraph a container directive starts with, if written. */
export function containerLabel(node: Nodes): Paragraph | undefined {
  const first = childrenOf(node)[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
}

const hasLabel = /^:{1,2}[^[\s{:]*\[/;

/** Turns an mdast directive into the engine's processor-neutral input. */
export function directiveInput(node: Directive, source: string | undefined, read: TextReader): BlockInput {
  const kind = directiveKind(node) ?? 'text';
  const source_ = sliceSource(node, source);
  let children: RootContent[] = node.children ?? [];
  let label: PhrasingContent[] | undefined;
  if (node.type === 'containerDirective') {
    const first = containerLabel(node);
    if (first) {
      label = htmlAsText(first.children);
      children = children.slice(1);
    }
  } else {
    // `:x[]` has an empty label, which still counts as written.
    if (children.length > 0 || hasLabel.test(source_ ?? '')) label = htmlAsText(node.children ?? []);
    children = [];
  }
  const attributes: Record<string, string> = {};
  const written = node.attributes ?? {};
  // `for … in` over a plain object: no list of entries built per directive.
  for (const key in written) if (Object.hasOwn(written, key)) attributes[key] = written[key] ?? '';
  return {
    kind,
    name: node.name ?? '',
    attributes,
    label,
    labelText: label ? read(label) : '',
    children: [...children],
    blockTexts: kind === 'container' ? blockTexts(children, read) : [],
    position: node.position ?? undefined,
    source: source_,
  };
}
