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
import { renderDirective } from './engine/render.js';
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
    const doc = prepareDocument(root, settings, locale, {
      setHeadingId: (node, id) => {
        node.data = withHeadingId(node, id);
      },
      setText: (node, value) => {
        node.value = value;
      },
    });

    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const mdast = node as unknown as MdastLike;
      const input = directiveKind(mdast)
        ? directiveInput(mdast, source)
        : node.type === 'blockquote'
          ? blockquoteInput(mdast)
          : undefined;
      if (!input) return;
      const replacement = toMdast(renderDirective(input, doc, settings));
      parent.children.splice(index, 1, ...(replacement as never[]));
      // Walk into the replacement: author content inside it may hold more blocks.
      return [SKIP, index] as const;
    });

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
