/**
 * The fixture table: every block in every locale, Markdown in and the exact
 * HTML out. Expected files are written only with NEWSROOM_UPDATE_FIXTURES=1
 * and read by a person before they are committed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { blockNames } from '../src/block-names.js';
import { locales } from '../src/locales.js';
import { describeEachProcessor } from './processors.js';

const folder = new URL('./fixtures/', import.meta.url);
const inputs = readdirSync(folder).filter((name) => name.endsWith('.md'));
const update = process.env.NEWSROOM_UPDATE_FIXTURES === '1';

describeEachProcessor('fixtures', (render) => {
  it('has a fixture for every block', () => {
    const names = inputs.map((name) => name.split(/[-.]/)[0]);
    for (const block of blockNames) {
      expect(names).toContain(block);
    }
  });

  for (const input of inputs) {
    for (const locale of locales) {
      it(`${input} in ${locale}`, async () => {
        const markdown = readFileSync(new URL(input, folder), 'utf8');
        const { html, messages } = await render(markdown, { locale, typography: true });
        expect(messages).toEqual([]);
        const expected = new URL(input.replace(/\.md$/, `.${locale}.html`), folder);
        if (update || !existsSync(expected)) {
          if (!update) throw new Error(`missing fixture ${expected.pathname}; run with NEWSROOM_UPDATE_FIXTURES=1`);
          writeFileSync(expected, html);
        }
        expect(html).toBe(readFileSync(expected, 'utf8'));
      });
    }
  }
});
