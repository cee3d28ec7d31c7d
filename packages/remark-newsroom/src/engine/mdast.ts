/**
 * Helpers shared by the two Markdown front ends (unified and Sätteri): both
 * hand the engine mdast nodes, and both take mdast back. Nothing here
 * depends on either processor.
 */

import GithubSlugger from 'github-slugger';
import type { Properties } from 'hast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Locale } from '../locales.js';
import type { ResolvedOptions } from '../options.js';
import { createDocument } from './document.js';
import type { BlockContent, BlockInput, DirectiveKind, HeadingEntry, Position } from './types.js';
import { type RunSegment, typographize } from './typography.js';

/** The mdast shape we read: plain unist nodes (unified) or Sätteri's lazy nodes. */
export interface MdastLike {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: MdastLike[];
  data?: Record<string, unknown> | null;
  position?: Position | null;
}

export function textOf(node: MdastLike | MdastLike[]): string {
  return mdastToString(node as never);
}

const directiveKinds: Record<string, DirectiveKind> = {
  textDirective: 'text',
  leafDirective: 'leaf',
  containerDirective: 'container',
};

export function directiveKind(node: MdastLike): DirectiveKind | undefined {
  return directiveKinds[node.type];
}

/** Text of each body block; a list counts item by item (summary key points). */
function blockTexts(children: MdastLike[]): string[] {
  const texts: string[] = [];
  for (const child of children) {
    if (child.type === 'list') for (const item of child.children ?? []) texts.push(textOf(item).trim());
    else texts.push(textOf(child).trim());
  }
  return texts.filter(Boolean);
}

/** The exact source of a node, when positions and source are both at hand. */
export function sliceSource(node: MdastLike, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return undefined;
  return source.slice(start, end);
}

/** Raw HTML in a label is shown as text, never as markup (SPEC §2). */
function htmlAsText(nodes: MdastLike[]): MdastLike[] {
  return nodes.map((node) =>
    node.type === 'html'
      ? { type: 'text', value: node.value ?? '' }
      : node.children
        ? { ...node, children: htmlAsText(node.children) }
        : node,
  );
}

/** Turns an mdast directive node into the engine's processor-neutral input. */
export function directiveInput(node: MdastLike, source: string | undefined): BlockInput {
  const kind = directiveKind(node) ?? 'text';
  const children = [...(node.children ?? [])];
  let label: MdastLike[] | undefined;
  if (kind === 'container') {
    const first = children[0];
    if (first?.type === 'paragraph' && first.data?.directiveLabel) {
      label = htmlAsText(first.children ?? []);
      children.shift();
    }
  } else if (children.length > 0 || (source !== undefined && /^:{1,2}[\w-]+\[/.test(sliceSource(node, source) ?? ''))) {
    label = htmlAsText(children.splice(0));
  }
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) attributes[key] = value ?? '';
  return {
    kind,
    name: node.name ?? '',
    attributes,
    label,
    labelText: label ? textOf(label) : '',
    children: kind === 'container' ? children : [],
    blockTexts: kind === 'container' ? blockTexts(children) : [],
    position: node.position ?? undefined,
    source: sliceSource(node, source),
  };
}

const attributionLine = /^\s*(?:—|–|--)\s*/;

/**
 * A blockquote whose last paragraph starts with `—` or `--` is a quote:
 * the text before the first comma names the speaker, the rest is the role.
 */
export function blockquoteInput(node: MdastLike): BlockInput | undefined {
  const children = node.children ?? [];
  const last = children.at(-1);
  if (children.length < 2 || last?.type !== 'paragraph') return undefined;
  const line = textOf(last);
  if (!attributionLine.test(line)) return undefined;
  const attribution = line.replace(attributionLine, '').trim();
  const comma = attribution.indexOf(',');
  const by = (comma === -1 ? attribution : attribution.slice(0, comma)).trim();
  const role = comma === -1 ? '' : attribution.slice(comma + 1).trim();
  if (!by) return undefined;
  const body = children.slice(0, -1);
  return {
    kind: 'container',
    name: 'quote',
    attributes: role ? { by, role } : { by },
    labelText: '',
    children: body,
    blockTexts: blockTexts(body),
    position: node.position ?? undefined,
  };
}

/**
 * The engine's markup as mdast: each element becomes a node with
 * `data.hName`/`data.hProperties` (hast property names, honoured by
 * mdast-util-to-hast and by Sätteri alike), and each slot gives back the author's own nodes.
 */
export function toMdast(content: BlockContent[]): MdastLike[] {
  const out: MdastLike[] = [];
  for (const node of content) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    else if (node.type === 'newsroomSlot') out.push(...(node.content as MdastLike[]));
    else {
      out.push({
        type: 'paragraph',
        data: {
          hName: node.tagName,
          hProperties: node.properties,
        },
        children: toMdast(node.children as BlockContent[]),
      });
    }
  }
  return out;
}

/** Headings in document order with github-slugger ids, as Astro assigns them. */
export function headingEntries(headings: MdastLike[]): { node: MdastLike; entry: HeadingEntry }[] {
  const slugger = new GithubSlugger();
  return headings.map((node) => {
    const text = textOf(node);
    const existing = (node.data?.hProperties as Properties | undefined)?.id;
    const id = typeof existing === 'string' ? existing : slugger.slug(text);
    if (typeof existing === 'string') slugger.slug(existing);
    return { node, entry: { depth: node.depth ?? 1, id, text } };
  });
}

const phrasingParents = new Set(['paragraph', 'heading', 'tableCell']);
const skippedPhrasing = new Set([
  'inlineCode',
  'html',
  'code',
  'math',
  'inlineMath',
  'mdxTextExpression',
  'mdxJsxTextElement',
  'image',
  'imageReference',
]);

/**
 * Walks a tree once, collecting the headings and the inline runs that
 * typography rewrites. A run is the text of one paragraph, heading or table
 * cell, in order; code, raw HTML and link text that is a URL are kept as
 * `skip` segments so quotes pair across them.
 */
export function scanTree(
  root: MdastLike,
  wantRuns: boolean,
): {
  headings: MdastLike[];
  runs: { nodes: MdastLike[]; segments: RunSegment[] }[];
} {
  const headings: MdastLike[] = [];
  const runs: { nodes: MdastLike[]; segments: RunSegment[] }[] = [];

  const collect = (node: MdastLike, run: { nodes: MdastLike[]; segments: RunSegment[] }): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') {
        run.nodes.push(child);
        run.segments.push({ value: child.value ?? '' });
      } else if (skippedPhrasing.has(child.type)) {
        run.segments.push({ value: child.value ?? 'x', skip: true });
      } else if (child.type === 'link' && child.url !== undefined && isUrlText(textOf(child), child.url)) {
        run.segments.push({ value: textOf(child), skip: true });
      } else if (child.children) {
        collect(child, run);
      }
    }
  };

  const walk = (node: MdastLike): void => {
    if (node.type === 'heading') headings.push(node);
    if (phrasingParents.has(node.type)) {
      if (wantRuns) {
        const run = { nodes: [] as MdastLike[], segments: [] as RunSegment[] };
        collect(node, run);
        if (run.nodes.length) runs.push(run);
      }
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return { headings, runs };
}

function isUrlText(text: string, url: string): boolean {
  return text === url || /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)/i.test(text) || `mailto:${text}` === url;
}

/** How a front end writes to its tree: unified mutates nodes, Sätteri records edits. */
export interface TreeWriter {
  setHeadingId(node: MdastLike, id: string): void;
  setText(node: MdastLike, value: string): void;
}

/**
 * The per-document pass both Markdown front ends run before rendering
 * blocks: heading ids (so a summary from headings links to them) and locale
 * typography. Returns the document state the blocks share.
 */
export function prepareDocument(root: MdastLike, settings: ResolvedOptions, locale: Locale, write: TreeWriter) {
  const scan = scanTree(root, settings.typography);
  const headings = settings.headingIds ? headingEntries(scan.headings) : [];
  for (const { node, entry } of headings) write.setHeadingId(node, entry.id);
  if (settings.typography) {
    for (const run of scan.runs) {
      const values = typographize(run.segments, locale);
      let index = 0;
      run.segments.forEach((segment, at) => {
        if (segment.skip) return;
        const node = run.nodes[index++] as MdastLike;
        if (values[at] !== node.value) write.setText(node, values[at] as string);
      });
    }
  }
  return createDocument(
    settings,
    locale,
    headings.map((heading) => heading.entry),
  );
}

/** `data.hProperties.id` on a heading, keeping what else its data holds. */
export function withHeadingId(node: MdastLike, id: string): Record<string, unknown> {
  return { ...node.data, hProperties: { ...(node.data?.hProperties as object), id } };
}
