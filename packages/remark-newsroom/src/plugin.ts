import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createDocument, StrictModeError } from './engine/document.js';
import {
  blockquoteInput,
  directiveInput,
  directiveKind,
  headingEntries,
  type MdastLike,
  scanTree,
  toMdast,
} from './engine/mdast.js';
import { renderDirective } from './engine/render.js';
import type { NewsroomRecord } from './engine/types.js';
import { typographize } from './engine/typography.js';
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
    const scan = scanTree(root, settings.typography);

    const headings = settings.headingIds ? headingEntries(scan.headings) : [];
    for (const { node, entry } of headings) {
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties as object), id: entry.id } };
    }
    const doc = createDocument(
      settings,
      locale,
      headings.map((heading) => heading.entry),
    );

    if (settings.typography) {
      for (const run of scan.runs) {
        const values = typographize(run.segments, locale);
        let index = 0;
        for (const segment of run.segments) {
          const value = values.shift() as string;
          if (segment.skip) continue;
          const node = run.nodes[index++] as MdastLike;
          node.value = value;
        }
      }
    }

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
