/**
 * The property on generated stories (variants.ts): import → both processors →
 * every sentence once and in order, attributions without a sentence boundary,
 * only the importer's blocks, nothing executable. CI runs a few hundred; the
 * soak (`pnpm --filter newsroom-cli soak`) sets NEWSROOM_VARIANTS=10000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCopy } from '../src/read.js';
import { embargoOf, ninjsParagraphs, storyParagraphs } from './copy.js';
import { property } from './property.js';
import { storyNinjs, storyText } from './variants.js';

const runs = Number(process.env.NEWSROOM_VARIANTS ?? 300);
const timeout = Math.max(120_000, runs * 200);

/** Counterexamples a run once found, run first every time. */
const found = [
  // French page typography sets a narrow space inside the guillemets, before the comma.
  'Die rund *Stern*\n\nBerlin (dpa) - Would *Stern* die.\n\n„Would review *Stern*“, sagte Anna Berger, Sprecherin des Ministeriums in Bern et a demandé des mesures.\n\n„Monday *Stern* 38“, sagte Anna Berger.',
  // … and inside guillemets typography makes of straight quotes the copy glued to a word (`id="1"`).
  'Die die Stadt\n\nBerlin (dpa) - Menschen Stadt Geld.\n\n„*Stern* Grad on“, sagte Anna Berger, Sprecherin des Ministeriums in Bern et a demandé des mesures.\n\n06:01 Uhr: Wetter council Dienstag.\n\n06:02 Uhr: Prozent *Stern* ::poll{id="1"}. Rund on hat.\n\nKorrektur: 12,5 it Stadt.',
  // An embargo line above the headline lands under headline and teaser on the page: the note is checked apart from the order.
  'SPERRFRIST 4. Juni, 10.00 Uhr MESZ\n\nDie die *Stern*\n\nDie die die.\n\nBerlin (dpa) - Die *Stern* die.\n\n„Die die *Stern*“, sagte Anna Berger.',
  // A headline that starts with the embargo's word is the headline, not an embargo note (a review found it).
  'Embargo gegen Kuba verlängert\n\nBerlin (dpa) - Die EU verlängert das Embargo um zwölf Monate.\n\nDas sagte eine Sprecherin.',
];
/** The same for ninjs. */
const foundNinjs = [
  // Paragraphs nested past 48 levels were flattened with no space between them: their sentences ran together.
  JSON.stringify({
    headline: 'Die die die',
    language: 'de',
    body_html: `${'<section>'.repeat(62)}<p>Die die *Stern*.</p><p>Berlin (dpa) - Die die die.</p>${'</section>'.repeat(62)}`,
  }),
];

async function holds(source: string, format: 'text' | 'ninjs'): Promise<void> {
  const { result } = importCopy(source, format, { quotes: true, published: '2025-06-19T08:00:00+02:00' });
  const paragraphs = format === 'text' ? storyParagraphs(source) : ninjsParagraphs(source);
  const { failures } = await property(result, paragraphs);
  const embargo = format === 'text' ? embargoOf(source) : undefined;
  if (embargo && result.markdown.split(embargo).length !== 2)
    failures.push(`embargo note not on the page once: ${embargo}`);
  if (failures.length) throw new Error(`${failures.join('\n')}\n--- Markdown:\n${result.markdown}`);
}

describe(`generated stories (${runs} text, ${Math.ceil(runs / 3)} ninjs)`, () => {
  it(
    'plain text: every sentence once and in order, on both processors',
    async () => {
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(storyText, async (text) => {
          await holds(text, 'text');
          checked++;
        }),
        { numRuns: runs, examples: found.map((text) => [text]) },
      );
      expect(checked).toBeGreaterThanOrEqual(runs);
    },
    timeout,
  );

  it(
    'ninjs: the same',
    async () => {
      await fc.assert(
        fc.asyncProperty(storyNinjs, (json) => holds(json, 'ninjs')),
        { numRuns: Math.ceil(runs / 3), examples: foundNinjs.map((json) => [json]) },
      );
    },
    timeout,
  );
});
