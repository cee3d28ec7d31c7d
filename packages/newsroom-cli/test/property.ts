/**
 * The import property on one story, on both processors: every sentence of
 * the copy once and in order (sentences.ts), no quote attribution with a
 * sentence boundary, exactly the blocks the importer wrote on the page (no
 * block from the copy's own text), and no URL or element that could run code.
 */
import { blocks } from 'remark-newsroom/engine';
import type { ImportResult } from '../src/import.js';
import { blocksOnPage, executable, frontmatterOf, pageText, renderBoth } from './page.js';
import { checkSentences } from './sentences.js';

const ours = new Set(Object.keys(blocks));

export interface PropertyResult {
  failures: string[];
  checked: number;
}

export async function property(result: ImportResult, paragraphs: string[]): Promise<PropertyResult> {
  const frontmatter = frontmatterOf(result.markdown);
  const failures: string[] = [];
  let checked = 0;
  const written = result.directives.filter((name) => ours.has(name)).sort();
  for (const rendered of await renderBoth(result.markdown)) {
    const page = pageText(rendered, frontmatter);
    const sentences = checkSentences(paragraphs, page, rendered.record?.quotes ?? [], frontmatter, result.locale);
    checked += sentences.checked;
    for (const failure of sentences.failures)
      failures.push(`[${rendered.processor}] ${failure.problem}: ${failure.sentence}`);
    const onPage = blocksOnPage(rendered.html).sort();
    if (onPage.join() !== written.join()) {
      failures.push(
        `[${rendered.processor}] blocks on the page ${JSON.stringify(onPage)}, written ${JSON.stringify(written)}`,
      );
    }
    for (const found of executable(rendered.html)) failures.push(`[${rendered.processor}] executable: ${found}`);
  }
  return { failures, checked };
}
