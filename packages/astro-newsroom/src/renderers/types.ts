import type { Reporter } from '../diagnostics.js';
import type { ComponentConfig } from '../virtual-config.js';

/** Astro's Markdown renderer (`processor.createRenderer(…)`), as the on-demand path calls it. */
export interface SiteRenderer {
  render(
    content: string,
    options: { frontmatter: Record<string, unknown>; fileURL?: URL | undefined },
  ): Promise<{
    code: string;
    metadata: { headings: { depth: number; slug: string; text: string }[]; frontmatter: Record<string, unknown> };
  }>;
}

/** Builds the site's Markdown renderer on one processor, with our plugins as the integration registers them. */
export type CreateSiteRenderer = (config: ComponentConfig, report: Reporter) => Promise<SiteRenderer>;

/** Astro's options shared by both processors' renderers. */
export function sharedOptions(config: ComponentConfig) {
  const { gfm, smartypants, syntaxHighlight, shikiConfig, image } = config.markdown;
  return { gfm, smartypants, syntaxHighlight, shikiConfig, image } as never;
}
