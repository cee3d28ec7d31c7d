/**
 * Step 1, collect: one walk finds headings, inline runs (the text of a
 * paragraph, heading, table cell or label, across emphasis and links) and
 * targets (directives and blockquotes), in document order. Inline content is
 * entered only where its source could hold a directive (every one has a
 * colon) or something typography changes, so plain paragraphs cost almost
 * nothing.
 */

import type { Blockquote, Heading, Nodes, Parent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { type Locale, typographyRules } from '../../locales.js';
import type { ResolvedOptions } from '../../settings.js';
import { type BlockRegistry, blockNamed } from '../block.js';
import { ContainerFences } from '../fences.js';
import { containerLabel } from '../input.js';
import { quoteAddsMarks } from '../quote-marks.js';
import { childrenOf, type Directive, isParent, literalValue } from '../tree.js';
import { type RunSegment, typographyTrigger } from '../typography.js';
import { blockquoteClaim, droppedChildren } from './claims.js';
import type { PassText } from './text.js';

/** How deep our containers may nest; deeper ones are reported and restored. */
export const maxNesting = 32;

/** A directive or blockquote the blocks step renders or restores. */
export interface Target {
  node: Directive | Blockquote;
  /** How many of our containers hold it (itself included). */
  depth: number;
  /** The paragraph, heading or label a text directive stands in. */
  owner?: Nodes;
}

/** The text nodes of one paragraph, heading, table cell or label, read as one piece of text. */
export interface Run {
  owner: Nodes;
  nodes: Text[];
  segments: RunSegment[];
  /** A text node holds NUL (Sätteri keeps it; micromark gives U+FFFD, as HTML wants). */
  hasNul?: boolean;
  /** How many quotes whose marks the engine adds hold the run: their quotes are inner quotes. */
  level: number;
}

/** A block of a newest-first feed (`:::update`), with the parent and index it stands at. */
export interface FeedEntry {
  node: ContainerDirective;
  parent: Parent;
  index: number;
}

export interface Collected {
  headings: Heading[];
  runs: Run[];
  targets: Target[];
  feed: FeedEntry[];
  /** A block links the headings (a summary from headings): they get ids. */
  linksHeadings: boolean;
  fences: ContainerFences;
}

export interface CollectInput {
  root: Root;
  source: string | undefined;
  settings: ResolvedOptions;
  locale: Locale;
  registry: BlockRegistry;
  text: PassText;
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
export const verbatimBlock = new Set([
  'code',
  'html',
  'yaml',
  'toml',
  'math',
  'mdxjsEsm',
  'mdxFlowExpression',
  'definition',
]);

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

export function collect({ root, source, settings, locale, registry, text }: CollectInput): Collected {
  const { read, sourceOf } = text;
  const worthEntering = settings.typography ? candidatesFor(locale) : directiveCandidates;
  const found: Collected = {
    headings: [],
    runs: [],
    targets: [],
    feed: [],
    linksHeadings: false,
    fences: new ContainerFences(source),
  };
  const { headings, runs, targets, feed, fences } = found;

  /** A run's source may hold a directive (every one has a colon) or text typography changes. */
  const mayChange = (node: Nodes): boolean => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (source === undefined || start === undefined || end === undefined) return true;
    return worthEntering.test(source.slice(start, end));
  };

  const collectRun = (parent: Nodes, run: Run): void => {
    const owner = run.owner;
    // Indexed, not `for…of`: a paragraph may hold tens of thousands of nodes, and an iterator allocates per step until optimised.
    const children = childrenOf(parent);
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as RootContent;
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
        if (blockNamed(registry, child.name)) collectRun(child, run);
        else run.segments.push({ value: sourceOf(child), skip: true });
      } else if (verbatimInline.has(child.type)) {
        run.segments.push({ value: child.type === 'break' ? '\n' : (literalValue(child) ?? 'x'), skip: true });
      } else if (child.type === 'link' && child.url !== undefined && isUrlText(read(child), child.url)) {
        run.segments.push({ value: read(child), skip: true });
      } else if (isParent(child)) {
        collectRun(child, run);
      }
    }
  };

  const phrasing = (parent: Nodes, level: number): void => {
    if (!mayChange(parent)) return;
    const run: Run = { owner: parent, nodes: [], segments: [], level };
    collectRun(parent, run);
    if ((settings.typography && run.nodes.length) || run.hasNul) runs.push(run);
  };

  /** Inside a quote whose marks the engine adds, quotes are one level deeper. */
  const quoteLevel = (body: readonly RootContent[], level: number): number => {
    const first = body[0];
    return first && quoteAddsMarks(body, first.type === 'paragraph' ? read(first) : '') ? level + 1 : level;
  };

  /** `outside`: children read at `outsideLevel` (a quote's attribution line, which is not part of the quote). */
  const walk = (
    parent: Parent,
    depth: number,
    level = 0,
    outside?: readonly RootContent[],
    outsideLevel = level,
  ): void => {
    const children = parent.children ?? [];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (!child) continue;
      const childLevel = outside?.includes(child) ? outsideLevel : level;
      switch (child.type) {
        case 'heading':
          headings.push(child);
          phrasing(child, childLevel);
          break;
        case 'paragraph':
        case 'tableCell':
          phrasing(child, childLevel);
          break;
        case 'leafDirective': {
          targets.push({ node: child, depth });
          const block = blockNamed(registry, child.name);
          if (block) {
            if (block.linksHeadings?.(child.attributes ?? {})) found.linksHeadings = true;
            phrasing(child, childLevel);
          }
          break;
        }
        case 'containerDirective': {
          const block = blockNamed(registry, child.name);
          const inner = block ? depth + 1 : depth;
          targets.push({ node: child, depth: inner });
          if (block?.linksHeadings?.(child.attributes ?? {})) found.linksHeadings = true;
          if (block?.newestFirst && inner <= maxNesting) feed.push({ node: child, parent, index });
          const label = containerLabel(child);
          // A foreign container's label is part of its fence line: restored as written.
          if (label && block) phrasing(label, childLevel);
          // The label is the first child when written: the body is the rest, one copy at most.
          const body = label ? (child.children ?? []).slice(1) : undefined;
          const bodyLevel = block?.quotesBody ? quoteLevel(body ?? child.children ?? [], childLevel) : childLevel;
          fences.enter(child);
          walkChildren(child, body, inner, bodyLevel);
          fences.leave(child);
          break;
        }
        case 'blockquote': {
          targets.push({ node: child, depth });
          const claim = blockquoteClaim(child, registry, read);
          if (claim) {
            const bodyLevel = claim.block.quotesBody
              ? // The input's body is the blockquote's own children (a block input holds any processor's content).
                quoteLevel(claim.input.children as RootContent[], childLevel)
              : childLevel;
            walk(child, depth, bodyLevel, droppedChildren(child, claim), childLevel);
          } else walk(child, depth, childLevel);
          break;
        }
        default:
          if (!verbatimBlock.has(child.type) && isParent(child)) walk(child, depth, childLevel);
      }
    }
  };

  /** The body of a container: the node itself (its updates keep their real parent), or its children after the label. */
  const walkChildren = (
    node: ContainerDirective,
    afterLabel: RootContent[] | undefined,
    depth: number,
    level: number,
  ): void => {
    if (!afterLabel) {
      walk(node, depth, level);
      return;
    }
    walk({ type: node.type, children: afterLabel } as Parent, depth, level);
  };

  walk(root, 0);
  return found;
}

function isUrlText(text: string, url: string): boolean {
  return text === url || /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)/i.test(text) || `mailto:${text}` === url;
}
