/**
 * One render function for every on-demand path (live loaders, API routes,
 * server islands, the edge): the site's own Markdown pipeline — Astro's
 * Sätteri or unified renderer with the same options — with our plugins
 * registered exactly as the integration registers them for a static build,
 * so the HTML is the same byte for byte.
 */
import { parseFrontmatter } from 'astro/markdown';
import type { NewsroomRecord } from 'remark-newsroom';
import { remarkNewsroomRestore } from 'remark-newsroom';
import type { Diagnostic } from 'remark-newsroom/engine';
import { resolveOptions } from 'remark-newsroom/engine';
import type { Reporter } from './diagnostics.js';
import type { ProcessorName } from './markdown-settings.js';
import { satteriHastPlugin, satteriMdastPlugin } from './satteri.js';
import { unifiedPlugins } from './unified.js';
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
}

interface Renderer {
  render(
    content: string,
    options: { frontmatter: Record<string, unknown>; fileURL?: URL | undefined },
  ): Promise<{
    code: string;
    metadata: { headings: RenderedNewsroom['headings']; frontmatter: Record<string, unknown> };
  }>;
}

/** What a render reports, collected per call (the plugins are shared). */
type Collect = { diagnostics: Diagnostic[] };

export interface NewsroomRendererOptions {
  /** Render with this processor instead of the site's: `'unified'` where Sätteri's native addon cannot load (workerd). */
  processor?: ProcessorName | undefined;
}

export function createNewsroomRenderer(config: ComponentConfig, rendererOptions: NewsroomRendererOptions = {}) {
  const settings = config.markdown;
  const processor = rendererOptions.processor ?? settings.processor;
  let current: Collect | undefined;
  const report: Reporter = (_file, diagnostics) => current?.diagnostics.push(...diagnostics);
  let renderer: Promise<Renderer> | undefined;
  // Renders are queued: the reporter is shared by the plugins, so one document at a time owns it.
  let queue: Promise<unknown> = Promise.resolve();

  const shared = {
    gfm: settings.gfm,
    smartypants: settings.smartypants,
    syntaxHighlight: settings.syntaxHighlight,
    shikiConfig: settings.shikiConfig,
    image: settings.image,
  };

  async function create(): Promise<Renderer> {
    if (processor === 'satteri') {
      const { satteri } = await import('@astrojs/markdown-satteri');
      const resolved = resolveOptions({ ...config.remark, strict: false });
      // As registered for a static build when no other plugin follows ours: our pass restores unclaimed directives.
      const mdast = satteriMdastPlugin({ ...resolved, unknownDirectives: 'restore' }, report);
      const site = satteri({
        features: { ...settings.features, directive: true },
        mdastPlugins: [mdast],
        hastPlugins: [satteriHastPlugin(config.assets)],
      });
      return (await site.createRenderer(shared as never)) as unknown as Renderer;
    }
    const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
    const plugins = unifiedPlugins(config.remark, report, config.assets);
    return (await createMarkdownProcessor({
      ...(shared as object),
      remarkPlugins: [...plugins.remarkPlugins, remarkNewsroomRestore],
      rehypePlugins: [...plugins.rehypePlugins],
    } as never)) as unknown as Renderer;
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
