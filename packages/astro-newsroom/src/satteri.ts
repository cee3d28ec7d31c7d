/**
 * The Sätteri front end: Astro 7's default Markdown processor. It walks
 * Sätteri's mdast and hands directives to the block engine, as the unified
 * plugin does; the engine decides the markup.
 */
import {
  blockquoteInput,
  directiveInput,
  type Locale,
  locales,
  type MdastLike,
  prepareDocument,
  type ResolvedOptions,
  renderDirective,
  toMdast,
  withHeadingId,
} from 'remark-newsroom/engine';
import type { Reporter } from './diagnostics.js';
import { pollScriptElement } from './poll-script.js';

/** The slice of Sätteri's visitor context we use (kept local: Astro 6 sites have no Sätteri). */
interface VisitorContext {
  readonly source: string;
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, replacement: unknown): void;
  appendChild(node: unknown, child: unknown): void;
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

/** The mdast plugin, as a factory so every document gets its own state. */
export function satteriMdastPlugin(settings: ResolvedOptions, report: Reporter): () => SatteriPlugin {
  return () => {
    let doc: ReturnType<typeof prepareDocument> | undefined;
    let source = '';

    const replace = (node: MdastLike, ctx: VisitorContext, input = directiveInput(node, source)) => {
      if (!doc) return undefined;
      const content = toMdast(renderDirective(input, doc, settings));
      if (content.length === 1) return content[0];
      ctx.replaceNode(node, content);
      return undefined;
    };

    return {
      name: 'astro-newsroom',
      // Positions give exact restoration of directives that are not ours and
      // `file:line:col` in diagnostics.
      options: { position: true },
      before(root, ctx) {
        source = ctx.source;
        doc = prepareDocument(root, settings, pageLocale(ctx, settings.locale), {
          setHeadingId: (node, id) => ctx.setProperty(node, 'data', withHeadingId(node, id)),
          setText: (node, value) => ctx.setProperty(node, 'value', value),
        });
      },
      textDirective: replace as Visitor,
      leafDirective: replace as Visitor,
      containerDirective: replace as Visitor,
      blockquote: ((node, ctx) => {
        const input = blockquoteInput(node);
        return input ? replace(node, ctx, input) : undefined;
      }) as Visitor,
      after(_root, ctx) {
        if (!doc) return;
        const astro = ctx.data.astro as AstroData | undefined;
        if (astro?.frontmatter) astro.frontmatter.newsroom = doc.record;
        ctx.data.newsroom = doc.record;
        report(ctx.fileURL, doc.diagnostics);
      },
    };
  };
}

/** Adds the poll consent script to documents that hold a poll, and to no other. */
export function satteriHastPlugin(scriptSrc: string): SatteriPlugin {
  return {
    name: 'astro-newsroom-poll-script',
    after(root, ctx) {
      const record = ctx.data.newsroom as { polls: unknown[] } | undefined;
      if (record?.polls.length) ctx.appendChild(root, pollScriptElement(scriptSrc));
    },
  };
}
