import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { StrictModeError } from './engine/document.js';
import {
  blockquoteInput,
  directiveInput,
  directiveKind,
  type MdastLike,
  prepareDocument,
  toMdast,
  withHeadingId,
} from './engine/mdast.js';
import { isNewsroomBlock, renderDirective } from './engine/render.js';
import { restore } from './engine/restore.js';
import type { NewsroomRecord } from './engine/types.js';
import { type Locale, locales } from './locales.js';
import { type Options, resolveOptions } from './options.js';

declare module 'vfile' {
  interface DataMap {
    newsroom: NewsroomRecord;
  }
}

/** Frontmatter `locale` (Astro's, or any plugin's `file.data.frontmatter`) beats the option. */
function frontmatterLocale(file: VFile): Locale | undefined {
  const data = file.data as Record<string, { frontmatter?: { locale?: unknown }; locale?: unknown } | undefined>;
  const value = data.astro?.frontmatter?.locale ?? data.frontmatter?.locale ?? data.matter?.locale;
  return locales.includes(value as Locale) ? (value as Locale) : undefined;
}

/**
 * remark plugin: parses directives (no remark-directive needed) and renders
 * the newsroom blocks. Records what it rendered on `file.data.newsroom`.
 */
export default function remarkNewsroom(this: Processor, options?: Options | null) {
  const settings = resolveOptions(options);
  remarkDirective.call(this as never);

  return (tree: Root, file: VFile) => {
    // Rendered already (a pipeline that registered the plugin twice): nothing left to do.
    if (file.data.newsroom) return;
    const root = tree as unknown as MdastLike;
    const source = String(file);
    const locale = frontmatterLocale(file) ?? settings.locale;
    const { doc, targets } = prepareDocument(root, settings, locale, {
      setHeadingId: (node, id) => {
        node.data = withHeadingId(node, id);
      },
      setText: (node, value) => {
        node.value = value;
      },
    });

    // Document order, so ids and the record follow the text. A replacement moves
    // the author's nodes under new parents; `parents` follows them there.
    const parents = new Map(targets.map((target) => [target.node, target.parent]));
    const adopt = (nodes: MdastLike[], parent: MdastLike): void => {
      for (const child of nodes) {
        if (parents.has(child)) parents.set(child, parent);
        if (child.children) adopt(child.children, child);
      }
    };
    for (const { node } of targets) {
      const parent = parents.get(node) as MdastLike;
      const children = parent.children as MdastLike[];
      const index = children.indexOf(node);
      if (index === -1) continue;
      const isDirective = directiveKind(node) !== undefined;
      if (isDirective && settings.unknownDirectives === 'keep' && !isNewsroomBlock(node.name ?? '')) continue;
      const input = isDirective ? directiveInput(node, source) : blockquoteInput(node);
      if (!input) continue;
      const rendered = renderDirective(input, doc, settings);
      const custom = settings.transformBlock?.(input, { file, locale: doc.locale }) as MdastLike | undefined;
      const replacement = custom ? [custom] : toMdast(rendered, { hChildren: true });
      children.splice(index, 1, ...replacement);
      adopt(replacement, parent);
    }

    file.data.newsroom = doc.record;
    for (const diagnostic of doc.diagnostics) {
      file.message(diagnostic.message, {
        place: diagnostic.position,
        ruleId: diagnostic.ruleId,
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
    const source = String(file);
    visit(tree, (node, index, parent) => {
      const mdast = node as unknown as MdastLike;
      if (parent === undefined || index === undefined || !directiveKind(mdast) || mdast.data) return;
      parent.children.splice(
        index,
        1,
        ...(toMdast(restore(directiveInput(mdast, source)), { hChildren: true }) as never[]),
      );
      return [SKIP, index] as const;
    });
  };
}
