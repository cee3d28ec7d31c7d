/**
 * IPTC ninjs (news in JSON): the item's `body_html` becomes blocks through
 * rehype-remark (headings stay headings, links and emphasis stay Markdown);
 * headline, language, dates and the copyright holder fill the frontmatter.
 */
import type { Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import type { Locale } from 'remark-newsroom';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { type ImportOptions, type SourceBlock, textBlocks } from './import.js';

/** The ninjs fields the importer reads (ninjs 1.x and 2.x spell them alike). */
export interface NinjsItem {
  headline?: string;
  body_html?: string;
  body_text?: string;
  language?: string;
  versioncreated?: string;
  firstcreated?: string;
  byline?: string;
  copyrightholder?: string;
}

export class InputError extends Error {}

/** Parses ninjs JSON; a clear error when it is not. */
export function parseNinjs(json: string): NinjsItem {
  let item: unknown;
  try {
    item = JSON.parse(json);
  } catch (error) {
    throw new InputError(`not JSON: ${(error as Error).message}`);
  }
  if (!item || typeof item !== 'object' || Array.isArray(item)) throw new InputError('ninjs must be a JSON object');
  const ninjs = item as NinjsItem;
  if (typeof ninjs.body_html !== 'string' && typeof ninjs.body_text !== 'string') {
    throw new InputError('this ninjs item has no body_html or body_text');
  }
  return ninjs;
}

const toMarkdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' });

/** `body_html` as blocks: each top-level paragraph or heading one block. */
export function htmlBlocks(html: string): SourceBlock[] {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
  const tree = processor.runSync(processor.parse(html)) as Root;
  const blocks: SourceBlock[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading') {
      const text = mdastToString(node).trim();
      if (text) blocks.push({ kind: 'paragraph', markdown: stringify([node]).trim(), text });
      continue;
    }
    const text = mdastToString(node).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const inline = stringify(node.children as RootContent[]).trim();
    blocks.push({ kind: node.type, markdown: inline, text });
  }
  return blocks;
}

function stringify(children: RootContent[]): string {
  return toMarkdown.stringify({ type: 'root', children } as Root);
}

/** What the item says about itself, as import options (the editor's options win). */
export function ninjsOptions(item: NinjsItem): ImportOptions {
  const language = item.language?.toLowerCase();
  const locale: Locale | undefined =
    language === 'de-ch' ? 'de-CH' : language?.startsWith('de') ? 'de' : language?.startsWith('en') ? 'en' : undefined;
  const initials = item.byline && /^[a-zäöü]{1,6}$/.test(item.byline) ? item.byline : undefined;
  return {
    title: item.headline,
    published: item.firstcreated ?? item.versioncreated,
    modified: item.versioncreated,
    locale,
    credit: item.copyrightholder
      ? initials
        ? `${item.copyrightholder}/${initials}`
        : item.copyrightholder
      : undefined,
  };
}

export function ninjsBlocks(item: NinjsItem): SourceBlock[] {
  if (item.body_html !== undefined) return htmlBlocks(item.body_html);
  return textBlocks(item.body_text ?? '');
}
