/**
 * `astro-newsroom/loader`: for content loaders of your own. Astro's
 * `renderMarkdown(content, { fileURL })` sees nothing of the entry but the
 * string it is given (its only option is `fileURL`), so a `locale` in the
 * entry's data cannot reach our blocks by itself: the German labels and
 * quote marks of the integration's default would be used for an English
 * entry. `entryMarkdown` hands the entry's locale over the one way Astro
 * passes it on, as frontmatter of the string.
 */
import { isLocale } from 'remark-newsroom/engine';

/** A frontmatter block at the start, as Astro finds one. */
const ownFrontmatter = /^\uFEFF?(?:\s*\n)?(?:---|\+\+\+)/;

/**
 * The Markdown to give `renderMarkdown` for an entry: its body, with the
 * entry's `locale` (if it is one remark-newsroom knows) as frontmatter. A
 * body with frontmatter of its own is returned as it is (its own `locale`
 * applies). The frontmatter is joined to the body without a line break, so
 * once Astro cuts it off, diagnostics count lines from the body's first.
 */
export function entryMarkdown(body: string, data: { locale?: unknown } | undefined): string {
  const locale = data?.locale;
  if (!isLocale(locale) || ownFrontmatter.test(body)) return body;
  return `---\nlocale: ${JSON.stringify(locale)}\n---${body}`;
}
