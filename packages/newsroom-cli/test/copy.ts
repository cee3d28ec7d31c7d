/**
 * The copy's own paragraphs, read apart from the importer (hast-util-from-html
 * for HTML and the XML bodies, a blank-line split for text), for the
 * property to compare the page against. Control characters are dropped: the
 * importer removes them and says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { SaxesParser } from 'saxes';
import { hastText } from './page.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the importer removes
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string) =>
  text
    .replace(controls, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();

export function textParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .flatMap((paragraph) => {
      const lines = paragraph.split('\n').map(clean).filter(Boolean);
      if (lines.length >= 2 && lines.every((line) => /^[-•*–]\s/.test(line))) return lines;
      // A lead-in line ending in ":" over two or more lines with one bullet: the lead-in, then each item.
      const start = lines.findIndex((line) => /^[-•*–]\s/.test(line));
      const items = lines.slice(start);
      if (
        start > 0 &&
        items.length >= 2 &&
        lines[start - 1]?.endsWith(':') &&
        items.every((line) => line[0] === items[0]?.[0])
      )
        return [lines.slice(0, start).join(' '), ...items];
      // APA's "Utl.:" subline is a line of its own under the headline, a paragraph in its own right.
      const subline = lines.findIndex((line, at) => at > 0 && /^Utl\.:\s/.test(line));
      if (subline > 0) return [lines.slice(0, subline).join(' '), lines.slice(subline).join(' ')];
      return lines.length ? [lines.join(' ')] : [];
    });
}

const leafBlocks = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'pre',
  'hl1',
  'hl2',
  'tagline',
]);
/** HTML elements that run inside a paragraph's text. */
const inlineHtml = new Set([
  'a',
  'em',
  'strong',
  'b',
  'i',
  'span',
  'q',
  'sup',
  'sub',
  'code',
  'abbr',
  'cite',
  'small',
  'u',
  's',
  'mark',
]);

const skipped = new Set([
  'head',
  'title',
  'script',
  'style',
  'template',
  'media',
  'body.head',
  'byline',
  'dateline',
  'note',
  'fn',
]);

type Parse5Node = DefaultTreeAdapterMap['node'];

/**
 * The fragment as hast, with wrappers more than 200 levels deep unwrapped:
 * the converters recurse, and a hostile body nests thousands of sections.
 * Unwrapping a wrapper does not change the text or where a leaf block starts,
 * as long as the leaf blocks themselves are not that deep (the corpus's are not).
 */
function shallowHast(html: string): Root {
  const fragment = parseFragment(html);
  const work: [Parse5Node, number][] = [[fragment, 0]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [node, depth] = next;
    // A template's content is never shown (skipped below), and hast-util-from-parse5 would recurse through it.
    if ('content' in node && node.content) node.content.childNodes = [];
    if (!('childNodes' in node)) continue;
    if (depth < 200) for (const child of node.childNodes) work.push([child, depth + 1]);
    else {
      const flat: Parse5Node[] = [];
      const pending = [...node.childNodes].reverse();
      for (let item = pending.pop(); item; item = pending.pop()) {
        if ('childNodes' in item && item.childNodes.length) pending.push(...[...item.childNodes].reverse());
        else flat.push(item);
      }
      node.childNodes = flat as typeof node.childNodes;
    }
  }
  return fromParse5(fragment) as Root;
}

/** The paragraphs of an HTML (or XHTML, NITF) fragment: each leaf block one, loose text its own. */
export function htmlParagraphs(html: string): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    if (clean(loose)) out.push(clean(loose));
    loose = '';
  };
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') loose += node.value;
      else if (node.type === 'element') {
        if (skipped.has(node.tagName)) continue;
        if (leafBlocks.has(node.tagName)) {
          flush();
          const text = clean(hastText({ type: 'root', children: [node] } as unknown as Root));
          if (text) out.push(text);
        } else if (node.tagName === 'br') loose += ' ';
        else {
          const inline = inlineHtml.has(node.tagName);
          if (!inline) flush();
          walk((node as Element).children);
          if (!inline) flush();
        }
      }
    }
  };
  walk(shallowHast(html).children as ElementContent[]);
  flush();
  return out;
}

type Ninjs = Record<string, unknown> & {
  headline?: string;
  body_html?: string;
  body_text?: string;
  description_text?: string;
  headlines?: { role?: string; value?: string }[];
  bodies?: { role?: string; contenttype?: string; value?: string }[];
  descriptions?: { role?: string; contenttype?: string; value?: string }[];
};

export function ninjsParagraphs(json: string): string[] {
  const item = JSON.parse(json) as Ninjs;
  const main = <T extends { role?: string }>(list: T[] | undefined) =>
    list?.find((entry) => !entry.role || entry.role === 'main' || entry.role === 'body') ?? list?.[0];
  const kicker = item.headlines?.find((entry) => entry.role === 'kicker')?.value;
  const headline = item.headline ?? main(item.headlines)?.value;
  const described = main(item.descriptions);
  const description =
    item.description_text ??
    (described && /html/.test(described.contenttype ?? '')
      ? htmlParagraphs(described.value ?? '').join(' ')
      : described?.value);
  const body = main(item.bodies);
  const html = item.body_html ?? (body && /html/.test(body.contenttype ?? 'text/html') ? body.value : undefined);
  const text = item.body_text ?? (body && !/html/.test(body.contenttype ?? 'text/html') ? body.value : undefined);
  return [
    ...(kicker ? [clean(kicker)] : []),
    ...(headline ? [clean(headline)] : []),
    ...(description ? [clean(description)] : []),
    ...(html !== undefined ? htmlParagraphs(html) : textParagraphs(text ?? '')),
  ].filter(Boolean);
}

interface XmlNode {
  name: string;
  children: (XmlNode | string)[];
}

/** XML as a plain tree with local names (saxes, as any XML reader; DTDs are not read). */
function xmlTree(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#root', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name.replace(/^.*:/, ''), children: [] };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack.at(-1)?.children.push(text));
  parser.on('cdata', (text) => void stack.at(-1)?.children.push(text));
  parser.write(xml).close();
  return root;
}

function findNode(node: XmlNode, name: string): XmlNode | undefined {
  if (node.name === name) return node;
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    const found = findNode(child, name);
    if (found) return found;
  }
  return undefined;
}

function xmlText(node: XmlNode | undefined): string {
  if (!node) return '';
  const part = (child: XmlNode | string) => {
    if (typeof child === 'string') return child;
    if (xmlSkipped.has(child.name)) return '';
    return xmlInline.has(child.name) ? xmlText(child) : ` ${xmlText(child)} `;
  };
  return clean(node.children.map(part).join(''));
}

const xmlSkipped = new Set([
  'head',
  'title',
  'script',
  'style',
  'media',
  'body.head',
  'byline',
  'dateline',
  'note',
  'fn',
  'iframe',
  'object',
]);
const xmlLeaves = new Set([...leafBlocks, 'hl1', 'hl2', 'tagline']);
const xmlInline = new Set([
  ...inlineHtml,
  'img',
  'person',
  'org',
  'location',
  'chron',
  'num',
  'money',
  'event',
  'object.title',
  'function',
]);

function xmlParagraphs(node: XmlNode): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    if (clean(loose)) out.push(clean(loose));
    loose = '';
  };
  const walk = (children: (XmlNode | string)[]) => {
    for (const child of children) {
      if (typeof child === 'string') loose += child;
      else if (xmlSkipped.has(child.name)) continue;
      else if (xmlLeaves.has(child.name)) {
        flush();
        const text = xmlText(child);
        if (text) out.push(text);
      } else if (xmlInline.has(child.name)) loose += xmlText(child);
      else {
        flush();
        walk(child.children);
        flush();
      }
    }
  };
  walk(node.children);
  flush();
  return out;
}

/** NewsML-G2: contentMeta's headline and description, NITF's second headline line, then the inline body. */
export function newsmlParagraphs(xml: string): string[] {
  const tree = xmlTree(xml);
  const meta = findNode(tree, 'contentMeta');
  const headline = meta && xmlText(findNode(meta, 'headline'));
  const description = meta && xmlText(findNode(meta, 'description'));
  const inline = findNode(tree, 'inlineXML') ?? { name: 'inlineXML', children: [] };
  const head = findNode(inline, 'body.head');
  const subheadlines = (head ? (findNode(head, 'hedline')?.children ?? []) : [])
    .filter((child): child is XmlNode => typeof child !== 'string' && child.name === 'hl2')
    .map(xmlText);
  const body = xmlParagraphs(inline);
  return [
    ...(headline ? [headline] : []),
    ...(description && body[0] !== description ? [description] : []),
    ...subheadlines,
    ...body,
  ].filter(Boolean);
}

export interface Story {
  name: string;
  path: string;
  format: 'text' | 'ninjs' | 'newsml';
}

/** The stories of one corpus folder. */
export function storiesIn(folder: URL): Story[] {
  return readdirSync(folder)
    .filter((name) => /\.(?:txt|json|xml)$/.test(name))
    .sort()
    .map((name) => ({
      name,
      path: new URL(name, folder).pathname,
      format: name.endsWith('.json') ? 'ninjs' : name.endsWith('.xml') ? 'newsml' : 'text',
    }));
}

/** UTF-8, or else Windows-1252: the corpus has epd files in the encoding agencies' older systems still send. */
function sourceText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function paragraphsOf(story: Story): string[] {
  const source = sourceText(story.path);
  if (story.format === 'ninjs') return ninjsParagraphs(source);
  if (story.format === 'newsml') return newsmlParagraphs(source);
  return storyParagraphs(source);
}

/** The oracle's own reading of an embargo note: the word with a date or time after it ("Embargo gegen Kuba" is a headline). */
const embargo = /^(?:SPERRFRIST|EMBARGO)\w*\s*(?::|bis\b|until\b|jusqu|\d).*\d/i;

/**
 * A plain-text story's paragraphs, in order. An embargo note above the
 * headline ("SPERRFRIST …") is the desk's, not the story's: a page shows
 * headline and teaser first, so where the note lands is not an order;
 * `embargoOf` gives it, for a test to find on the page once.
 */
export function storyParagraphs(source: string): string[] {
  const paragraphs = textParagraphs(source);
  return embargo.test(paragraphs[0] ?? '') ? paragraphs.slice(1) : paragraphs;
}

export function embargoOf(source: string): string | undefined {
  const first = textParagraphs(source)[0];
  return first && embargo.test(first) ? first : undefined;
}
