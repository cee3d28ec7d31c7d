/**
 * The on-demand renderer on Sätteri writes the page assets around the HTML
 * (`page-assets-markup.ts`) instead of inserting them with the hast plugin
 * the static build uses: the bytes must be the same. Each document renders
 * through Sätteri twice, once with the plugin and once without it and then
 * wrapped; a corpus of shapes (what a document can end with matters: the
 * script goes before Sätteri's last newline) and generated documents, bases
 * and records.
 */
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { pageAssets } from '../src/page-assets.js';
import { assetMarkup } from '../src/page-assets-markup.js';
import { satteriHastPlugin } from '../src/satteri.js';

type Needs = { blocks: number; polls: unknown[] };

const render = async (markdown: string, record: Needs | undefined, plugin?: ReturnType<typeof satteriHastPlugin>) =>
  (
    await markdownToHtml(markdown, {
      features: { gfm: true, directive: true },
      // A pass-through plugin where ours is left out: Sätteri takes the same path with hast plugins (Astro always has some).
      hastPlugins: [plugin ?? { name: 'none', after() {} }],
      data: record ? { newsroom: record } : {},
    })
  ).html;

const corpus = [
  '',
  'One paragraph.',
  '# A heading\n\nText after it.',
  '- one\n- two',
  '> a quote',
  '```js\nconst a = 1;\n```',
  'Text\n\n<div>raw html at the end</div>',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'Trailing spaces   \n\n',
  'Line one  \nline two',
  '<!-- a comment -->',
  '<div>\n\n</div>',
  'Text with <span>inline html</span>',
  'Text\n\n<script>\n</script>\n\n',
  '***',
  '1. one\n2. two\n\n   more',
];

const records: (Needs | undefined)[] = [
  undefined,
  { blocks: 0, polls: [] },
  { blocks: 2, polls: [] },
  { blocks: 1, polls: [{}] },
  { blocks: 0, polls: [{}] },
];

async function expectSame(markdown: string, base: string, styles: boolean, record: Needs | undefined) {
  const assets = pageAssets(base, styles);
  const markup = assetMarkup(assets);
  expect(markup, `a plain base ${base}`).toBeDefined();
  const byPlugin = await render(markdown, record, satteriHastPlugin(assets));
  const wrapped = markup?.wrap(await render(markdown, record), record as never);
  expect(wrapped).toBe(byPlugin);
}

describe('page assets written around the HTML', () => {
  it('are the bytes the hast plugin renders, on a corpus of shapes and records', async () => {
    for (const markdown of corpus) {
      for (const record of records) {
        for (const styles of [true, false]) await expectSame(markdown, '/', styles, record);
      }
    }
    await expectSame('Text.', '/blog/', true, { blocks: 1, polls: [{}] });
  });

  it('are the bytes the hast plugin renders, on generated documents, bases and records', async () => {
    const fragment = fc.constantFrom(...corpus.filter(Boolean), 'Plain *emphasis* and [a link](https://example.org).');
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,8}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fragment, { maxLength: 5 }),
        fc.array(segment, { maxLength: 3 }),
        fc.boolean(),
        fc.record({ blocks: fc.nat(3), polls: fc.array(fc.constant({}), { maxLength: 2 }) }),
        async (parts, segments, styles, record) => {
          await expectSame(parts.join('\n\n'), `/${segments.join('/')}`, styles, record);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are left to the hast plugin where a URL would need escaping in an attribute', () => {
    for (const base of ['/a&b/', '/a"b/', '/a b/', '/<x>/', "/it's/", '/ü/']) {
      expect(assetMarkup(pageAssets(base, true)), base).toBeUndefined();
      expect(assetMarkup(pageAssets(base, false)), base).toBeUndefined();
    }
  });
});
