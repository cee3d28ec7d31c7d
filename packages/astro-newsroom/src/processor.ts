/** Astro's `markdown` config as the integration sees it: Sätteri, unified, or (Astro ≤ 6.3) none. */
export interface MarkdownProcessor {
  name: string;
  options: {
    features?: Record<string, unknown>;
    mdastPlugins?: unknown[];
    hastPlugins?: unknown[];
    remarkPlugins?: unknown[];
    rehypePlugins?: unknown[];
  };
  createMdxRenderer?: unknown;
}

export interface MarkdownConfig {
  processor?: MarkdownProcessor;
  remarkPlugins: unknown[];
  rehypePlugins: unknown[];
}

/**
 * Adds plugins where the unified pipeline reads them: the processor, and on
 * Astro 6 (whose @astrojs/mdx reads the legacy keys, not the processor) the
 * legacy keys too, mutated in place: no `updateConfig`, so no deprecation
 * warning. The remark plugin skips a file it already rendered, should Astro
 * later merge the two lists.
 */
export function addUnifiedPlugins(
  markdown: MarkdownConfig,
  remarkPlugins: readonly unknown[],
  rehypePlugins: readonly unknown[],
) {
  const { processor } = markdown;
  if (processor) {
    processor.options.remarkPlugins?.push(...remarkPlugins);
    processor.options.rehypePlugins?.push(...rehypePlugins);
    if (processor.createMdxRenderer) return;
  }
  markdown.remarkPlugins.push(...remarkPlugins);
  markdown.rehypePlugins.push(...rehypePlugins);
}
