/**
 * A block that stands directly in a list item keeps its element on Sätteri.
 * Sätteri unwraps every `paragraph` at the top of a tight list item, `hName`
 * or not, so a quote there lost its `<figure data-nr="quote">` (a correction
 * its `<aside>`, …) where unified keeps it; the Sätteri front end hands such
 * a block over as a node of a type Sätteri does not know. Checked against the
 * unified front end: every block kind, tight and loose lists, bullets and
 * numbers, plus generated list documents.
 *
 * Sätteri also puts nothing between two paragraphs it unwraps in a tight
 * item, where unified puts a line break: lines a replacement brings there (a
 * restored container or leaf directive, a refused block) ran into the item's
 * text ("Eins::fremd"). Checked the same way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSatteri, renderUnified } from './processors.js';

const blocks = [
  ':::quote{by="A" role="B"}\neng',
  ':::correction{date="2024-06-19"}\neng',
  ':::summary\n- eins',
  ':::update{time="2024-06-19T10:30:00Z"}\nneu',
  ':::correction[Nicht gebraucht]{date="2024-06-19"}\neng',
];
const leaves = ['::poll[Frage?]{id="p1"}', '::trust{badge="jti"}', '::topic[Mehr]{href="/themen/x"}'];

/** A block with its closing fence, every line after the first indented by `indent`. */
function indented(block: string, indent: string): string {
  const closed = block.startsWith(':::') ? `${block}\n:::` : block;
  return closed.replaceAll('\n', `\n${indent}`);
}

/** A block written inside a list item: the first line after the marker, the rest indented. */
function inItem(block: string, marker: string): string {
  return `${marker} ${indented(block, ' '.repeat(marker.length + 1))}`;
}

async function expectSameHtml(markdown: string): Promise<string> {
  const html = (await renderSatteri(markdown)).html;
  expect(html, markdown).toBe((await renderUnified(markdown)).html);
  return html;
}

describe('a block directly in a list item, on Sätteri', () => {
  it('keeps its element in a tight list, as unified does', async () => {
    const html = await expectSameHtml(`${inItem(blocks[0] as string, '-')}\n- zwei`);
    expect(html).toContain('<li>\n<figure data-nr="quote" class="nr-quote" lang="de">');
  });

  it('renders every block kind the same as unified in tight and loose lists, bullets and numbers', async () => {
    for (const block of [...blocks, ...leaves]) {
      await expectSameHtml(`${inItem(block, '-')}\n- zwei`);
      await expectSameHtml(`- eins\n\n  ${indented(block, '  ')}\n\n- zwei`);
      await expectSameHtml(`${inItem(block, '1.')}\n2. zwei`);
      await expectSameHtml(`- eins\n${inItem(block, '  -')}`);
    }
  });

  it('keeps a quote claimed from a blockquote in a list item', async () => {
    await expectSameHtml('- > Zitat mit **fett**\n  >\n  > — Anna, Wien\n- zwei');
  });

  it('leaves blocks in paragraphs of list items alone (text directives)', async () => {
    await expectSameHtml('- Text :credit[dpa] und mehr\n- zwei');
  });

  it('matches unified on generated lists of blocks and text', async () => {
    const item = fc.oneof(
      fc.constantFrom(...blocks, ...leaves),
      fc.constantFrom('Text', 'Text mit :credit[dpa]', '**fett**', '> Zitat\n>\n> — Anna, Wien'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('-', '*', '1.'),
        async (items, loose, marker) => {
          const markdown = items.map((block) => inItem(block, marker)).join(loose ? '\n\n' : '\n');
          await expectSameHtml(markdown);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('lines a replacement brings into a tight list item, on Sätteri', () => {
  const cases = [
    '- Eins\n  :::fremd\n  Text\n  :::\n- b',
    '- Eins\n  ::fremd\n- b',
    '- ::fremd\n  Zwei\n- b',
    '- Eins\n  ::credit[dpa]\n- b',
    '- Eins\n  ::topic[Mehr]{href="javascript:x"}\n  Zwei',
    '1. Eins\n   :::fremd\n   :::\n   Drei',
    '- Eins\n  - :::fremd\n    Text\n    :::\n  - x',
    '- ::a\n  ::b\n  ::c',
  ];

  it('keep their line breaks, as on unified', async () => {
    for (const markdown of cases) {
      const html = await expectSameHtml(markdown);
      // No two lines run together: every line's text is still a word of its own.
      expect(html, markdown).not.toMatch(/Eins:|fremdText|::fremdZwei/);
    }
  });

  it('matches unified on generated items of text, restored and refused directives, blocks and nested lists', async () => {
    const part = fc.constantFrom(
      'Eins',
      'Text mit :credit[dpa]',
      ':::fremd\nInnen\n:::',
      ':::fremd{a="b"}\nInnen\n\nZwei\n:::',
      '::fremd',
      '::credit[dpa]',
      '::topic[Mehr: 10:30]{href="javascript:alert(1)"}',
      ':::quote{by="A"}\nZitat\n:::',
      '::trust{badge="jti"}',
      '- innen\n- zwei',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(part, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('-', '1.'),
        async (items, looseItems, marker) => {
          const indent = ' '.repeat(marker.length + 1);
          const markdown = items
            .map((parts) => `${marker} ${parts.join('\n').replaceAll('\n', `\n${indent}`)}`)
            .join(looseItems ? '\n\n' : '\n');
          await expectSameHtml(markdown);
        },
      ),
      { numRuns: 300 },
    );
  });
});
