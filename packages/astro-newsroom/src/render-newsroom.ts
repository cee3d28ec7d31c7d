/**
 * One render function for every on-demand path (live loaders, API routes,
 * server islands, the edge): the site's own Markdown pipeline — Astro's
 * Sätteri or unified renderer with the same options (renderers/) — with our plugins
 * registered exactly as the integration registers them for a static build,
 * so the HTML is the same byte for byte.
 */
import { parseFrontmatter } from 'astro/markdown';
import type { NewsroomRecord } from 'remark-newsroom';
import type { Diagnostic } from 'remark-newsroom/engine';
import type { Reporter } from './diagnostics.js';
import type { ProcessorName } from './markdown-settings.js';
import type { CreateSiteRenderer, SiteRenderer } from './renderers/types.js';
import type { ComponentConfig } from './virtual-config.js';

export interface RenderNewsroomOptions {
  /** The article's locale; beats a `locale` in the frontmatter and the integration's default. */
  locale?: string | undefined;
  /** Frontmatter, when the Markdown holds none of its own (a store keeps them apart). */
  frontmatter?: Record<string, unknown> | undefined;
  /** Shown in diagnostics' positions. */
  fileURL?: URL | undefined;
}

export interface NewsroomAssets {
  /** Our stylesheet's URL, when a block rendered (and `styles` is on). */
  stylesheet?: string | undefined;
  /** The poll consent script's URL, when a poll rendered. */
  script?: string | undefined;
}

export interface RenderedNewsroom {
  /** The document's HTML, with the stylesheet link and consent script where a static page has them. */
  html: string;
  /** What the blocks recorded (`file.data.newsroom`): summary, polls, corrections, updates … */
  record: NewsroomRecord | undefined;
  /** The page assets the HTML references, for a layout that puts them in the `<head>` itself. */
  assets: NewsroomAssets;
  frontmatter: Record<string, unknown>;
  headings: { depth: number; slug: string; text: string }[];
  diagnostics: Diagnostic[];
  /** The processor that rendered: the site's, or unified where Sätteri cannot load (workerd). */
  processor: ProcessorName;
}

/** What a render reports, collected per call (the plugins are shared). */
type Collect = { diagnostics: Diagnostic[] };

/** The processors this site's server bundle can load (`virtual:astro-newsroom/renderers`). */
export type RendererLoaders = Partial<Record<ProcessorName, () => Promise<{ createSiteRenderer: CreateSiteRenderer }>>>;

export interface NewsroomRendererOptions {
  /** Render with this processor instead of the site's on-demand one (`config.markdown.onDemand`). */
  processor?: ProcessorName | undefined;
}

export function createNewsroomRenderer(
  config: ComponentConfig,
  loaders: RendererLoaders,
  rendererOptions: NewsroomRendererOptions = {},
) {
  const processor = rendererOptions.processor ?? config.markdown.onDemand;
  let current: Collect | undefined;
  // A loop, not `push(...)`: a hostile document may bring more diagnostics than a call takes arguments.
  const report: Reporter = (_file, diagnostics) => {
    for (const diagnostic of diagnostics) current?.diagnostics.push(diagnostic);
  };
  let renderer: Promise<SiteRenderer> | undefined;
  // Renders are queued: the reporter is shared by the plugins, so one document at a time owns it.
  let queue: Promise<unknown> = Promise.resolve();

  async function create(): Promise<SiteRenderer> {
    const load = loaders[processor];
    if (!load) {
      throw new Error(
        `astro-newsroom: the ${processor} processor is not in this server bundle (Sätteri's native addon cannot run in workerd); render with 'unified'`,
      );
    }
    return (await load()).createSiteRenderer(config, report);
  }

  async function renderOne(markdown: string, options: RenderNewsroomOptions): Promise<RenderedNewsroom> {
    renderer ??= create();
    const site = await renderer;
    const { frontmatter: own, content } = splitFrontmatter(markdown);
    const frontmatter = { ...own, ...options.frontmatter, ...(options.locale ? { locale: options.locale } : {}) };
    const collect: Collect = { diagnostics: [] };
    current = collect;
    try {
      const { code, metadata } = await site.render(content, { frontmatter, fileURL: options.fileURL });
      const record = metadata.frontmatter.newsroom as NewsroomRecord | undefined;
      return {
        html: code,
        record,
        assets: assetsOf(config, record),
        frontmatter: metadata.frontmatter,
        headings: metadata.headings,
        diagnostics: collect.diagnostics,
        processor,
      };
    } finally {
      current = undefined;
    }
  }

  return function renderNewsroom(markdown: string, options: RenderNewsroomOptions = {}): Promise<RenderedNewsroom> {
    const result = queue.then(() => renderOne(markdown, options));
    queue = result.catch(() => undefined);
    return result;
  };
}

function assetsOf(config: ComponentConfig, record: NewsroomRecord | undefined): NewsroomAssets {
  return {
    ...(record?.blocks && config.assets.stylesheet ? { stylesheet: config.assets.stylesheet } : {}),
    ...(record?.polls.length ? { script: config.assets.script } : {}),
  };
}

/** Frontmatter and body as Astro's content layer reads a `.md` entry, so both render the same text. */
function splitFrontmatter(markdown: string): { frontmatter: Record<string, unknown>; content: string } {
  const { frontmatter, content } = parseFrontmatter(markdown, { frontmatter: 'remove' });
  return { frontmatter: frontmatter as Record<string, unknown>, content: content.trim() };
}
