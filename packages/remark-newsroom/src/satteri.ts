/**
 * The Sätteri front end: an mdast plugin for Sätteri (Astro 7's default
 * Markdown processor) that runs the same document pass as the remark plugin,
 * through an adapter that queues Sätteri edits. The visitors only copy the
 * tree (see `satteri-mirror.ts`); the pass runs in `after`, and Sätteri
 * applies its edits before the next plugin reads the tree.
 *
 * Turn on directives: `features: { directive: true }`.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { blocks } from './blocks/index.js';
import { StrictModeError } from './engine/document.js';
import { type DocumentResult, runDocumentPass } from './engine/pass.js';
import { restoredDirective } from './engine/steps/restore-unclaimed.js';
import {
  type Directive,
  directiveKind,
  isClaimed,
  isParent,
  type TreeAdapter,
  withHeadingId,
  withoutBom,
} from './engine/tree.js';
import type { BlockInput, Diagnostic, DocumentContext } from './engine/types.js';
import type { Locale } from './locales.js';
import { type Options, type ResolvedOptions, resolveOptions } from './options.js';
import { crowdedAt, replaceCrowdedParagraphs } from './satteri-crowded.js';
import { listItemRules } from './satteri-list-item.js';
import { type ListPlace, MirrorBuilder, visitedTypes } from './satteri-mirror.js';

/**
 * Sätteri's edits: queued, applied in one go after the hook returns. Sätteri
 * honours edits inside a replacement's nodes, but drops the replacement of a
 * node that stands at the top of another replacement (a block directly inside
 * a restored container): those are spliced in here instead.
 *
 * With the plain copy (`isCopy`), a text node the replacement keeps (a
 * credit's "dpa") is handed over as a new text node with its final value,
 * not as a reference to Sätteri's node: Sätteri resolves each reference into
 * a replaced node by a search that grows with the parent's length, so a
 * paragraph of many credits cost the square of its length.
 *
 * With the copy, a replacement that stands directly in a list item is
 * handed over as Sätteri renders it like unified (see `satteri-list-item.ts`).
 */
function satteriAdapter(
  ctx: MdastVisitorContext,
  real: (node: Nodes) => Nodes = (node) => node,
  isCopy: (node: Nodes) => boolean = () => false,
  listItemOf: (node: Nodes) => ListPlace | undefined = () => undefined,
  isSatteris: (node: Nodes) => boolean = () => false,
): TreeAdapter {
  const replacements = new Map<Nodes, RootContent[]>();
  const texts = new Map<Nodes, string>();
  const inlined = new Set<Nodes>();
  // The replacement itself unless it holds a replaced node (the common case: no new list).
  const expand = (nodes: RootContent[]): RootContent[] => {
    let expanded: RootContent[] | undefined;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as RootContent;
      const replacement = replacements.get(node);
      if (replacement) {
        inlined.add(node);
        expanded ??= nodes.slice(0, index);
        // A loop, not `push(...)`: a replacement may hold more nodes than a call takes arguments.
        for (const inner of expand(replacement)) expanded.push(inner);
      } else expanded?.push(node);
    }
    return expanded ?? nodes;
  };
  const handedOver = new Set<Nodes>();
  const content = (node: Nodes): Nodes => {
    if (node.type === 'text' && isCopy(node)) {
      handedOver.add(node);
      return { type: 'text', value: texts.get(node) ?? node.value ?? '', position: node.position };
    }
    // Sätteri's own node (of the copy, or of its tree when there is no copy) goes over as a reference: Sätteri
    // applies the edits queued inside it, where it drops those inside a node rebuilt here.
    if (isCopy(node) || isSatteris(node) || !isParent(node)) return real(node);
    // The same node with its children handed over: Sätteri takes them as they are.
    return { ...node, children: node.children.map(content) } as Nodes;
  };
  return {
    // Sätteri converts `data.hChildren` too: finished markup is one node to
    // encode rather than one per element.
    hastChildren: false,
    setText: (node, value) => {
      texts.set(node, value);
    },
    setHeadingId: (node, id) => ctx.setProperty(real(node) as never, 'data', withHeadingId(node, id)),
    replace: (node, nodes) => {
      replacements.set(node, nodes);
    },
    finish(root) {
      // On the copy only (its nodes are ours to walk): a node of many edits becomes one edit, wherever it
      // stands on the page (inside a replaced quote, update or restored container too).
      const first = root.children[0];
      if (replacements.size >= crowdedAt && first && isCopy(first)) {
        replaceCrowdedParagraphs(root, replacements, texts, isCopy);
      }
      // Every replacement expanded first: a node inlined into another's is not replaced on its own.
      const expanded = new Map<Nodes, RootContent[]>();
      for (const [node, nodes] of replacements) expanded.set(node, expand(nodes));
      const replaced = (sibling: RootContent) => expanded.has(sibling) && !inlined.has(sibling);
      const shown = (sibling: RootContent) => (replaced(sibling) ? (expanded.get(sibling) ?? []) : [sibling]);
      const inListItem = listItemRules();
      for (const [node, nodes] of expanded) {
        if (inlined.has(node)) continue;
        const top = nodes.map(content) as RootContent[];
        const place = listItemOf(node);
        ctx.replaceNode(real(node) as never, (place ? inListItem(top, node, place, shown, replaced) : top) as never);
      }
      for (const [node, value] of texts) {
        if (!handedOver.has(node)) ctx.setProperty(real(node) as never, 'value' as never, value as never);
      }
    },
  };
}

/** Membership in Sätteri's own tree (read when there is no copy): nodes the pass did not make. */
function nodesOf(root: Nodes): (node: Nodes) => boolean {
  const nodes = new Set<Nodes>();
  const walk = (node: Nodes): void => {
    nodes.add(node);
    if (isParent(node)) for (const child of node.children) walk(child);
  };
  walk(root);
  return (node) => nodes.has(node);
}

/** A table row line directly followed by a line of colons: the one shape Sätteri parses apart from micromark. */
const tableThenFence = /\|[^\n]*\n[ \t]*:{3,}[ \t]*(?:\n|$)/;

/**
 * Sätteri reads a container's closing fence that directly follows a table as
 * one more row of the table (micromark closes the container), so the
 * container runs on to a later fence. Not ours to re-parse: each such row is
 * reported, with the fix (a blank line before the fence).
 */
function fencesReadAsTableRows(root: Nodes, source: string): Diagnostic[] {
  if (!tableThenFence.test(source)) return [];
  const lines = source.split('\n');
  const found: Diagnostic[] = [];
  const walk = (node: Nodes, inContainer: boolean): void => {
    if (node.type === 'table' && inContainer) {
      const row = node.children.at(-1);
      const line = row?.position ? lines[row.position.start.line - 1]?.trim() : undefined;
      if (row && line && /^:{3,}$/.test(line)) {
        found.push({
          ruleId: 'fence-read-as-table-row',
          message: `the closing ${line} on line ${row.position?.start.line} is read as a row of the table above it (Sätteri): put a blank line between the table and ${line}`,
          position: row.position,
        });
      }
    }
    if (isParent(node))
      for (const child of node.children) walk(child, inContainer || node.type === 'containerDirective');
  };
  walk(root, false);
  return found;
}

/** What a host (astro-newsroom) adds around the pass. */
export interface SatteriHooks {
  /** The document's locale, e.g. from its frontmatter. */
  locale?: (ctx: MdastVisitorContext) => Locale | undefined;
  /** The document's frontmatter `published` (a date or ISO string): updates before it are reported. */
  published?: (ctx: MdastVisitorContext) => unknown;
  /** A node to stand where a block would render (component overrides). */
  transformBlock?: (input: BlockInput, doc: DocumentContext, ctx: MdastVisitorContext) => RootContent | undefined;
  /** Called with the document's result (record and diagnostics), while edits can still be queued. */
  done?: (doc: DocumentResult, ctx: MdastVisitorContext, root: Root) => void;
}

/**
 * The plugin, from resolved options and a host's hooks. Options it did not
 * resolve (a copy, a value that crossed JSON) are validated first.
 */
export function newsroomMdastPlugin(options: ResolvedOptions, hooks: SatteriHooks = {}): MdastPluginDefinition {
  const settings = resolveOptions(options);
  // One copy of the tree per document, filled by the visitors, read in `after`.
  // Each hook gets its own context; the document's data bag is the same object.
  // No `before` hook: each hook is a pass of its own over Sätteri's tree (and
  // reading `ctx.source` there decodes the document once more), so the first
  // visitor call starts the copy. A document without nodes is an empty copy.
  const mirrors = new WeakMap<object, MirrorBuilder>();
  // One visitor pass has one context: its copy is looked up once, not per node.
  // `after` clears it before anything that can throw, so no document's tree outlives its render.
  let visiting: { ctx: MdastVisitorContext; mirror: MirrorBuilder } | undefined;
  const visit = (node: unknown, ctx: MdastVisitorContext) => {
    if (visiting?.ctx !== ctx) {
      let mirror = mirrors.get(ctx.data);
      if (!mirror) {
        mirror = new MirrorBuilder();
        mirrors.set(ctx.data, mirror);
      }
      visiting = { ctx, mirror };
    }
    // Sätteri's visitor node: the fields of an mdast node (its own types describe handles).
    visiting.mirror.add(node as Nodes);
  };
  const plugin: MdastPluginDefinition = {
    name: 'newsroom',
    // Positions give exact restoration, `line:col` in diagnostics, and the copy its nesting.
    options: { position: true },
    after(root, ctx) {
      const mirror = mirrors.get(ctx.data) ?? new MirrorBuilder();
      mirrors.delete(ctx.data);
      if (visiting?.mirror === mirror) visiting = undefined;
      // Without positions (nodes another plugin inserted), read Sätteri's own tree.
      const tree = mirror.complete ? mirror : undefined;
      const source = withoutBom(ctx.source);
      const doc = runDocumentPass({
        root: tree ? tree.root : root,
        source,
        settings,
        locale: hooks.locale?.(ctx) ?? settings.locale,
        published: hooks.published?.(ctx),
        adapter: tree
          ? satteriAdapter(ctx, tree.real, tree.isCopy, tree.listItemOf)
          : satteriAdapter(ctx, undefined, undefined, undefined, nodesOf(root)),
        blocks,
        transformBlock: hooks.transformBlock && ((input, doc) => hooks.transformBlock?.(input, doc, ctx)),
      });
      for (const diagnostic of fencesReadAsTableRows(tree ? tree.root : root, source)) doc.diagnostics.push(diagnostic);
      ctx.data.newsroom = doc.record;
      hooks.done?.(doc, ctx, root);
    },
  };
  for (const type of visitedTypes) plugin[type] = visit;
  return plugin;
}

/**
 * Sätteri plugin with the remark plugin's options: the record lands on
 * `result.data.newsroom`, diagnostics on `result.data.newsroomDiagnostics`;
 * `strict` throws. Directives that are not ours are restored, unless
 * `unknownDirectives: 'keep'` (then add {@link satteriNewsroomRestore} last).
 */
export default function satteriNewsroom(options?: Options | null): MdastPluginDefinition {
  const settings = resolveOptions(options);
  return newsroomMdastPlugin(settings, {
    done(doc, ctx) {
      ctx.data.newsroomDiagnostics = doc.diagnostics;
      const path = ctx.fileURL?.pathname;
      if (settings.strict && doc.diagnostics.length) throw new StrictModeError(doc.diagnostics, path);
    },
  });
}

/**
 * Gives back every directive no plugin claimed (Sätteri drops them
 * otherwise). Register it after every other directive plugin. Visitors only
 * note the directives (Sätteri finds them natively); `after` restores them
 * together, so one inside a restored container is kept too.
 */
export function satteriNewsroomRestore(): () => MdastPluginDefinition {
  return () => {
    const unclaimed: Directive[] = [];
    const note = (node: unknown, ctx: MdastVisitorContext) => {
      // Sätteri's directive node, read as mdast-util-directive's (the fields are the same).
      const directive = node as Directive;
      // A plugin that claims a directive by setting `data` keeps it; one inside
      // a restored label is part of that label's source already.
      if (!isClaimed(directive) && !insideRestoredSource(directive, ctx)) unclaimed.push(directive);
    };
    return {
      name: 'newsroom-restore',
      options: { position: true },
      textDirective: note,
      leafDirective: note,
      containerDirective: note,
      after(_root, ctx) {
        if (unclaimed.length === 0) return;
        // A restored container's content is Sätteri's own nodes: they go over as references, so the
        // directives restored inside them (`10:30` in a paragraph of a `:::warning`) are kept too.
        const kept = new Set<Nodes>();
        for (const node of unclaimed)
          if (node.type === 'containerDirective') for (const child of node.children) kept.add(child);
        // A container's children are other objects than the visitors' nodes: one that is itself an
        // unclaimed directive is swapped for its visitor node (same start), whose replacement is known.
        const visited = new Map(unclaimed.map((node) => [node.position?.start.offset, node]));
        const asVisited = (node: RootContent): RootContent => {
          const same = directiveKind(node) ? visited.get(node.position?.start.offset) : undefined;
          return same?.type === node.type ? same : node;
        };
        const adapter = satteriAdapter(ctx, undefined, undefined, undefined, (node) => kept.has(node));
        const source = withoutBom(ctx.source);
        for (const node of unclaimed) adapter.replace(node, restoredDirective(node, source).map(asVisited));
        adapter.finish?.(_root);
      },
    };
  };
}

/** True inside an unclaimed text or leaf directive, or a container's label: restored as written. */
function insideRestoredSource(node: Directive, ctx: MdastVisitorContext): boolean {
  for (let parent = ctx.parent(node as never) as Nodes | undefined; parent; ) {
    const isLabel = parent.type === 'paragraph' && Boolean(parent.data?.directiveLabel);
    if (
      (parent.type === 'textDirective' || parent.type === 'leafDirective' || isLabel) &&
      !isClaimed(parent as Directive)
    )
      return true;
    parent = ctx.parent(parent as never) as Nodes | undefined;
  }
  return false;
}
