/**
 * The Sätteri front end: Astro 7's default Markdown processor. It walks
 * Sätteri's mdast and hands directives to the block engine, as the unified
 * plugin does; the engine decides the markup.
 */

import type { NewsroomRecord } from 'remark-newsroom';
import {
  type BlockInput,
  blockquoteInput,
  createDocument,
  directiveInput,
  type HeadingEntry,
  headingEntries,
  isNewsroomBlock,
  type Locale,
  locales,
  type MdastLike,
  type ResolvedOptions,
  renderDirective,
  restore,
  type TextReader,
  type TreeWriter,
  toMdast,
  typographize,
  typographizeRun,
  typographyCandidates,
  wantsHeadingIds,
  withHeadingId,
} from 'remark-newsroom/engine';
import type { Reporter } from './diagnostics.js';
import { importNode, type Overrides, overrideElement } from './overrides.js';
import { leadingAssets, type PageAssets, trailingAssets } from './page-assets.js';

/** The slice of Sätteri's visitor context we use (kept local: Astro 6 sites have no Sätteri). */
interface VisitorContext {
  readonly source: string;
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, replacement: unknown): void;
  readonly sourceFormat: string;
  appendChild(node: unknown, child: unknown): void;
  prependChild(node: unknown, child: unknown): void;
  insertChildAt(node: unknown, index: number, child: unknown): void;
  textContent(node: unknown): string;
}

type Visitor = (node: MdastLike, ctx: VisitorContext) => unknown;

interface SatteriPlugin {
  name: string;
  options?: { position?: boolean };
  before?: (root: MdastLike, ctx: VisitorContext) => void;
  after?: (root: MdastLike, ctx: VisitorContext) => void;
  [visitor: string]: unknown;
}

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

function pageLocale(ctx: VisitorContext, fallback: Locale): Locale {
  const value = (ctx.data.astro as AstroData | undefined)?.frontmatter?.locale;
  return locales.includes(value as Locale) ? (value as Locale) : fallback;
}

/**
 * Sätteri reads text in Rust: far cheaper than materialising the nodes in JS.
 * Our typography edits are queued, not yet visible, so the text read is given
 * the same typography, as the unified front end sees it.
 */
function nativeText(ctx: VisitorContext, locale: Locale | false): TextReader {
  const read = (node: MdastLike) => ctx.textContent(node);
  const raw = (node: MdastLike | MdastLike[]) => (Array.isArray(node) ? node.map(read).join('') : read(node));
  return locale ? (node) => typographize([{ value: raw(node) }], locale)[0] as string : raw;
}

// Headings sit at block level: the walk never enters paragraphs, whose text it would materialise.
const blockParents = new Set(['blockquote', 'list', 'listItem', 'containerDirective', 'footnoteDefinition']);

function headingsOf(parent: MdastLike, out: MdastLike[] = []): MdastLike[] {
  for (const child of parent.children ?? []) {
    if (child.type === 'heading') out.push(child);
    else if (blockParents.has(child.type)) headingsOf(child, out);
  }
  return out;
}

/** A visitor returns one replacement node; several go through `replaceNode`. */
function replaceWith(node: MdastLike, ctx: VisitorContext, content: MdastLike[]): MdastLike | undefined {
  if (content.length === 1) return content[0];
  ctx.replaceNode(node, content);
  return undefined;
}

/** `::summary{from="headings"}` in the source: only then are headings worth a walk. */
const summaryFromHeadings = /from\s*=\s*["']?headings/;

/** The mdast plugin, as a factory so every document gets its own state. */
export function satteriMdastPlugin(
  settings: ResolvedOptions,
  report: Reporter,
  overrides: Overrides = {},
): () => SatteriPlugin {
  return () => {
    const imported = new Set<string>();
    let doc: ReturnType<typeof createDocument> | undefined;
    let source = '';
    const writer = (ctx: VisitorContext): TreeWriter => ({
      setHeadingId: (node, id) => ctx.setProperty(node, 'data', withHeadingId(node, id)),
      setText: (node, value) => ctx.setProperty(node, 'value', value),
    });

    const render = (node: MdastLike, ctx: VisitorContext, input: BlockInput) => {
      if (!doc) return undefined;
      const rendered = renderDirective(input, doc, settings);
      // The engine still validates and records the block; the user's component renders it.
      if (ctx.sourceFormat === 'mdx' && Object.hasOwn(overrides, input.name)) {
        imported.add(input.name);
        return overrideElement(input, doc.locale);
      }
      return replaceWith(node, ctx, toMdast(rendered));
    };
    const text = (ctx: VisitorContext) => nativeText(ctx, settings.typography && (doc?.locale ?? settings.locale));
    // Not ours: left for other plugins (Starlight's asides…); the restoration plugin runs last.
    const directive = (node: MdastLike, ctx: VisitorContext) =>
      isNewsroomBlock(node.name ?? '') ? render(node, ctx, directiveInput(node, source, text(ctx))) : undefined;
    // Sätteri reads text natively: only runs that typography would change are materialised.
    const typography = (node: MdastLike, ctx: VisitorContext) => {
      if (doc && typographyCandidates(doc.locale).test(ctx.textContent(node)))
        typographizeRun(node, doc.locale, writer(ctx));
    };

    return {
      name: 'astro-newsroom',
      // Positions give exact restoration of directives that are not ours and
      // `file:line:col` in diagnostics.
      options: { position: true },
      before(root, ctx) {
        source = ctx.source;
        let headings: HeadingEntry[] = [];
        const linked = summaryFromHeadings.test(source);
        if (settings.headingIds === true || linked) {
          const entries = headingEntries(
            headingsOf(root),
            nativeText(ctx, settings.typography && pageLocale(ctx, settings.locale)),
          );
          if (wantsHeadingIds(settings, linked)) {
            for (const { node, entry } of entries) writer(ctx).setHeadingId(node, entry.id);
          }
          headings = entries.map((heading) => heading.entry);
        }
        doc = createDocument(settings, pageLocale(ctx, settings.locale), headings);
      },
      ...(settings.typography ? { paragraph: typography, heading: typography, tableCell: typography } : {}),
      textDirective: directive as Visitor,
      leafDirective: directive as Visitor,
      containerDirective: directive as Visitor,
      blockquote: ((node, ctx) => {
        const input = blockquoteInput(node, text(ctx));
        return input ? render(node, ctx, input) : undefined;
      }) as Visitor,
      after(root, ctx) {
        if (!doc) return;
        for (const block of imported) ctx.prependChild(root, importNode(block, overrides[block] as string));
        const astro = ctx.data.astro as AstroData | undefined;
        if (astro?.frontmatter) astro.frontmatter.newsroom = doc.record;
        ctx.data.newsroom = doc.record;
        report(ctx.fileURL, doc.diagnostics);
      },
    };
  };
}

/** Adds the page assets a document needs (stylesheet, consent script), and no others. */
export function satteriHastPlugin(assets: PageAssets): SatteriPlugin {
  return {
    name: 'astro-newsroom-assets',
    after(root, ctx) {
      const record = ctx.data.newsroom as NewsroomRecord | undefined;
      const leading = leadingAssets(assets, record);
      if (leading.length) ctx.insertChildAt(root, 0, leading);
      const trailing = trailingAssets(assets, record);
      if (trailing.length) ctx.appendChild(root, trailing);
    },
  };
}

/**
 * Gives back every directive no plugin claimed, as its exact source text
 * (Sätteri drops them otherwise). Registered last, by its own integration.
 */
export function satteriRestorePlugin(): () => SatteriPlugin {
  return () => {
    let source = '';
    const restoreNode = (node: MdastLike, ctx: VisitorContext) => {
      // A plugin that claims a directive by setting `data` keeps it.
      if (node.data) return undefined;
      return replaceWith(node, ctx, toMdast(restore(directiveInput(node, source))));
    };
    return {
      name: 'astro-newsroom-restore',
      options: { position: true },
      before(_root, ctx) {
        source = ctx.source;
      },
      textDirective: restoreNode as Visitor,
      leafDirective: restoreNode as Visitor,
      containerDirective: restoreNode as Visitor,
    };
  };
}
