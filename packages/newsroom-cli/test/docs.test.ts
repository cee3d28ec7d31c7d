/**
 * The docs page "From agency copy to a page" runs as written: each row of its
 * table of recognised elements is imported (the row's copy inside a short
 * story) and the Markdown holds what the row says it becomes.
 */
import { readFileSync } from 'node:fs';
import { resolveOptions } from 'remark-newsroom/options';
import { expect, it } from 'vitest';
import { importArticle } from '../src/import.js';
import { civeyMethodologyStart } from '../src/recognize.js';
import { textBlocks } from '../src/source.js';

const page = readFileSync(new URL('../../../docs/src/content/docs/from-agency-copy.mdx', import.meta.url), 'utf8');
const section = page.slice(page.indexOf('## What is recognised'), page.indexOf('Details of the rules'));
const rows = [...section.matchAll(/^\| ([^|]+?) \| (.+?) \| (.+?) \|$/gm)]
  .map((match) => ({
    element: (match[1] as string).replace(/`/g, '').trim(),
    copy: [...(match[2] as string).matchAll(/`([^`]+)`/g)].map((code) => code[1] as string),
    becomes: [...(match[3] as string).matchAll(/`([^`]+)`/g)].map((code) => code[1] as string),
  }))
  .filter((row) => row.copy.length > 0);

const headline = 'Überschrift für den Test';
const teaser = 'Ein Teaser für den Test.';
const lead = 'Berlin (dpa) - Ein erster Satz für den Test.';
const after = 'Ein längerer Absatz, der auf die Zeile folgt und viele Wörter hat, damit er kein Zwischentitel ist.';
const methodology = resolveOptions({}).providers.civey?.methodology?.de ?? '';

function story(element: string, copy: string[]): string {
  const text = copy.map((code) => (code.startsWith(civeyMethodologyStart) ? methodology : code)).join('\n');
  if (element === 'headline') return [text, teaser, lead, after].join('\n\n');
  if (element === 'kicker') return [`${text}\n${headline}`, teaser, lead, after].join('\n\n');
  if (element === 'teaser' || element === 'dateline') return [headline, text, after].join('\n\n');
  if (element === 'JTI badge') {
    return [headline, teaser, lead, after, text, '"So arbeitet die Redaktion" informiert Sie, wie wir arbeiten.'].join(
      '\n\n',
    );
  }
  return [headline, teaser, lead, text, after].join('\n\n');
}

it('the table lists every element the importer recognises', () => {
  expect(rows.map((row) => row.element)).toEqual(
    expect.arrayContaining([
      'headline',
      'kicker',
      'teaser',
      'dateline',
      'subhead',
      'credit',
      'correction',
      'update',
      'list',
      'locale',
    ]),
  );
  expect(rows.length).toBeGreaterThanOrEqual(18);
});

it.each(rows.map((row) => [row.element, row] as const))('%s: the copy becomes what the table says', (_, row) => {
  const result = importArticle(textBlocks(story(row.element, row.copy)), {
    quotes: true,
    published: '2025-07-02T08:00:00+02:00',
    correctionDate: '2025-07-02',
    pollId: 'tempolimit',
  });
  for (const expected of row.becomes) expect(result.markdown).toContain(expected);
});
