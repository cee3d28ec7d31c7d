// The example article is agency copy run through `newsroom import`, plus the
// editor's additions (headline, dates, summary points, poll): see
// putin-nordkorea.json. `pnpm --filter example-news-site run import` rewrites
// the article; a test fails if the committed one differs from a fresh import.
import { readFileSync, writeFileSync } from 'node:fs';
import { importArticle, textBlocks } from 'newsroom-cli';
import { parse, stringify } from 'yaml';

const here = new URL('./', import.meta.url);

/** The import as configured in putin-nordkorea.json: its Markdown, and where it goes. */
export function importExample() {
  const config = JSON.parse(readFileSync(new URL('putin-nordkorea.json', here), 'utf8'));
  const { summaryFile, ...options } = config.options;
  const summary = readFileSync(new URL(summaryFile, here), 'utf8');
  const result = importArticle(textBlocks(readFileSync(new URL(config.source, here), 'utf8')), { ...options, summary });
  return {
    ...result,
    markdown: withEditorFrontmatter(result.markdown, config.frontmatter),
    output: new URL(config.output, here),
  };
}

/** The editor's frontmatter (byline, lead image, update notes) added after what the import found. */
function withEditorFrontmatter(markdown, additions) {
  if (!additions) return markdown;
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  if (yaml === undefined) return markdown;
  const frontmatter = { ...parse(yaml), ...additions };
  return `---\n${stringify(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown, output, found, problems } = importExample();
  writeFileSync(output, markdown);
  for (const line of found) console.error(`  ✓ ${line}`);
  for (const line of problems) console.error(`  ! ${line}`);
}
