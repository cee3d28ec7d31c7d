/**
 * The copy's own paragraphs, read apart from the importer (hast-util-from-html
 * for HTML and the XML bodies, a blank-line split for text), for the
 * property to compare the page against. Control characters are dropped: the
 * importer removes them and says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { hastText } from './page.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the importer removes
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string) => text.replace(controls, '').replace(/\s+/g, ' ').trim();

export function textParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .flatMap((paragraph) => {
      const lines = paragraph.split('\n').map(clean).filter(Boolean);
      if (lines.length >= 2 && lines.every((line) => /^[-•*–]\s/.test(line))) return lines;
      return lines.length ? [lines.join(' ')] : [];
    });
}

const leafBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'pre', 'hl1', 'hl2', 'tagline']);
const skipped = new Set(['head', 'title', 'script', 'style', 'template', 'media', 'body.head', 'byline', 'dateline', 'note', 'fn']);

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
          const inline = ['a', 'em', 'strong', 'b', 'i', 'span', 'q', 'sup', 'sub', 'code', 'abbr', 'cite', 'small', 'u', 's', 'mark'].includes(node.tagName);
          if (!inline) flush();
          walk((node as Element).children);
          if (!inline) flush();
        }
      }
    }
  };
  walk(fromHtml(html, { fragment: true }).children as ElementContent[]);
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
  const description = item.description_text ?? main(item.descriptions)?.value;
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

/** NewsML-G2: contentMeta's headline and description, then the inline body (its NITF body.head is metadata). */
export function newsmlParagraphs(xml: string): string[] {
  const field = (name: string) => {
    const match = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
    return match ? clean(hastText(fromHtml(match[1] as string, { fragment: true }))) : undefined;
  };
  const inline = /<(?:\w+:)?inlineXML\b[^>]*>([\s\S]*?)<\/(?:\w+:)?inlineXML>/.exec(xml)?.[1] ?? '';
  const headline = field('headline');
  const description = field('description');
  // NITF body.head is metadata (hl1 repeats the headline, byline, dateline), but for a second headline line, hl2.
  const head = /<body\.head>([\s\S]*?)<\/body\.head>/.exec(inline)?.[1] ?? '';
  const subheadlines = [...head.matchAll(/<hl2\b[^>]*>([\s\S]*?)<\/hl2>/g)].map((match) => clean(hastText(fromHtml(match[1] as string, { fragment: true }))));
  const body = htmlParagraphs(inline.replace(/<body\.head>[\s\S]*?<\/body\.head>/, ''));
  return [
    ...(headline ? [headline] : []),
    ...(description && body[0] !== description ? [description] : []),
    ...subheadlines,
    ...body,
  ];
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

export function paragraphsOf(story: Story): string[] {
  const source = readFileSync(story.path, 'utf8');
  if (story.format === 'ninjs') return ninjsParagraphs(source);
  if (story.format === 'newsml') return newsmlParagraphs(source);
  return textParagraphs(source);
}
