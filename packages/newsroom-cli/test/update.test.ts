/**
 * Updates of a running story end to end: `newsroom import` writes the update
 * block (remark-newsroom's `:::update{time}`) for timestamped paragraphs, and
 * `newsroom check` knows it: the Markdown of the corpus's tickers passes with
 * no warnings, and the record lists each update with its time, newest first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { decodeText } from '../src/input.js';
import { importCopy } from '../src/read.js';
import { renderBoth } from './page.js';

const tickers = [
  ['wire/dpa-de-02-bahnstreik-ticker.txt', 6],
  ['wire/sda-de-CH-03-lawine-ticker.txt', 5],
  ['wire/apa-de-AT-02-landtagswahl-ticker.txt', 6],
  ['wire/afp-en-02-earthquake-live.txt', 5],
] as const;

function imported(path: string) {
  const text = decodeText(readFileSync(new URL(`./corpus/${path}`, import.meta.url)), path);
  return importCopy(text, 'text', { published: '2025-06-19T06:00:00+02:00', teaser: 'Ein Teaser.' }).result;
}

describe('updates from agency tickers', () => {
  it.each(tickers)('%s: %i update blocks, newest first in the record on both processors', async (path, count) => {
    const result = imported(path);
    expect(result.directives.filter((name) => name === 'update')).toHaveLength(count);
    for (const rendered of await renderBoth(result.markdown)) {
      const times = rendered.record?.updates.map((update) => update.time) ?? [];
      expect(times).toHaveLength(count);
      expect([...times].sort().reverse()).toEqual(times);
      expect(rendered.messages).toEqual([]);
    }
  });

  it('newsroom check passes the imported tickers without a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-updates-'));
    for (const [path] of tickers) writeFileSync(join(dir, `${path.replace(/\W+/g, '-')}.md`), imported(path).markdown);
    let report = '';
    const sink = new Writable({
      write(chunk, _, done) {
        report += String(chunk);
        done();
      },
    });
    const code = await check({ paths: [dir], strict: true, report: sink });
    expect(report).toBe('');
    expect(code).toBe(0);
  });
});
