/**
 * The Sätteri front end: an mdast plugin for Sätteri (Astro 7's default
 * Markdown processor) that runs the same document pass as the remark plugin,
 * through an adapter that queues Sätteri edits. Sätteri applies what `before`
 * queues before anything else reads the tree, so the whole pass runs there.
 *
 * Turn on directives: `features: { directive: true }`.
 */
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { StrictModeError } from './engine/document.js';
import { type DocumentResult, restoredDirective, runDocumentPass } from './engine/pass.js';
import { type MdastNode, type TreeAdapter, withHeadingId, withoutBom } from './engine/tree.js';
import type { BlockInput, DocumentContext } from './engine/types.js';
import type { Locale } from './locales.js';
import { type Options, type ResolvedOptions, resolveOptions } from './options.js';

/** Sätteri's edits: queued, applied in one go after the hook returns. */
export function satteriAdapter(ctx: MdastVisitorContext): TreeAdapter {
  return {
    setText: (node, value) => ctx.setProperty(node as never, 'value' as never, value as never),
    setHeadingId: (node, id) => ctx.setProperty(node as never, 'data', withHeadingId(node, id)),
    replace: (node, _parent, nodes) => ctx.replaceNode(node as never, nodes as never),
  };
}

/** What a host (astro-newsroom) adds around the pass. */
export interface SatteriHooks {
  /** The document's locale, e.g. from its frontmatter. */
  locale?: (ctx: MdastVisitorContext) => Locale | undefined;
  /** A node to stand where a block would render (component overrides). */
  transformBlock?: (input: BlockInput, doc: DocumentContext, ctx: MdastVisitorContext) => MdastNode | undefined;
  /** Called with the document's result: record and diagnostics. */
  done?: (doc: DocumentResult, ctx: MdastVisitorContext) => void;
}

/** The plugin, from resolved options and a host's hooks. */
export function newsroomMdastPlugin(settings: ResolvedOptions, hooks: SatteriHooks = {}): MdastPluginDefinition {
  return {
    name: 'newsroom',
    // Positions give exact restoration and `line:col` in diagnostics.
    options: { position: true },
    before(root, ctx) {
      const doc = runDocumentPass({
        root: root as unknown as MdastNode,
        source: withoutBom(ctx.source),
        settings,
        locale: hooks.locale?.(ctx) ?? settings.locale,
        adapter: satteriAdapter(ctx),
        transformBlock: hooks.transformBlock && ((input, doc) => hooks.transformBlock?.(input, doc, ctx)),
      });
      ctx.data.newsroom = doc.record;
      hooks.done?.(doc, ctx);
    },
  };
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
 * otherwise). Register it after every other directive plugin.
 */
export function satteriNewsroomRestore(): MdastPluginDefinition {
  const restoreNode = (node: unknown, ctx: MdastVisitorContext) => {
    const directive = node as MdastNode;
    // A plugin that claims a directive by setting `data` keeps it.
    if (directive.data) return undefined;
    ctx.replaceNode(node as never, restoredDirective(directive, withoutBom(ctx.source), satteriAdapter(ctx)) as never);
    return undefined;
  };
  return {
    name: 'newsroom-restore',
    options: { position: true },
    textDirective: restoreNode,
    leafDirective: restoreNode,
    containerDirective: restoreNode,
  };
}
