/**
 * The component front end: Astro components hand their props and rendered
 * slots to the same block engine as the Markdown paths, so a component and a
 * directive with the same input give the same HTML.
 */
import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Options } from 'remark-newsroom';
import {
  type BlockContent,
  blocks,
  createDocument,
  type DirectiveKind,
  type HeadingEntry,
  isRestored,
  type Locale,
  type ResolvedOptions,
  renderDirective,
  resolveOptions,
  type UpdateRecord,
} from 'remark-newsroom/engine';

export { reportComponent, warnOnce } from './diagnostics.js';

export interface RenderBlockInput {
  name: string;
  /** Directive form to render as; defaults to the block's documented form. */
  kind?: DirectiveKind;
  attributes?: Record<string, string | number | boolean | undefined | null>;
  /** The label, as HTML (an Astro named slot) or plain text. */
  label?: string | undefined;
  /** The body, as HTML (the default slot). */
  body?: string | undefined;
  locale?: Locale | undefined;
  /** `getHeadings()` of the page, for a summary from headings. */
  headings?: { depth: number; slug: string; text: string }[] | undefined;
  /** The page's updates (`record.updates` of its Markdown, newest first), for a summary's `latest`. */
  updates?: UpdateRecord[] | undefined;
}

const settingsCache = new WeakMap<object, ResolvedOptions>();

function settingsFor(options: Options): ResolvedOptions {
  let settings = settingsCache.get(options);
  if (!settings) {
    settings = resolveOptions({ ...options, strict: false });
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
export function renderBlock(input: RenderBlockInput, options: Options = {}) {
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
  const label = input.label?.trim() ? [input.label] : undefined;
  const body = input.body?.trim() ? [input.body] : [];
  const content = renderDirective(
    {
      kind,
      name: input.name,
      attributes,
      label,
      labelText: label ? stripTags(input.label ?? '') : '',
      children: body,
      blockTexts: body.length ? [stripTags(input.body ?? '')] : [],
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

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
