/**
 * The component front end: Astro components hand their props and rendered
 * slots to the same block engine as the Markdown paths, so a component and a
 * directive with the same input give the same HTML.
 */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import type { Options } from 'remark-newsroom';
import {
  type BlockContent,
  blocks,
  createDocument,
  type DirectiveKind,
  type HeadingEntry,
  isRestored,
  type Locale,
  renderDirective,
  type UpdateRecord,
} from 'remark-newsroom/engine';
import { type ResolvedOptions, resolveOptions } from 'remark-newsroom/options';

export { reportComponent, warnOnce } from './diagnostics.js';

export interface RenderBlockInput {
  name: string;
  /** Directive form to render as; defaults to the block's documented form. */
  kind?: DirectiveKind;
  attributes?: Record<string, string | number | boolean | undefined | null>;
  /** The label, as HTML (an Astro named slot). */
  label?: string | undefined;
  /** The label as plain text (a component prop): escaped here, beats `label`. */
  labelText?: string | undefined;
  /** The body, as HTML (the default slot). */
  body?: string | undefined;
  locale?: Locale | undefined;
  /** `getHeadings()` of the page, for a summary from headings. */
  headings?: { depth: number; slug: string; text: string }[] | undefined;
  /** The page's updates (`record.updates` of its Markdown, newest first), for a summary's `latest`. */
  updates?: UpdateRecord[] | undefined;
}

const settingsCache = new WeakMap<object, ResolvedOptions>();

/** The integration hands resolved options (taken as they are); other callers' are checked once per object. */
function settingsFor(options: Options | ResolvedOptions): ResolvedOptions {
  let settings = settingsCache.get(options);
  if (!settings) {
    settings = { ...resolveOptions(options), strict: false };
    settingsCache.set(options, settings);
  }
  return settings;
}

/** Replaces slots by the already-rendered HTML they hold. */
function withRawSlots(nodes: BlockContent[]): Nodes[] {
  return nodes.map((node) => {
    if (node.type === 'newsroomSlot')
      return { type: 'raw', value: (node.content as string[]).join('') } as unknown as Nodes;
    if (node.type === 'element') return { ...node, children: withRawSlots(node.children as BlockContent[]) } as Nodes;
    return node;
  });
}

/** Renders one block to HTML, through the engine. Diagnostics are returned, not thrown. */
export function renderBlock(input: RenderBlockInput, options: Options | ResolvedOptions = {}) {
  const settings = settingsFor(options);
  const block = blocks[input.name];
  if (!block) throw new Error(`astro-newsroom: unknown block "${input.name}"`);
  const headings: HeadingEntry[] = (input.headings ?? []).map((h) => ({ depth: h.depth, id: h.slug, text: h.text }));
  const doc = createDocument(settings, input.locale ?? settings.locale, headings, input.updates ?? []);
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.attributes ?? {})) {
    if (value !== undefined && value !== null && value !== false) attributes[key] = String(value);
  }
  const kind =
    input.kind ??
    (input.body ? (block.kinds.find((k) => k === 'container') ?? block.kinds[0]) : block.kinds[0]) ??
    'leaf';
  // A plain-text label becomes a hast text node, escaped by hast-util-to-html
  // (Astro's own escapeHTML is internal to its runtime, not a public export).
  const labelHtml = input.labelText !== undefined ? toHtml({ type: 'text', value: input.labelText }) : input.label;
  const label = labelHtml?.trim() ? [labelHtml] : undefined;
  const body = input.body?.trim() ? [input.body] : [];
  const content = renderDirective(
    {
      kind,
      name: input.name,
      attributes,
      label,
      labelText: label ? plainText(labelHtml ?? '') : '',
      children: body,
      blockTexts: body.length ? [plainText(input.body ?? '')] : [],
    },
    doc,
    settings,
    blocks,
  );
  return {
    // A block that cannot render shows nothing of its own (no directive source on a page).
    html: isRestored(content)
      ? ''
      : toHtml({ type: 'root', children: withRawSlots(content) } as never, { allowDangerousHtml: true }),
    diagnostics: doc.diagnostics,
    record: doc.record,
  };
}

/**
 * The text of rendered HTML, as the engine reads a label or body: parsed by
 * an HTML parser (entities, comments and attributes with `>` handled as a
 * browser does), not by a pattern. Measured: a few microseconds per block.
 */
function plainText(html: string): string {
  return textOf(fromHtml(html, { fragment: true })).trim();
}
