/**
 * IPTC NewsML-G2: a `newsItem` (alone or in a `newsMessage`) with
 * `contentMeta` (headline, dateline, creditline, language, description) and
 * `itemMeta` dates, and its text in `contentSet/inlineXML` as XHTML
 * (`application/xhtml+xml`) or NITF (`application/nitf+xml`). The body is
 * turned into hast element for element and converted like any HTML copy
 * (html.ts), so links are checked the same way.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { hastBlocks } from './html.js';
import type { ImportOptions } from './import.js';
import { localeOfLanguage } from './ninjs.js';
import { datelineOf } from './recognize.js';
import type { SourceBlock } from './source.js';
import { child, find, parseXml, textOf, type XmlElement, XmlError } from './xml.js';

export interface NewsmlItem {
  meta: ImportOptions;
  /** The body's kind: `xhtml` or `nitf`. */
  body: 'xhtml' | 'nitf';
  blocks: SourceBlock[];
}

const newsmlNamespace = 'http://iptc.org/std/nar/2006-10-01/';

/** NITF elements as the HTML elements they mean; other names keep theirs (`p`, `a`, `em`, `ul`, …). */
const nitfToHtml: Record<string, string> = {
  hl1: 'h1',
  hl2: 'h2',
  block: 'div',
  'body.content': 'div',
  'body.end': 'div',
  tagline: 'p',
  q: 'span',
  pronounce: 'span',
  person: 'span',
  org: 'span',
  location: 'span',
  money: 'span',
  num: 'span',
  chron: 'span',
  event: 'span',
  object: 'span',
  function: 'span',
  virtloc: 'span',
  classifier: 'span',
};
/** Elements that hold no text of the article (metadata, media references). */
const skipped = new Set([
  'head',
  'title',
  'script',
  'style',
  'media',
  'media-reference',
  'media-metadata',
  'body.head',
  'fn',
  'note',
  'byline',
  'distributor',
  'dateline',
  'abstract',
]);
const keptAttributes = ['href', 'src', 'alt', 'title'];

function toHast(element: XmlElement, names: Record<string, string>): ElementContent[] {
  const children: ElementContent[] = [];
  for (const node of element.children) {
    if (typeof node === 'string') children.push({ type: 'text', value: node });
    else if (!skipped.has(node.name)) {
      const properties: Element['properties'] = {};
      for (const name of keptAttributes)
        if (node.attributes[name] !== undefined) properties[name] = node.attributes[name];
      children.push({
        type: 'element',
        tagName: names[node.name] ?? node.name,
        properties,
        children: toHast(node, names),
      });
    }
  }
  return children;
}

/** Parses a NewsML-G2 document; an XmlError says what is wrong with it. */
export function parseNewsml(xml: string, warnings: string[] = []): NewsmlItem {
  const root = parseXml(xml, warnings);
  const item = find(root, 'newsItem');
  if (!item)
    throw new XmlError(`no newsItem: the root element is <${root.name}>, not a NewsML-G2 newsItem or newsMessage`);
  if (item.uri !== newsmlNamespace) {
    throw new XmlError(`the newsItem is in the namespace "${item.uri}", not NewsML-G2's ${newsmlNamespace}`);
  }
  const contentMeta = child(item, 'contentMeta');
  const itemMeta = child(item, 'itemMeta');
  const inline = find(item, 'inlineXML');
  if (!inline)
    throw new XmlError('this newsItem has no contentSet/inlineXML with the text (remoteContent is not read)');
  const type = inline.attributes.contenttype ?? '';
  const nitf = find(inline, 'nitf');
  const html = find(inline, 'html');
  let body: HastRoot;
  let kind: NewsmlItem['body'];
  let nitfHead: XmlElement | undefined;
  if (nitf || type.includes('nitf')) {
    kind = 'nitf';
    const content = nitf ? (find(nitf, 'body.content') ?? nitf) : inline;
    nitfHead = nitf && find(nitf, 'body.head');
    const end = nitf && find(nitf, 'body.end');
    body = { type: 'root', children: [...toHast(content, nitfToHtml), ...(end ? toHast(end, nitfToHtml) : [])] };
  } else {
    kind = 'xhtml';
    const content = (html && find(html, 'body')) ?? inline;
    body = { type: 'root', children: toHast(content, {}) };
  }
  const blocks = hastBlocks(body, warnings);
  // NITF's second headline line (hl2 in body.head's hedline) is text of the story: it leads the body.
  const hedline = nitfHead && find(nitfHead, 'hedline');
  const subheadlines = (hedline?.children ?? []).filter(
    (node): node is XmlElement => typeof node !== 'string' && node.name === 'hl2',
  );
  for (const line of subheadlines.reverse()) {
    const value = textOf(line);
    if (value) blocks.unshift({ kind: 'paragraph', inline: [{ type: 'text', value }], text: value });
  }
  // The teaser, when the item carries it as contentMeta's description rather than in the body.
  const description = textOf(child(contentMeta, 'description')) || undefined;
  if (description && blocks[0]?.text === description) blocks.shift();

  const text = (element: XmlElement | undefined) => textOf(element) || undefined;
  const headline = text(child(contentMeta, 'headline')) ?? text(nitfHead && find(nitfHead, 'hl1'));
  const credit = text(child(contentMeta, 'creditline'));
  const datelineText = text(child(contentMeta, 'dateline')) ?? text(nitfHead && find(nitfHead, 'dateline'));
  const located = text(find(contentMeta ?? item, 'located'));
  const language = child(contentMeta, 'language')?.attributes.tag ?? item.attributes.lang;
  const dates = {
    first: text(child(itemMeta, 'firstCreated')) ?? text(child(contentMeta, 'contentCreated')),
    version: text(child(itemMeta, 'versionCreated')) ?? text(child(contentMeta, 'contentModified')),
  };
  let dateline: ImportOptions['dateline'];
  if (datelineText) {
    // "Berlin (dpa)" or just "Berlin": the agency in parentheses when it is there.
    const parsed = datelineOf(`${datelineText.replace(/\s*[-–—]\s*$/, '')} - x`);
    dateline = parsed ? { place: parsed.place, agency: parsed.agency } : { place: datelineText };
  } else if (located) {
    dateline = { place: located };
  }
  if (dateline && !dateline.agency && credit && /^[\p{L}-]{2,20}$/u.test(credit)) dateline.agency = credit;
  return {
    body: kind,
    blocks,
    meta: {
      title: headline,
      published: dates.first ?? dates.version,
      modified: dates.version,
      locale: localeOfLanguage(language),
      language,
      credit,
      dateline,
      teaser: description,
      origin: 'the NewsML-G2 item',
    },
  };
}
