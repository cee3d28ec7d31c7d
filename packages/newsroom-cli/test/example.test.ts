/** The example site's article is `newsroom import --quotes` of the agency copy, unedited since. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the committed example article is what the importer makes of the copy today', async () => {
  // @ts-expect-error: a plain .mjs script of the example site, without types
  const { importExample } = (await import('../../../examples/news-site/import/import-article.mjs')) as {
    importExample(): { markdown: string; output: URL; problems: string[] };
  };
  const { markdown, output, problems } = importExample();
  expect(problems).toEqual([]);
  expect(readFileSync(output, 'utf8'), 'run: pnpm --filter example-news-site run import').toBe(markdown);
});
