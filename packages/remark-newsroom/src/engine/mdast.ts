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

/** Reads the text of a node: mdast-util-to-string, or a processor's native (and cheaper) reader. */
export type TextReader = (node: MdastLike | MdastLike[]) => string;

/** Text of each body block; a list counts item by item (summary key points). */
function blockTexts(children: MdastLike[], text: TextReader): string[] {
  const texts: string[] = [];
  for (const child of children) {
    if (child.type === 'list') for (const item of child.children ?? []) texts.push(text(item).trim());
    else texts.push(text(child).trim());
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

/**
 * Raw HTML in a label is shown as text, never as markup (SPEC §2). Nodes
 * without HTML stay the same objects, so a front end still finds the
 * directives nested in a label.
 */
function htmlAsText(nodes: MdastLike[]): MdastLike[] {
  let changed = false;
  const out = nodes.map((node) => {
    if (node.type === 'html') {
      changed = true;
      return { type: 'text', value: node.value ?? '' };
    }
    if (!node.children?.length) return node;
    const children = htmlAsText(node.children);
    if (children === node.children) return node;
    changed = true;
    return { ...node, children };
  });
  return changed ? out : nodes;
}

function labelText(label: MdastLike[], text: TextReader): string {
  return label.map((node) => (node.type === 'text' ? (node.value ?? '') : text(node))).join('');
}

/** Turns an mdast directive node into the engine's processor-neutral input. */
export function directiveInput(node: MdastLike, source: string | undefined, text: TextReader = textOf): BlockInput {
  const kind = directiveKind(node) ?? 'text';
  const children = [...(node.children ?? [])];
  let label: MdastLike[] | undefined;
  if (kind === 'container') {
    const first = children[0];
    if (first?.type === 'paragraph' && first.data?.directiveLabel) {
      label = [...htmlAsText(first.children ?? [])];
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
    labelText: label ? labelText(label, text) : '',
    children: kind === 'container' ? children : [],
    blockTexts: kind === 'container' ? blockTexts(children, text) : [],
    position: node.position ?? undefined,
    source: sliceSource(node, source),
  };
}

const attributionLine = /^\s*(?:—|–|--)\s*/;

/**
 * A blockquote whose last paragraph starts with `—` or `--` is a quote:
 * the text before the first comma names the speaker, the rest is the role.
 */
export function blockquoteInput(node: MdastLike, text: TextReader = textOf): BlockInput | undefined {
  const children = node.children ?? [];
  const last = children.at(-1);
  if (children.length < 2 || last?.type !== 'paragraph') return undefined;
  const line = text(last);
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
    blockTexts: blockTexts(body, text),
    position: node.position ?? undefined,
  };
}

/**
 * The engine's markup as mdast: each element becomes a node with
 * `data.hName`/`data.hProperties` (hast property names, honoured by
 * mdast-util-to-hast and by Sätteri alike), and each slot gives back the
 * author's own nodes. `hChildren` (unified only) hands slot-free markup over whole.
 */
export function toMdast(content: BlockContent[], options: { hChildren?: boolean } = {}): MdastLike[] {
  const out: MdastLike[] = [];
  for (const node of content) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    else if (node.type === 'newsroomSlot') out.push(...(node.content as MdastLike[]));
    else if (options.hChildren && !hasSlot(node)) {
      // Markup with no author content in it is final: mdast-util-to-hast takes
      // it as is (`hChildren`) instead of converting node by node.
      out.push({
        type: 'paragraph',
        data: { hName: node.tagName, hProperties: node.properties, hChildren: node.children },
        children: [],
      });
    } else {
      out.push({
        type: 'paragraph',
        data: {
          hName: node.tagName,
          hProperties: node.properties,
        },
        children: toMdast(node.children as BlockContent[], options),
      });
    }
  }
  return out;
}

function hasSlot(node: BlockContent): boolean {
  return node.type === 'newsroomSlot' || (node.type === 'element' && (node.children as BlockContent[]).some(hasSlot));
}

/** Headings in document order with github-slugger ids, as Astro assigns them. */
export function headingEntries(
  headings: MdastLike[],
  read: TextReader = textOf,
): { node: MdastLike; entry: HeadingEntry }[] {
  const slugger = new GithubSlugger();
  return headings.map((node) => {
    const text = read(node);
    const existing = (node.data?.hProperties as Properties | undefined)?.id;
    const id = typeof existing === 'string' ? existing : slugger.slug(text);
    if (typeof existing === 'string') slugger.slug(existing);
    return { node, entry: { depth: node.depth ?? 1, id, text } };
  });
}

export const phrasingParents = new Set(['paragraph', 'heading', 'tableCell']);
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

export interface Run {
  nodes: MdastLike[];
  segments: RunSegment[];
}

/**
 * The inline run of one paragraph, heading or table cell, in order: code,
 * raw HTML and link text that is a URL are `skip` segments, so quotes pair
 * across them but they are never rewritten.
 */
export function collectRun(parent: MdastLike, run: Run = { nodes: [], segments: [] }): Run {
  for (const child of parent.children ?? []) {
    if (child.type === 'text') {
      run.nodes.push(child);
      run.segments.push({ value: child.value ?? '' });
    } else if (skippedPhrasing.has(child.type)) {
      run.segments.push({ value: child.value ?? 'x', skip: true });
    } else if (child.type === 'link' && child.url !== undefined && isUrlText(textOf(child), child.url)) {
      run.segments.push({ value: textOf(child), skip: true });
    } else if (child.children) {
      collectRun(child, run);
    }
  }
  return run;
}

/**
 * Text that typography would change, per locale: most paragraphs match none
 * and are skipped. English curly quotes are already right in `en`; a lone ’
 * is an apostrophe everywhere, so only an opening ‘ makes ’ worth a look.
 */
const candidates: Record<Locale, RegExp> = {
  de: /["'“”‘]|--|\.\.\./,
  'de-CH': /["'“”‘]|--|\.\.\./,
  en: /["']|--|\.\.\./,
};

export function typographyCandidates(locale: Locale): RegExp {
  return candidates[locale];
}

/** Rewrites one phrasing parent's text nodes with locale typography. */
export function typographizeRun(parent: MdastLike, locale: Locale, write: TreeWriter): void {
  const run = collectRun(parent);
  if (run.nodes.length === 0) return;
  const values = typographize(run.segments, locale);
  let index = 0;
  run.segments.forEach((segment, at) => {
    if (segment.skip) return;
    const node = run.nodes[index++] as MdastLike;
    if (values[at] !== node.value) write.setText(node, values[at] as string);
  });
}

/** A directive or a blockquote a front end hands to the engine, with its parent. */
export interface Target {
  node: MdastLike;
  parent: MdastLike;
}

export interface Scan {
  headings: MdastLike[];
  /** Phrasing parents whose text typography may change. */
  runParents: MdastLike[];
  targets: Target[];
  /** The page has `::summary{from="headings"}`: headings then need their ids. */
  summaryFromHeadings: boolean;
}

const directiveTypes = new Set(['textDirective', 'leafDirective', 'containerDirective']);

/** Walks a tree once: headings, typography candidates, directives and blockquotes, in document order. */
export function scanTree(root: MdastLike, wantRuns: RegExp | false): Scan {
  const scan: Scan = { headings: [], runParents: [], targets: [], summaryFromHeadings: false };
  const walk = (node: MdastLike): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'heading') scan.headings.push(child);
      if (directiveTypes.has(child.type) || child.type === 'blockquote') {
        scan.targets.push({ node: child, parent: node });
        if (child.name === 'summary' && child.attributes?.from === 'headings') scan.summaryFromHeadings = true;
      }
      if (wantRuns && phrasingParents.has(child.type) && wantRuns.test(textOf(child))) {
        scan.runParents.push(child);
      }
      if (child.children) walk(child);
    }
  };
  walk(root);
  return scan;
}

function isUrlText(text: string, url: string): boolean {
  return text === url || /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)/i.test(text) || `mailto:${text}` === url;
}

/** How a front end writes to its tree: unified mutates nodes, Sätteri records edits. */
export interface TreeWriter {
  setHeadingId(node: MdastLike, id: string): void;
  setText(node: MdastLike, value: string): void;
}

/** Heading ids: always, never, or (`auto`) only when a summary from headings needs them. */
export function wantsHeadingIds(settings: ResolvedOptions, summaryFromHeadings: boolean): boolean {
  return settings.headingIds === 'auto' ? summaryFromHeadings : settings.headingIds;
}

/**
 * The per-document pass of the unified front end before it renders blocks:
 * heading ids (so a summary from headings links to them) and typography.
 * Returns the document state the blocks share, and the blocks to render.
 */
export function prepareDocument(root: MdastLike, settings: ResolvedOptions, locale: Locale, write: TreeWriter) {
  const scan = scanTree(root, settings.typography && typographyCandidates(locale));
  // Typography first: what blocks read (attributions, heading text) is then final.
  for (const parent of scan.runParents) typographizeRun(parent, locale, write);
  // Slugging every heading is only worth it when something links to them.
  const ids = wantsHeadingIds(settings, scan.summaryFromHeadings);
  const headings = ids || scan.summaryFromHeadings ? headingEntries(scan.headings) : [];
  if (ids) for (const { node, entry } of headings) write.setHeadingId(node, entry.id);
  const doc = createDocument(
    settings,
    locale,
    headings.map((heading) => heading.entry),
  );
  return { doc, targets: scan.targets };
}

/** `data.hProperties.id` on a heading, keeping what else its data holds. */
export function withHeadingId(node: MdastLike, id: string): Record<string, unknown> {
  return { ...node.data, hProperties: { ...(node.data?.hProperties as object), id } };
}
