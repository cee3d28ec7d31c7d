/**
 * `virtual:bundled-articles`: the Markdown files of a folder as store rows
 * (frontmatter as JSON data, the body as Astro reads it), bundled into the
 * worker at build time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';

const id = 'virtual:bundled-articles';

export function bundledArticles(folder) {
  return {
    name: 'news-server:bundled-articles',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const articles = readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .map((name) => {
          const { frontmatter, content } = parseFrontmatter(readFileSync(resolve(folder, name), 'utf8'));
          return { slug: name.slice(0, -3), frontmatter, body: content.trim() };
        });
      return `export default ${JSON.stringify(articles)};`;
    },
  };
}
