/**
 * The property on generated stories (variants.ts): import → both processors →
 * every sentence once and in order, attributions without a sentence boundary,
 * only the importer's blocks, nothing executable. CI runs a few hundred; the
 * soak (`pnpm --filter newsroom-cli soak`) sets NEWSROOM_VARIANTS=10000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCopy } from '../src/read.js';
import { ninjsParagraphs, textParagraphs } from './copy.js';
import { property } from './property.js';
import { storyNinjs, storyText } from './variants.js';

const runs = Number(process.env.NEWSROOM_VARIANTS ?? 300);
const timeout = Math.max(120_000, runs * 200);

async function holds(source: string, format: 'text' | 'ninjs'): Promise<void> {
  const { result } = importCopy(source, format, { quotes: true, published: '2025-06-19T08:00:00+02:00' });
  const paragraphs = format === 'text' ? textParagraphs(source) : ninjsParagraphs(source);
  const { failures } = await property(result, paragraphs);
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
        { numRuns: runs },
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
        { numRuns: Math.ceil(runs / 3) },
      );
    },
    timeout,
  );
});
