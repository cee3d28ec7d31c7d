/**
 * The hostile corpus (test/corpus/hostile, described case by case in its
 * README): OWASP filter-evasion URLs, directive, HTML, Markdown and
 * frontmatter injection, XXE and entity expansion, broken and wrong input, in
 * plain text, ninjs and NewsML-G2. Each file is either refused with one line,
 * or imported and then, on both processors: no executable URL or element, no
 * block the importer did not write, every sentence once and in order, and
 * frontmatter with only the importer's fields.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectFormat, InputError } from '../src/input.js';
import { CopyError, importCopy } from '../src/read.js';
import { paragraphsOf, storiesIn } from './copy.js';
import { frontmatterOf } from './page.js';
import { property } from './property.js';

// hostile2: URLs in every place a URL can go, label/attribute and YAML injection in every field, deep input
const stories = ['hostile', 'hostile2'].flatMap((name) => storiesIn(new URL(`./corpus/${name}/`, import.meta.url)));
const fields = new Set([
  'title',
  'teaser',
  'published',
  'modified',
  'locale',
  'credit',
  'topic',
  'dateline',
  'section',
]);

/** Files that are not copy at all: the importer must refuse them. */
const refused = [
  'txt-41-empty.txt',
  'json-01-not-json.json',
  'json-02-array-root.json',
  'json-03-body-html-number.json',
  'xml-01-xxe-file.xml',
  'xml-02-xxe-parameter-remote-dtd.xml',
  'xml-03-billion-laughs-small.xml',
  'xml-05-wrong-root-namespace.xml',
  'xml-06-non-newsitem-root.xml',
  'xml-07-broken-unclosed.xml',
  'xml-08-rss-root.xml',
  'json-30-wrong-types.json',
];

type Outcome = { refused: string } | { result: ReturnType<typeof importCopy>['result'] };

function run(path: string): Outcome {
  try {
    const text = decodeText(readFileSync(path), path);
    if (!text.trim()) return { refused: `${path} is empty` };
    return {
      result: importCopy(text, detectFormat(text, path).format, {
        quotes: true,
        published: '2025-06-19T08:00:00+02:00',
      }).result,
    };
  } catch (error) {
    if (error instanceof InputError || error instanceof CopyError) return { refused: error.message };
    throw error;
  }
}

describe('the hostile corpus', () => {
  it('has the cases its README lists', () => {
    expect(stories.length).toBeGreaterThanOrEqual(95 + 12);
  });

  it.each(stories.map((story) => [story.name, story] as const))('%s', async (name, story) => {
    const outcome = run(story.path);
    if ('refused' in outcome) {
      expect(refused, `refused: ${outcome.refused}`).toContain(name);
      expect(outcome.refused).not.toContain('\n');
      return;
    }
    expect(refused, 'imported, but must be refused').not.toContain(name);
    const { result } = outcome;
    for (const key of Object.keys(frontmatterOf(result.markdown))) expect(fields).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { failures } = await property(result, paragraphsOf(story));
    expect(failures).toEqual([]);
  });
});
