/**
 * The round trip of the example: agency copy → `newsroom import --quotes` →
 * the site's build. Every sentence of the copy is on the built page, and every
 * block the importer recognised rendered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { expect, it } from 'vitest';
import { siteDist } from './server.js';

const copy = readFileSync(
  fileURLToPath(new URL('../../examples/news-site/import/putin-nordkorea.txt', import.meta.url)),
  'utf8',
);
const page = fromHtml(readFileSync(join(siteDist, 'artikel/putin-nordkorea/index.html'), 'utf8'));
const text = hastToString(selectAll('main', page)[0] ?? page).replace(/\s+/g, ' ');

it('every sentence of the copy is on the built page', () => {
  const paragraphs = copy
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  let checked = 0;
  for (const paragraph of paragraphs) {
    // The badge's text alternative, as copied from a page: the trust block shows the badge.
    if (/^(JTI zertifiziert\s*)+$/.test(paragraph)) continue;
    // The page's de-CH typography: «…» for straight quotes, a spaced hyphen between words is a dash.
    const typeset = paragraph.replace(/"([^"]*)"/g, '«$1»').replace(/ - /g, ' – ');
    for (const sentence of typeset.split(/(?<=[.!?»])\s+(?=[A-ZÄÖÜ«(])/)) {
      // "Korrektur:" is the correction block's label; the attributed quote is a quote block
      // whose caption keeps speaker, role and place.
      const expected = sentence.replace(/^Korrektur: /, '');
      const asQuote =
        /^«(.+?)»,? sagte der Sprecher des US-Verteidigungsministeriums, Pat Ryder, in Washington\.$/.exec(expected);
      if (asQuote) {
        expect(text).toContain((asQuote[1] as string).replace(/,$/, ''));
        expect(text).toContain('Pat Ryder, der Sprecher des US-Verteidigungsministeriums, in Washington');
      } else {
        expect(text, expected).toContain(expected);
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(45);
});

it('every block the importer recognised rendered', () => {
  for (const block of ['topic', 'summary', 'quote', 'poll', 'credit', 'correction', 'trust']) {
    expect(selectAll(`[data-nr="${block}"]`, page).length, block).toBeGreaterThan(0);
  }
  expect(selectAll('main h2', page).map((h) => hastToString(h))).toEqual(
    expect.arrayContaining(['Erstarkte Beziehung zwischen Russland und Nordkorea', 'Das wird am Dienstag wichtig']),
  );
});
