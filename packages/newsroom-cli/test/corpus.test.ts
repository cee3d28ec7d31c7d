/**
 * The wire-copy corpus (test/corpus: plain text in the agencies' styles,
 * ninjs 1.x and 2.x, NewsML-G2 with XHTML and NITF bodies): each story
 * imported with --quotes, then the property on both processors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCopy, detectFormat } from '../src/input.js';
import { importCopy } from '../src/read.js';
import { embargoOf, paragraphsOf, storiesIn } from './copy.js';
import { property } from './property.js';

// wire2/ninjs2/newsml2: agencies, locales and shapes the first corpus lacks (their README)
const folders = ['wire', 'ninjs', 'newsml', 'wire2', 'ninjs2', 'newsml2'].map(
  (name) => new URL(`./corpus/${name}/`, import.meta.url),
);
const stories = folders.flatMap(storiesIn);

describe('the corpus: every sentence once and in order, on both processors', () => {
  it('has stories in every format', () => {
    expect(stories.filter((story) => story.format === 'text').length).toBeGreaterThanOrEqual(30);
    expect(stories.filter((story) => story.format === 'ninjs').length).toBeGreaterThanOrEqual(5);
    expect(stories.filter((story) => story.format === 'newsml').length).toBeGreaterThanOrEqual(5);
  });

  it.each(stories.map((story) => [story.name, story] as const))('%s', async (_, story) => {
    const { text } = decodeCopy(readFileSync(story.path), story.name);
    const { format } = detectFormat(text, story.path);
    expect(format).toBe(story.format);
    const { result } = importCopy(text, format, {
      quotes: true,
      ...(format === 'text' ? { published: '2025-06-19T08:00:00+02:00' } : {}),
    });
    const { failures, checked } = await property(result, paragraphsOf(story));
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
    const embargo = format === 'text' ? embargoOf(text) : undefined;
    if (embargo) expect(result.markdown.split(embargo)).toHaveLength(2);
  });
});
