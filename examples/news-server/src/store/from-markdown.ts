/** A Markdown file (frontmatter + body) as the store keeps it. */
import { parseFrontmatter } from 'astro/markdown';
import type { StoredArticle } from './types.js';

/** Frontmatter as JSON data (YAML dates become ISO strings); the body as Astro's content layer reads it. */
export function fromMarkdown(slug: string, markdown: string): Omit<StoredArticle, 'revised'> {
  const { frontmatter, content } = parseFrontmatter(markdown, { frontmatter: 'remove' });
  return { slug, frontmatter: JSON.parse(JSON.stringify(frontmatter)), body: content.trim() };
}
