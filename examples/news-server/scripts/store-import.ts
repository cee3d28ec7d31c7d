/**
 * Writes newsroom Markdown files — `newsroom import` output, or a content
 * folder — into the site's SQLite store, one article per file (the slug is
 * the file name). Usage:
 *
 *   node scripts/store-import.ts [--db data/articles.db] <file.md | folder>…
 *   newsroom import agentur.txt --title … | node scripts/store-import.ts --slug my-article -
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromMarkdown } from '../src/store/from-markdown.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string', default: process.env.NEWSROOM_DB ?? 'data/articles.db' }, slug: { type: 'string' } },
});

function markdownFiles(path: string): string[] {
  if (path === '-') return [path];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(path, name));
}

const files = positionals.flatMap(markdownFiles);
if (files.length === 0) {
  console.error('store-import: name at least one Markdown file or folder (or - for standard input)');
  process.exit(1);
}
const store = openSqliteStore(values.db);
for (const file of files) {
  const slug = file === '-' ? values.slug : basename(file, '.md');
  if (!slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    console.error(
      `store-import: ${file}: the slug must be lowercase letters, digits and hyphens (give --slug for standard input)`,
    );
    process.exitCode = 1;
    continue;
  }
  store.put(fromMarkdown(slug, readFileSync(file === '-' ? 0 : file, 'utf8')));
  console.error(`  ✓ ${slug}`);
}
store.close();
