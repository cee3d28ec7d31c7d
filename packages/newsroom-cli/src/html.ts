/**
 * HTML copy (ninjs `body_html`, the XHTML or NITF body of a NewsML-G2 item)
 * as blocks: hast through rehype-remark's hast-util-to-mdast, so headings
 * stay headings, lists lists, links and emphasis inline. Then the copy's
 * links and images are checked: only http(s), mailto and relative URLs stay;
 * any other becomes its text, with a warning naming it. Raw HTML never
 * survives: what the converter does not know is dropped or read as text.
 */
import type { Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import type { BlockContent, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { blockNames, flattenedWarning, maxNesting } from './nesting.js';
import { inlineBlock, type SourceBlock } from './source.js';
import { isSafeUrl } from './urls.js';

const toMdast = unified().use(rehypeRemark);

type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/**
 * An HTML fragment as blocks; `warnings` gets a line per link or image that
 * was dropped. parse5 builds its tree without recursion; elements below
 * maxNesting are replaced by their content before the (recursive) converters see it.
 */
export function htmlBlocks(html: string, warnings: string[] = []): SourceBlock[] {
  const fragment = parseFragment(html);
  const { flattened, templates } = flattenBelow(fragment, maxNesting);
  if (flattened) warnings.push(flattenedWarning(flattened));
  if (templates) warnings.push(`${templates} <template> element(s) left out: a page never shows their content`);
  return hastBlocks(fromParse5(fragment) as HastRoot, warnings);
}

/**
 * Empties a `<template>`: its content is inert markup a page never shows, and parse5 keeps it apart
 * (`content`), where the walk below would not see it and the converters would recurse through it as
 * deep as the copy made it. Whether it had any.
 */
function emptyTemplate(node: Parse5Node): boolean {
  if (!('content' in node) || !node.content?.childNodes.length) return false;
  node.content.childNodes = [];
  return true;
}

/** Replaces each element deeper than `limit` by its content (empty elements stay); how many were replaced. */
function flattenBelow(root: Parse5Node, limit: number): { flattened: number; templates: number } {
  let flattened = 0;
  let templates = 0;
  const work: [Parse5Node, number][] = [[root, 0]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [node, depth] = next;
    if (emptyTemplate(node)) templates++;
    if (!('childNodes' in node)) continue;
    if (depth < limit) {
      for (const child of node.childNodes) work.push([child, depth + 1]);
      continue;
    }
    const kept: DefaultTreeAdapterMap['childNode'][] = [];
    const pending = [...node.childNodes].reverse();
    // A block's text is set apart by a space, so its sentences do not run into the next block's.
    const space = (): DefaultTreeAdapterMap['textNode'] => ({
      nodeName: '#text',
      value: ' ',
      parentNode: null,
    });
    for (let item = pending.pop(); item; item = pending.pop()) {
      if (emptyTemplate(item)) templates++;
      if ('childNodes' in item && item.childNodes.length) {
        flattened++;
        const apart = blockNames.has(item.nodeName);
        // A loop, not a spread: copy can give one element more children than a call takes arguments.
        if (apart) pending.push(space());
        for (let index = item.childNodes.length - 1; index >= 0; index--) pending.push(item.childNodes[index] as never);
        if (apart) pending.push(space());
      } else kept.push(item);
    }
    for (const item of kept) item.parentNode = node as DefaultTreeAdapterMap['parentNode'];
    node.childNodes = kept;
  }
  return { flattened, templates };
}

/** A hast tree as blocks. */
export function hastBlocks(hast: HastRoot, warnings: string[] = []): SourceBlock[] {
  const tree = toMdast.runSync(hast) as Root;
  safeUrls(tree, warnings);
  const blocks: SourceBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = inlineBlock(node.type, node.children);
      if (block) blocks.push(block);
    } else if (node.type !== 'definition' && node.type !== 'yaml' && node.type !== 'footnoteDefinition') {
      const text = mdastToString(node).trim();
      if (text || node.type === 'thematicBreak') blocks.push({ kind: 'block', node: node as BlockContent, text });
    }
  }
  return blocks;
}

/** Links and images with a URL that could run code or load anything but a page become their text. */
function safeUrls(parent: Parent, warnings: string[]): void {
  const children: RootContent[] = [];
  for (const node of parent.children) {
    if (node.type === 'link' && !isSafeUrl(node.url)) {
      warnings.push(
        `link "${mdastToString(node)}" to ${JSON.stringify(node.url)} kept as text: only http(s), mailto and relative links are kept`,
      );
      safeUrls(node, warnings);
      for (const child of node.children) children.push(child);
    } else if (node.type === 'image' && !isSafeUrl(node.url)) {
      warnings.push(
        `image "${node.alt ?? ''}" from ${JSON.stringify(node.url)} kept as its text: only http(s) and relative images are kept`,
      );
      if (node.alt) children.push({ type: 'text', value: node.alt });
    } else if (node.type === 'html') {
      children.push({ type: 'text', value: node.value });
    } else {
      if ('children' in node) safeUrls(node as Parent, warnings);
      children.push(node);
    }
  }
  parent.children = children as PhrasingContent[];
}
