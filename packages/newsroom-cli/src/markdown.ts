/**
 * Writing the article: frontmatter and body as one mdast tree, serialised by
 * remark-stringify with the directive (mdast-util-directive), frontmatter and
 * GFM extensions. Text nodes are escaped by the writer, so copy that looks
 * like Markdown, HTML or a directive reads on the page exactly as written.
 */
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';

const writer = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' });

/** The article as Markdown (YAML frontmatter, then the body), and the names of the directives in it, in order. */
export function writeArticle(
  frontmatter: Record<string, unknown>,
  body: RootContent[],
): { markdown: string; directives: string[] } {
  const yaml = stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd();
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  const directives: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      directives.push(node.name);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return { markdown: writer.stringify(root), directives };
}

type Attributes = Record<string, string>;

export function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children };
}

export function heading(children: PhrasingContent[]): BlockContent {
  return { type: 'heading', depth: 2, children };
}

export function container(
  name: string,
  attributes: Attributes,
  children: BlockContent[],
  label?: PhrasingContent[],
): ContainerDirective {
  const body: ContainerDirective['children'] = [...children];
  if (label?.length) body.unshift({ type: 'paragraph', data: { directiveLabel: true }, children: label });
  return { type: 'containerDirective', name, attributes, children: body };
}

export function leaf(name: string, attributes: Attributes, label: PhrasingContent[] = []): LeafDirective {
  return { type: 'leafDirective', name, attributes, children: label };
}

export function textDirective(name: string, label: PhrasingContent[]): TextDirective {
  return { type: 'textDirective', name, attributes: {}, children: label };
}
