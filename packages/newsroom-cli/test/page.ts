/**
 * The imported article as a reader gets it, on both Markdown processors as
 * Astro runs them: unified (remark-parse, remark-frontmatter, remark-gfm,
 * remark-newsroom, remark-rehype, rehype-stringify) and Sätteri's own
 * `markdownToHtml` with the newsroom Sätteri plugin. What the page shows is
 * read from the HTML with hast (block elements end a run of text), after the
 * frontmatter's title, teaser and dateline, as the layout shows them.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkNewsroom, { type Locale } from 'remark-newsroom';
import type { NewsroomRecord } from 'remark-newsroom/engine';
import satteriNewsroom from 'remark-newsroom/satteri';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';

export interface Rendered {
  processor: 'unified' | 'satteri';
  html: string;
  record: NewsroomRecord | undefined;
  messages: string[];
}

export interface Frontmatter {
  title?: string;
  teaser?: string;
  locale?: Locale;
  dateline?: { place?: string; agency?: string };
  [key: string]: unknown;
}

export function frontmatterOf(markdown: string): Frontmatter {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  return (match ? parseYaml(match[1] as string) : {}) as Frontmatter;
}

export async function renderUnified(markdown: string, locale: Locale): Promise<Rendered> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkNewsroom, { locale, typography: true })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ path: 'article.md', value: markdown }));
  return {
    processor: 'unified',
    html: String(file),
    record: file.data.newsroom as NewsroomRecord | undefined,
    messages: file.messages.map((message) => `${message.ruleId}: ${message.reason}`),
  };
}

export async function renderSatteri(markdown: string, locale: Locale): Promise<Rendered> {
  const result = await markdownToHtml(markdown, {
    features: { directive: true },
    mdastPlugins: [satteriNewsroom({ locale, typography: true })],
  });
  const diagnostics = (result.data.newsroomDiagnostics ?? []) as { ruleId: string; message: string }[];
  return {
    processor: 'satteri',
    html: result.html,
    record: result.data.newsroom as NewsroomRecord | undefined,
    messages: diagnostics.map((d) => `${d.ruleId}: ${d.message}`),
  };
}

/** Both processors' pages of one article. */
export async function renderBoth(markdown: string): Promise<Rendered[]> {
  const locale = frontmatterOf(markdown).locale ?? 'de';
  return [await renderUnified(markdown, locale), await renderSatteri(markdown, locale)];
}

const blockElements = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'blockquote',
  'section',
  'aside',
  'div',
  'article',
  'header',
  'footer',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'hr',
  'br',
  'dl',
  'dt',
  'dd',
]);

/** An invisible separator (U+2063) marks the start of a quote block in the page's text. */
export const quoteMark = '\u2063';

/** The text of an HTML tree as it reads: blocks separated by a space. */
export function hastText(tree: HastRoot | Element): string {
  const parts: string[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.value);
      else if (node.type === 'element') {
        if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template') continue;
        const block = blockElements.has(node.tagName);
        if (block) parts.push(' ');
        // Where a quote block starts: the property finds a quote's words there, not in prose that repeats them.
        if (node.properties.dataNr === 'quote') parts.push(quoteMark);
        walk(node.children);
        if (block) parts.push(' ');
      }
    }
  };
  walk(tree.children as ElementContent[]);
  return parts.join('');
}

/**
 * The page's text: section (the kicker), title, teaser, body. The dateline is
 * checked apart (sentences.ts): where the layout shows it is the layout's.
 */
export function pageText(rendered: Rendered, frontmatter: Frontmatter): string {
  return [
    typeof frontmatter.section === 'string' ? frontmatter.section : '',
    frontmatter.title ?? '',
    frontmatter.teaser ?? '',
    hastText(fromHtml(rendered.html, { fragment: true })),
  ].join(' ');
}

/** Every element of the page that is one of our blocks (`data-nr`), by name, in document order. */
export function blocksOnPage(html: string): string[] {
  const names: string[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const name = node.properties.dataNr;
      if (typeof name === 'string') names.push(name);
      walk(node.children);
    }
  };
  walk(fromHtml(html, { fragment: true }).children as ElementContent[]);
  return names;
}

const urlAttributes = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'cite',
  'poster',
  'data',
  'background',
  'xLinkHref',
  'ping',
  'manifest',
];

/**
 * What on the page could run code: URLs that are not http(s), mailto,
 * relative or a fragment — decoded as a browser decodes them (entities by the
 * HTML parser, then ASCII whitespace and controls dropped, case folded, and
 * percent-decoding tried too) — and protocol-relative or backslash hosts;
 * event-handler attributes; script, iframe, object, embed, form and base
 * elements. Written apart from the importer's own check, on purpose.
 */
export function executable(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (
        [
          'script',
          'iframe',
          'object',
          'embed',
          'form',
          'base',
          'frame',
          'applet',
          'meta',
          'link',
          'svg',
          'math',
        ].includes(node.tagName)
      ) {
        found.push(`<${node.tagName}>`);
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
        if (!urlAttributes.includes(name)) continue;
        for (const url of Array.isArray(value) ? value.map(String) : [String(value)]) {
          if (isExecutableUrl(url)) found.push(`${node.tagName}[${name}=${JSON.stringify(url)}]`);
        }
      }
      walk(node.children);
    }
  };
  walk(fromHtml(html, { fragment: true }).children as ElementContent[]);
  return found;
}

function isExecutableUrl(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {}
  for (const candidate of [url, decoded]) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these in schemes
    const bare = candidate.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
    if (/^(?:\/\/|\\\\|\/\\|\\\/)/.test(bare)) return true;
    const scheme = /^([a-z][a-z\d+.-]*):/.exec(bare);
    if (scheme && !['http', 'https', 'mailto'].includes(scheme[1] as string)) return true;
  }
  return false;
}
