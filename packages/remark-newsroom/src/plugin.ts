import type { Nodes, Parent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { blocks } from './blocks/index.js';
import { blockNamed } from './engine/block.js';
import { StrictModeError } from './engine/document.js';
import { directiveMarkers } from './engine/markers.js';
import { runDocumentPass } from './engine/pass.js';
import { restoreUnclaimed } from './engine/steps/restore-unclaimed.js';
import {
  type Directive,
  directiveKind,
  isClaimed,
  isParent,
  type TreeAdapter,
  withHeadingId,
  withoutBom,
} from './engine/tree.js';
import type { NewsroomRecord } from './engine/types.js';
import { isLocale, type Locale } from './locales.js';
import { type Options, resolveOptions } from './options.js';

declare module 'vfile' {
  interface DataMap {
    newsroom: NewsroomRecord;
  }
}

type FrontmatterField = 'locale' | 'published';

/** A frontmatter field: Astro's, or any plugin's `file.data.frontmatter` (or `matter`). */
function frontmatterField(file: VFile, field: FrontmatterField): unknown {
  const data = file.data as Record<
    string,
    | ({ frontmatter?: Partial<Record<FrontmatterField, unknown>> } & Partial<Record<FrontmatterField, unknown>>)
    | undefined
  >;
  return data.astro?.frontmatter?.[field] ?? data.frontmatter?.[field] ?? data.matter?.[field];
}

/** Frontmatter `locale` beats the option. */
function frontmatterLocale(file: VFile): Locale | undefined {
  const value = frontmatterField(file, 'locale');
  return isLocale(value) ? value : undefined;
}

/**
 * The unified adapter: edits mutate the tree; replacements are collected and
 * put in place by one walk at the end, so a replacement may hold nodes that
 * are replaced too, and a paragraph with many directives is rebuilt once.
 */
function unifiedAdapter(): TreeAdapter {
  const replacements = new Map<Nodes, RootContent[]>();
  /** Appends what `node` becomes (itself, or its replacement put in place too). */
  const place = (node: RootContent, out: RootContent[]): void => {
    const replacement = replacements.get(node);
    if (!replacement) {
      visit(node);
      out.push(node);
      return;
    }
    // Indexed, not `for…of`: a replacement may hold thousands of nodes.
    for (let index = 0; index < replacement.length; index++) place(replacement[index] as RootContent, out);
  };
  const visit = (node: Nodes): void => {
    if (!isParent(node)) return;
    const children = node.children as RootContent[];
    // The new list is started at the first replaced child: most parents have none, and a list per parent
    // visited was garbage for every paragraph of every article.
    let out: RootContent[] | undefined;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as RootContent;
      if (!out && replacements.has(child)) out = children.slice(0, index);
      if (out) place(child, out);
      else visit(child);
    }
    // A replacement may be any content (a block's element is a paragraph with `hName`), whatever the parent.
    if (out) (node as Parent).children = out;
  };
  return {
    hastChildren: true,
    setText(node, value) {
      node.value = value;
    },
    setHeadingId(node, id) {
      node.data = withHeadingId(node, id);
    },
    replace(node, nodes) {
      replacements.set(node, nodes);
    },
    finish(root) {
      if (replacements.size) visit(root);
    },
  };
}

/**
 * The plugins registered after ours that still read mdast (up to remark-rehype
 * or a stringifier): with `unknownDirectives: 'restore'` they find the text we
 * restored where a directive was, so a directive plugin among them has
 * nothing to do. Their names, for the warning, which says "if": a plugin's
 * name does not tell whether it handles directives (smartypants does not).
 */
function laterMdastPlugins(processor: Processor): string[] {
  // Compared by identity: the attachers' plugin type knows nothing of ours.
  const attachers = (processor.attachers ?? []) as unknown as [(...args: unknown[]) => unknown, ...unknown[]][];
  const ours = attachers.findIndex(([plugin]) => plugin === remarkNewsroom);
  const names: string[] = [];
  for (const [plugin, ...parameters] of attachers.slice(ours + 1)) {
    if (/rehype|stringify/i.test(plugin.name)) break;
    if (parameters[0] === false || plugin === remarkNewsroom || plugin === remarkNewsroomRestore) continue;
    names.push(plugin.name || 'an unnamed plugin');
  }
  return names;
}

/** Leaf and container directives no block and no plugin claimed: what a later directive plugin would want. */
function unclaimedForeignBlocks(tree: Root): Directive[] {
  const found: Directive[] = [];
  const walk = (node: Nodes): void => {
    const kind = directiveKind(node);
    if (kind && kind !== 'text' && !blockNamed(blocks, (node as Directive).name) && !isClaimed(node as Directive)) {
      found.push(node as Directive);
    }
    if (isParent(node)) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** One line: which directives, which plugins, what to do instead. */
function restoredBeforeMessage(directives: Directive[], plugins: string[]): string {
  const written = [
    ...new Set(directives.map((node) => `${directiveMarkers[directiveKind(node) ?? 'leaf']}${node.name}`)),
  ];
  return (
    `${written.join(', ')} ${written.length > 1 ? 'are' : 'is'} not ours and shown as written before ` +
    `${plugins.join(', ')} ran: if ${plugins.length > 1 ? 'one of those handles' : 'that handles'} ${written.length > 1 ? 'them' : 'it'}, ` +
    `register it before remark-newsroom, or set unknownDirectives: 'keep' and add remarkNewsroomRestore last`
  );
}

/**
 * remark plugin: parses directives (no remark-directive needed) and renders
 * the newsroom blocks. Records what it rendered on `file.data.newsroom`.
 */
export default function remarkNewsroom(this: Processor, options?: Options | null) {
  const settings = resolveOptions(options);
  remarkDirective.call(this as never);
  // The pipeline is complete when it freezes, which is when this runs.
  const later = settings.unknownDirectives === 'restore' ? laterMdastPlugins(this) : [];

  return (tree: Root, file: VFile) => {
    // Rendered already (a pipeline that registered the plugin twice): nothing left to do.
    if (file.data.newsroom) return;
    const restoredBefore = later.length ? unclaimedForeignBlocks(tree) : [];
    const adapter = unifiedAdapter();
    const locale = frontmatterLocale(file) ?? settings.locale;
    const { transformBlock } = settings;
    const doc = runDocumentPass({
      root: tree,
      source: withoutBom(String(file)),
      settings,
      locale,
      adapter,
      blocks,
      published: frontmatterField(file, 'published'),
      // The option's function returns the node it builds, typed `unknown` at the options layer.
      transformBlock: transformBlock && ((input) => transformBlock(input, { file, locale }) as RootContent | undefined),
    });

    file.data.newsroom = doc.record;
    for (const diagnostic of doc.diagnostics) {
      file.message(diagnostic.message, {
        place: diagnostic.position,
        ruleId: diagnostic.ruleId,
        source: 'remark-newsroom',
      });
    }
    if (restoredBefore.length) {
      file.message(restoredBeforeMessage(restoredBefore, later), {
        place: restoredBefore[0]?.position,
        ruleId: 'restored-before-plugin',
        source: 'remark-newsroom',
      });
    }
    if (settings.strict && doc.diagnostics.length) {
      throw new StrictModeError(doc.diagnostics, file.path || undefined);
    }
  };
}

/**
 * Restores every directive no plugin claimed, as its exact source text. Run
 * it last, after `remarkNewsroom` with `unknownDirectives: 'keep'` and any
 * other directive plugin.
 */
export function remarkNewsroomRestore() {
  return (tree: Root, file: VFile) => {
    restoreUnclaimed(tree, withoutBom(String(file)), unifiedAdapter());
  };
}
