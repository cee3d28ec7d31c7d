/**
 * The document pass: everything the engine does to one document, in a fixed
 * order, for every processor. A front end hands over its tree and a
 * {@link TreeAdapter}; nothing else is processor-specific.
 *
 * 1. One walk collects headings, inline runs and targets (directives,
 *    blockquotes). Inline content is entered only where its source could
 *    hold a directive or something typography changes.
 * 2. Typography rewrites text nodes; code, raw HTML, URLs and directives
 *    that are not ours are left as written.
 * 3. Heading ids are slugged from the headings' text as it will read.
 * 4. Targets render in document order: ours through their block, the rest
 *    restored as their exact source. Updates that stand next to each other
 *    then take each other's places, newest first.
 *
 * Derived text (summary links, heading ids, attributions, labels) is read by
 * {@link TextReader} from the pass's own state, never back from the tree:
 * Sätteri queues edits, so the tree would still show the old text.
 */
import GithubSlugger from 'github-slugger';
import { quoteFromBlockquote } from '../blocks/quote.js';
import { type Locale, typographyRules } from '../locales.js';
import type { ResolvedOptions } from '../options.js';
import { createDocument } from './document.js';
import { ContainerFences } from './fences.js';
import { containerLabel, directiveInput, type TextReader } from './input.js';
import { quoteAddsMarks } from './quote-marks.js';
import { isNewsroomBlock, renderDirective } from './render.js';
import { isRestored, restore } from './restore.js';
import { ShownAsSource } from './shown-as-source.js';
import { suggestBlock } from './suggest.js';
import { toMdast } from './to-mdast.js';
import { directiveKind, type MdastNode, sliceSource, type TreeAdapter } from './tree.js';
import type { BlockInput, Diagnostic, DocumentContext, HeadingEntry } from './types.js';
import { type RunSegment, typographize, typographyTrigger } from './typography.js';
import {
  collectUpdates,
  minuteOf,
  newestFirst,
  parseUpdateTime,
  publishedInstant,
  recordMinute,
} from './update-times.js';

/** How deep our containers may nest; deeper ones are reported and restored. */
export const maxNesting = 32;

export interface DocumentPassInput {
  root: MdastNode;
  /** The source the positions point into (without a byte-order mark). */
  source: string | undefined;
  settings: ResolvedOptions;
  locale: Locale;
  adapter: TreeAdapter;
  /**
   * Frontmatter `published` (a date or an ISO string), where the front end
   * knows it: updates before it are reported.
   */
  published?: unknown;
  /**
   * Lets a front end put its own node where a block would render (component
   * overrides). The block is still validated and recorded.
   */
  transformBlock?: ((input: BlockInput, doc: DocumentContext) => MdastNode | undefined) | undefined;
}

export type DocumentResult = DocumentContext & { diagnostics: Diagnostic[] };

interface Target {
  node: MdastNode;
  /** How many of our containers hold it (itself included). */
  depth: number;
  /** The paragraph, heading or label a text directive stands in. */
  owner?: MdastNode;
}

interface Run {
  owner: MdastNode;
  nodes: MdastNode[];
  segments: RunSegment[];
  /** A text node holds NUL (Sätteri keeps it; micromark gives U+FFFD, as HTML wants). */
  hasNul?: boolean;
  /** How many quotes whose marks the engine adds hold the run: their quotes are inner quotes. */
  level: number;
}

/** Inline nodes typography never rewrites; quotes still pair across them. */
const verbatimInline = new Set([
  'inlineCode',
  'html',
  'inlineMath',
  'mdxTextExpression',
  'image',
  'imageReference',
  'footnoteReference',
  'break',
]);
/** Block nodes with nothing for the pass inside. */
const verbatimBlock = new Set(['code', 'html', 'yaml', 'toml', 'math', 'mdxjsEsm', 'mdxFlowExpression', 'definition']);

/**
 * What in a run's source may need the pass: a directive (a colon before a
 * name character: `10:30`, `:credit[`, but not `sagte: `), a NUL, and with
 * typography whatever the locale's rules change.
 */
const directiveCandidates = /:[\p{L}\p{N}_]|\0/u;
const typographyCandidates = new Map<Locale, RegExp>();
function candidatesFor(locale: Locale): RegExp {
  let candidates = typographyCandidates.get(locale);
  if (!candidates) {
    candidates = new RegExp(`${directiveCandidates.source}|${typographyTrigger(typographyRules[locale])}`, 'u');
    typographyCandidates.set(locale, candidates);
  }
  return candidates;
}

export function runDocumentPass(input: DocumentPassInput): DocumentResult {
  const { root, source, settings, locale, adapter } = input;
  const restoreForeign = settings.unknownDirectives === 'restore';
  const worthEntering = settings.typography ? candidatesFor(locale) : directiveCandidates;
  const headings: MdastNode[] = [];
  const runs: Run[] = [];
  const targets: Target[] = [];
  let linksHeadings = false;
  const textValues = new Map<MdastNode, string>();
  const fences = new ContainerFences(source);
  /** Our `:::update` containers, with the parent and index they stand at. */
  const updates: { node: MdastNode; parent: MdastNode; index: number }[] = [];

  const sourceOf = (node: MdastNode): string => sliceSource(node, source) ?? `${markers[node.type]}${node.name ?? ''}`;

  const readNode = (node: MdastNode): string => {
    if (node.type === 'text') return textValues.get(node) ?? node.value ?? '';
    if (directiveKind(node) && !isNewsroomBlock(node.name ?? '')) return sourceOf(node);
    if (node.value !== undefined) return node.value;
    if (node.type === 'image') return node.alt ?? '';
    return node.children ? read(node.children) : '';
  };
  const read: TextReader = (nodes) =>
    Array.isArray(nodes) ? nodes.map(readNode).join('') : readNode(nodes as MdastNode);

  /** A run's source may hold a directive (every one has a colon) or text typography changes. */
  const mayChange = (node: MdastNode): boolean => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (source === undefined || start === undefined || end === undefined) return true;
    return worthEntering.test(source.slice(start, end));
  };

  const collectRun = (parent: MdastNode, run: Run): void => {
    const owner = run.owner;
    for (const child of parent.children ?? []) {
      if (child.type === 'text') {
        let value = child.value ?? '';
        if (value.includes('\0')) {
          value = value.replaceAll('\0', '\uFFFD');
          run.hasNul = true;
        }
        run.nodes.push(child);
        run.segments.push({ value });
      } else if (child.type === 'textDirective') {
        targets.push({ node: child, depth: 0, owner });
        if (isNewsroomBlock(child.name ?? '')) collectRun(child, run);
        else run.segments.push({ value: sourceOf(child), skip: true });
      } else if (verbatimInline.has(child.type)) {
        run.segments.push({ value: child.type === 'break' ? '\n' : (child.value ?? 'x'), skip: true });
      } else if (child.type === 'link' && child.url !== undefined && isUrlText(read(child), child.url)) {
        run.segments.push({ value: read(child), skip: true });
      } else if (child.children) {
        collectRun(child, run);
      }
    }
  };

  const phrasing = (parent: MdastNode, level: number): void => {
    if (!mayChange(parent)) return;
    const run: Run = { owner: parent, nodes: [], segments: [], level };
    collectRun(parent, run);
    if ((settings.typography && run.nodes.length) || run.hasNul) runs.push(run);
  };

  /** Inside a quote whose marks the engine adds, quotes are one level deeper. */
  const quoteLevel = (body: readonly MdastNode[], level: number): number => {
    const first = body[0];
    return first && quoteAddsMarks(body, first.type === 'paragraph' ? read(first) : '') ? level + 1 : level;
  };

  /** `outside`: a child read at `outsideLevel` (a quote's attribution line, which is not part of the quote). */
  const walk = (parent: MdastNode, depth: number, level = 0, outside?: MdastNode, outsideLevel = level): void => {
    const children = parent.children ?? [];
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as MdastNode;
      const childLevel = child === outside ? outsideLevel : level;
      switch (child.type) {
        case 'heading':
          headings.push(child);
          phrasing(child, childLevel);
          break;
        case 'paragraph':
        case 'tableCell':
          phrasing(child, childLevel);
          break;
        case 'leafDirective':
          targets.push({ node: child, depth });
          if (isNewsroomBlock(child.name ?? '')) {
            if (child.name === 'summary' && child.attributes?.from === 'headings') linksHeadings = true;
            phrasing(child, childLevel);
          }
          break;
        case 'containerDirective': {
          const ours = isNewsroomBlock(child.name ?? '');
          const inner = ours ? depth + 1 : depth;
          targets.push({ node: child, depth: inner });
          if (ours && child.name === 'summary' && child.attributes?.from === 'headings') linksHeadings = true;
          if (ours && child.name === 'update' && inner <= maxNesting) updates.push({ node: child, parent, index });
          const label = containerLabel(child);
          // A foreign container's label is part of its fence line: restored as written.
          if (label && ours) phrasing(label, childLevel);
          const body = (child.children ?? []).filter((c) => c !== label);
          const bodyLevel = ours && child.name === 'quote' ? quoteLevel(body, childLevel) : childLevel;
          fences.enter(child);
          walkChildren(child, label, inner, bodyLevel);
          fences.leave(child);
          break;
        }
        case 'blockquote': {
          targets.push({ node: child, depth });
          const body = child.children ?? [];
          const attributed = quoteFromBlockquote(child, read) !== undefined;
          if (attributed) walk(child, depth, quoteLevel(body.slice(0, -1), childLevel), body.at(-1), childLevel);
          else walk(child, depth, childLevel);
          break;
        }
        default:
          if (!verbatimBlock.has(child.type) && child.children) walk(child, depth, childLevel);
      }
    }
  };

  /** The body of a container: the node itself (its updates keep their real parent), or without its label. */
  const walkChildren = (node: MdastNode, skip: MdastNode | undefined, depth: number, level: number): void => {
    if (!skip) {
      walk(node, depth, level);
      return;
    }
    walk({ type: node.type, children: (node.children ?? []).filter((child) => child !== skip) }, depth, level);
  };

  // 1. Collect.
  walk(root, 0);

  // 2. Typography: what blocks read afterwards is the final text. The tree
  // is told last, and only about text that stays on the page.
  for (const run of runs) {
    const values = settings.typography
      ? typographize(run.segments, locale, run.level)
      : run.segments.map((s) => s.value);
    let index = 0;
    run.segments.forEach((segment, at) => {
      if (segment.skip) return;
      const node = run.nodes[index++] as MdastNode;
      const value = values[at] as string;
      if (value !== node.value) textValues.set(node, value);
    });
  }

  // 3. Heading ids, as Astro assigns them (github-slugger), from the text as it reads.
  const ids = settings.headingIds === 'auto' ? linksHeadings : settings.headingIds;
  const entries: HeadingEntry[] = [];
  if (ids || linksHeadings) {
    const slugger = new GithubSlugger();
    for (const node of headings) {
      const text = read(node);
      const existing = (node.data?.hProperties as { id?: unknown } | undefined)?.id;
      const id = typeof existing === 'string' ? existing : slugger.slug(text);
      if (typeof existing === 'string') slugger.slug(existing);
      else if (ids) adapter.setHeadingId(node, id);
      entries.push({ depth: node.depth ?? 1, id, text });
    }
  }

  // 4. Blocks, in document order, so ids and the record follow the text.
  // A paragraph a block takes apart (an attribution line, the label of a
  // container shown as written) is not on the page: nothing in it is edited.
  const dropped = new Set<MdastNode>();
  const asSource = new ShownAsSource();
  // The updates, read before any block renders: a summary lists the latest.
  const updateInputs = new Map(updates.map(({ node }) => [node, directiveInput(node, source, read)]));
  const doc = createDocument(settings, locale, entries, collectUpdates([...updateInputs.values()]));
  doc.published = publishedInstant(input.published);
  /** What each update renders to, placed once all have rendered (newest first). */
  const heldUpdates = new Map<MdastNode, MdastNode[]>();
  const options = { hastChildren: adapter.hastChildren };
  const render = (target: Target, blockInput: BlockInput): void => {
    const rendered = renderDirective(blockInput, doc, settings);
    if (blockInput.kind !== 'container' && isRestored(rendered)) asSource.add(target.node);
    const custom = input.transformBlock?.(blockInput, doc);
    const nodes = custom ? [custom] : toMdast(rendered, options);
    if (updateInputs.has(target.node)) heldUpdates.set(target.node, nodes);
    else adapter.replace(target.node, nodes);
  };
  for (const target of targets) {
    const { node, depth } = target;
    if ((target.owner && dropped.has(target.owner)) || asSource.has(node)) continue;
    if (!directiveKind(node)) {
      const quote = quoteFromBlockquote(node, read);
      if (quote) {
        dropped.add(node.children?.at(-1) as MdastNode);
        render(target, quote);
      }
      continue;
    }
    const ours = isNewsroomBlock(node.name ?? '');
    if (!ours) reportLikelyTypo(node, source, doc);
    if (!ours && !restoreForeign) continue;
    const blockInput = updateInputs.get(node) ?? directiveInput(node, source, read);
    if (blockInput.kind === 'container' && blockInput.source !== undefined) blockInput.closed = fences.isClosed(node);
    if (ours && depth <= maxNesting) {
      render(target, blockInput);
      continue;
    }
    if (ours && depth === maxNesting + 1) {
      doc.report({
        ruleId: 'nesting-too-deep',
        message: `${blockInput.name} is nested more than ${maxNesting} blocks deep: it and the blocks inside it are shown as written`,
        position: blockInput.position,
      });
    }
    const label = containerLabel(node);
    if (label) dropped.add(label);
    else if (blockInput.kind !== 'container') asSource.add(node);
    adapter.replace(node, toMdast(restore(blockInput), options));
  }
  placeNewestFirst(updates, updateInputs, heldUpdates, adapter);
  doc.record.updates = newestFirst(doc.record.updates, recordMinute);
  for (const run of runs) {
    if (dropped.has(run.owner)) continue;
    for (const node of run.nodes) {
      const value = textValues.get(node);
      if (value !== undefined && !asSource.has(node)) adapter.setText(node, value);
    }
  }
  adapter.finish?.(root);
  return doc;
}

/**
 * Updates that stand next to each other (siblings with nothing between them)
 * form one feed: its places are filled newest first, whatever the source
 * order. Anything between two updates (a heading, a paragraph) ends a feed,
 * so nothing else moves. Each update was rendered in document order (ids,
 * diagnostics and the record follow the source); only the places change.
 */
function placeNewestFirst(
  updates: readonly { node: MdastNode; parent: MdastNode; index: number }[],
  inputs: ReadonlyMap<MdastNode, BlockInput>,
  rendered: ReadonlyMap<MdastNode, MdastNode[]>,
  adapter: TreeAdapter,
): void {
  const minute = (node: MdastNode) => {
    const written = inputs.get(node)?.attributes.time;
    const time = written === undefined ? undefined : parseUpdateTime(written);
    return time && minuteOf(time);
  };
  let feed: MdastNode[] = [];
  const flush = () => {
    const order = newestFirst(feed, minute);
    feed.forEach((place, at) => {
      const nodes = rendered.get(order[at] as MdastNode);
      if (nodes) adapter.replace(place, nodes);
    });
    feed = [];
  };
  updates.forEach((entry, at) => {
    const previous = updates[at - 1];
    if (previous && !(previous.parent === entry.parent && previous.index === entry.index - 1)) flush();
    feed.push(entry.node);
  });
  flush();
}

/**
 * Gives back every directive no plugin claimed (a claimed one carries `data`),
 * as its exact source. For pipelines where other directive plugins run after
 * ours: run it last.
 */
export function restoreUnclaimed(root: MdastNode, source: string | undefined, adapter: TreeAdapter): void {
  const walk = (parent: MdastNode): void => {
    for (const child of parent.children ?? []) {
      const kind = directiveKind(child);
      if (kind && !child.data) {
        adapter.replace(child, restoredDirective(child, source, adapter.hastChildren));
        // Only a container's content renders as Markdown; it may hold more.
        if (kind === 'container')
          walk({ type: child.type, children: child.children?.filter((c) => c !== containerLabel(child)) });
        continue;
      }
      if (child.children && !verbatimBlock.has(child.type)) walk(child);
    }
  };
  walk(root);
  adapter.finish?.(root);
}

/** One unclaimed directive as the nodes that show its source. */
export function restoredDirective(node: MdastNode, source: string | undefined, hastChildren = false): MdastNode[] {
  return toMdast(restore(directiveInput(node, source, readSource(source))), { hastChildren });
}

/** Text as written: a node's source where positions allow, else its text. */
function readSource(source: string | undefined): TextReader {
  const read: TextReader = (nodes) =>
    (Array.isArray(nodes) ? nodes : [nodes as MdastNode])
      .map((node) => sliceSource(node, source) ?? node.value ?? (node.children ? read(node.children) : ''))
      .join('');
  return read;
}

const markers: Record<string, string> = { textDirective: ':', leafDirective: '::', containerDirective: ':::' };

/**
 * `:::sumary`, `::Poll`: a directive one or two letters from one of ours is
 * reported with the name it was probably meant to be. An inline `:name` only
 * counts with a label or attributes, so prose such as `Hinweis:Text` is never
 * taken for a typo.
 */
function reportLikelyTypo(node: MdastNode, source: string | undefined, doc: DocumentContext): void {
  const name = node.name ?? '';
  if (node.type === 'textDirective' && !/^:[^\s[{:]+[[{]/.test(sliceSource(node, source) ?? '')) return;
  const suggestion = suggestBlock(name);
  if (!suggestion) return;
  const marker = markers[node.type] ?? ':';
  doc.report({
    ruleId: 'unknown-block',
    message: `unknown block \`${marker}${name}\`: did you mean \`${marker}${suggestion}\`? It is shown as written`,
    position: node.position ?? undefined,
  });
}

function isUrlText(text: string, url: string): boolean {
  return text === url || /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)/i.test(text) || `mailto:${text}` === url;
}
