/**
 * The parts of Astro's `markdown` config that shape a Markdown page's HTML,
 * as plain data: the integration captures them at setup so that a page
 * rendered on demand (see render-newsroom.ts) goes through the same pipeline
 * as one the static build rendered.
 */
import type { MarkdownConfig } from './processor.js';

export type ProcessorName = 'satteri' | 'unified';

export interface MarkdownSettings {
  /** The site's Markdown processor. */
  processor: ProcessorName;
  /**
   * The processor of pages rendered on demand: the site's, except on
   * runtimes that cannot load Sätteri's native addon (Cloudflare's workerd),
   * where unified renders.
   */
  onDemand: ProcessorName;
  gfm: boolean;
  smartypants: boolean;
  /** Sätteri's parser features (directive, gfm, …) as set by the site and its integrations. */
  features: Record<string, unknown>;
  /** `markdown.syntaxHighlight` when it is plain data (`'shiki'`, `'prism'`, `false`, `{ type, excludeLangs }`). */
  syntaxHighlight: unknown;
  /** `markdown.shikiConfig` without functions (transformers cannot cross into a server bundle). */
  shikiConfig: Record<string, unknown>;
  /** `image.domains` and `image.remotePatterns`: which Markdown images Astro treats as remote. */
  image: { domains?: string[]; remotePatterns?: unknown[] };
}

interface AstroMarkdown extends MarkdownConfig {
  gfm?: boolean;
  smartypants?: boolean;
  syntaxHighlight?: unknown;
  shikiConfig?: Record<string, unknown>;
}

/** Data only: JSON drops functions, so what is left is what the server bundle can be given. */
function plain<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/** Adapters whose server runs in workerd, where no native addon loads. */
const workerdAdapters = new Set(['@astrojs/cloudflare']);

export function markdownSettings(
  markdown: AstroMarkdown,
  image: { domains?: string[]; remotePatterns?: unknown[] } = {},
  adapter?: string,
): MarkdownSettings {
  const site: ProcessorName = markdown.processor?.name === 'satteri' ? 'satteri' : 'unified';
  const processor = markdown.processor;
  const options = (processor?.options ?? {}) as { gfm?: boolean; smartypants?: boolean };
  const { transformers: _dropped, ...shikiConfig } = markdown.shikiConfig ?? {};
  return {
    processor: site,
    onDemand: adapter && workerdAdapters.has(adapter) ? 'unified' : site,
    gfm: options.gfm ?? markdown.gfm ?? true,
    smartypants: options.smartypants ?? markdown.smartypants ?? true,
    features: plain(processor?.options.features ?? {}),
    syntaxHighlight: plain(markdown.syntaxHighlight ?? 'shiki'),
    shikiConfig: plain(shikiConfig),
    image: plain({ domains: image.domains ?? [], remotePatterns: image.remotePatterns ?? [] }),
  };
}
