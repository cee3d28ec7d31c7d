/** The source article, written as newsroom Markdown, renders every block. */
import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlText, render, renderTree } from './helpers.js';

const articleUrl = new URL('../../../examples/news-site/src/content/articles/putin-nordkorea.md', import.meta.url);
const raw = readFileSync(articleUrl, 'utf8');
const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
const data = parse(frontmatter) as { locale: 'de-CH' };
const sourceText = readFileSync(
  new URL('../../../examples/news-site/import/putin-nordkorea.txt', import.meta.url),
  'utf8',
);

describe('the source article', () => {
  it('renders every block without a diagnostic', async () => {
    const { messages } = await render(body, { locale: data.locale, typography: true });
    expect(messages.map(String)).toEqual([]);
    const tree = await renderTree(body, { locale: data.locale, typography: true });
    for (const block of ['summary', 'quote', 'poll', 'trust', 'correction', 'credit', 'topic']) {
      expect(selectAll(`[data-nr="${block}"]`, tree).length, block).toBeGreaterThan(0);
    }
    // `newsroom import --quotes` made the attributed quote (Pat Ryder's) a block; other speech stays prose.
    expect(selectAll('[data-nr="quote"]', tree)).toHaveLength(1);
  });

  it('keeps the source’s sentences (straight quotes become «…» through typography)', async () => {
    const { html } = await render(body, { locale: data.locale, typography: true });
    const page = htmlText(html).replace(/\s+/g, ' ');
    // Straight quotes become «…», a spaced hyphen the Gedankenstrich.
    const normalise = (text: string) =>
      text
        .replace(/"([^"]*)"/g, '«$1»')
        .replaceAll(' - ', ' – ')
        .replace(/\s+/g, ' ');
    const paragraphs = sourceText
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    // Blocks that carry the source's text elsewhere: teaser (frontmatter), the
    // badge's alt text, the poll's methodology (provider text), quoted speech.
    const elsewhere = [/^Sein Krieg/, /^JTI zertifiziert/, /^An den Umfragen/];
    let checked = 0;
    for (const paragraph of paragraphs) {
      if (elsewhere.some((pattern) => pattern.test(paragraph))) continue;
      for (const sentence of normalise(paragraph).split(/(?<=[.!?»])\s+(?=[A-ZÄÖÜ«(])/)) {
        const quoted = /«([^»]+)»/g;
        // A sentence that is direct speech is rendered as a quote block: its words must be there.
        const words = sentence.replace(quoted, '$1').replace(/[«»]/g, '');
        // A correction's "Korrektur:" is the block's own label, before its date.
        const corrected = sentence.replace(/^Korrektur: /, '');
        const speech = [...sentence.matchAll(quoted)];
        const found =
          page.includes(corrected) ||
          page.includes(words) ||
          (speech.length > 0 && speech.every((m) => page.includes(m[1]!.replace(/,$/, ''))));
        expect(found, sentence).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
    // The one quote block keeps its whole attribution, every word of it: speaker, role, place.
    expect(page).toContain('Pat Ryder, der Sprecher des US-Verteidigungsministeriums, in Washington');
  });
});
