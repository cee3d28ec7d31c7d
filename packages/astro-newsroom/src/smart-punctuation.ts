import type { MarkdownConfig } from './processor.js';

/**
 * With our typography on, the processor's own smart punctuation is turned
 * off, so one pass places quotes and dashes, per locale, the same on both
 * processors (Astro's is English: `--` would become an em dash on unified and
 * an en dash on Sätteri before ours ran). The processor itself is kept; only
 * its setting changes: Sätteri's `features.smartPunctuation`, unified's
 * `smartypants`, and on Astro 6 the shared `markdown.smartypants` (Astro 6
 * and its MDX read only that). `@astrojs/mdx` reads the same processor options.
 */
export function turnOffSmartPunctuation(markdown: MarkdownConfig & { smartypants?: unknown }): void {
  const { processor } = markdown;
  if (processor?.name === 'satteri') {
    processor.options.features ??= {};
    processor.options.features.smartPunctuation = false;
  } else if (processor?.name === 'unified') {
    (processor.options as { smartypants?: unknown }).smartypants = false;
  }
  // Astro 6 and its MDX read only the shared setting; Astro 7 reads the processor (and warns on the shared one).
  if (!processor?.createMdxRenderer) markdown.smartypants = false;
}
