/**
 * Properties over generated documents (fast-check; CI's seed in vitest.setup.ts): the plugin never
 * throws, is deterministic, and every character of prose the author wrote
 * appears in the HTML's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlText, render } from './helpers.js';

const numRuns = 300;

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9]{1,10}$/);
const colonWord = fc.tuple(word, fc.constantFrom(':', '::', ':::'), word).map(([a, c, b]) => `${a}${c}${b}`);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`);
const token = fc.oneof(
  word,
  word,
  word,
  colonWord,
  time,
  fc.constantFrom('Leser:innen', '3:2', 'localhost:8080', 'Tel.:030', ':x', ':abbr[HTML]{title="x"}'),
);
const sentence = fc
  .array(token, { minLength: 1, maxLength: 12 })
  .map((tokens) => `${tokens.join(' ')}.`)
  // A sentence that is only a number (`0.`) is an ordered list's marker in Markdown, not prose.
  .filter((s) => !/^\d{1,9}\.$/.test(s));

const block = fc.oneof(
  sentence,
  sentence,
  sentence.map((s) => `## ${s}`),
  fc
    .array(sentence, { minLength: 1, maxLength: 3 })
    .map((items) => `:::summary\n${items.map((i) => `- ${i}`).join('\n')}\n:::`),
  sentence.map((s) => `:::quote{by="Pat Ryder" role="Sprecher"}\n${s}\n:::`),
  sentence.map((s) => `:::correction{date="2024-06-19"}\n${s}\n:::`),
  sentence.map((s) => `::topic[${s}]{href="/themen/x"}`),
  fc.constant('::poll{id="1" title="Frage?"}'),
  fc.constant('::summary{from="headings"}'),
  sentence.map((s) => `:::unknown\n${s}\n:::`),
);
const documents = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

/** Prose characters: what is left of the source once our own syntax is removed. */
function proseCharacters(markdown: string): string {
  return markdown
    .replace(/^:::(summary|quote|correction)[^\n]*$/gm, '')
    .replace(/^:::$/gm, '')
    .replace(/^::poll\{[^\n]*$/gm, '')
    .replace(/^::summary\{[^\n]*$/gm, '')
    .replace(/^::topic\[(.*)\]\{href="\/themen\/x"\}$/gm, '$1')
    .replace(/^## /gm, '')
    .replace(/^- /gm, '')
    .replace(/\s+/g, '');
}

describe('properties', () => {
  it('never throws and gives the same output twice', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (markdown) => {
        const first = await render(markdown, { typography: true });
        const second = await render(markdown, { typography: true });
        expect(second.html).toBe(first.html);
      }),
      { numRuns },
    );
    // 600 renders: about 3 s alone, more beside other test files on a busy machine.
  }, 60_000);

  it('every character of prose appears in the HTML text, in order', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (markdown) => {
        const { html } = await render(markdown);
        const text = htmlText(html).replace(/\s+/g, '');
        const expected = proseCharacters(markdown);
        let at = 0;
        for (const char of expected) {
          const found = text.indexOf(char, at);
          if (found === -1)
            throw new Error(`lost ${JSON.stringify(char)} of ${JSON.stringify(expected)} in ${JSON.stringify(text)}`);
          at = found + 1;
        }
      }),
      { numRuns },
    );
  });
});
