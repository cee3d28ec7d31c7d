import type { Root } from 'hast';
import type { Nodes } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkNewsroom, { type Options } from '../src/index.js';

/** The pipeline of the README: remark-parse → remark-newsroom → remark-rehype → rehype-stringify. */
export function pipeline(options?: Options) {
  return unified().use(remarkParse).use(remarkNewsroom, options).use(remarkRehype).use(rehypeStringify);
}

export async function render(
  markdown: string,
  options?: Options,
): Promise<{ html: string; file: VFile; messages: VFile['messages'] }> {
  const file = await pipeline(options).process(new VFile({ path: 'article.md', value: markdown }));
  return { html: String(file), file, messages: file.messages };
}

/** The hast tree (for hast-util-select) of a render. */
export async function renderTree(markdown: string, options?: Options): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkNewsroom, options).use(remarkRehype);
  const file = new VFile({ path: 'article.md', value: markdown });
  return (await processor.run(processor.parse(file), file)) as Root;
}

/** Text of an HTML string as a reader sees it (tags dropped, entities decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

/**
 * A tree's nodes as Sätteri hands them to visitors: every node but the root
 * once, in document order, parents first, as a fresh object without its
 * children (Sätteri's are lazy). For tests that feed the Sätteri plugin by hand.
 */
export function inVisitorOrder(root: Nodes): Nodes[] {
  const order: Nodes[] = [];
  const walk = (node: Nodes): void => {
    if (node.type !== 'root') {
      const { children: _children, ...fresh } = node as Nodes & { children?: unknown };
      order.push(fresh as Nodes);
    }
    for (const child of 'children' in node ? node.children : []) walk(child);
  };
  walk(root);
  return order;
}
