/**
 * The Performance page's budgets table is the bench's: every row of
 * bench/budgets.ts, in its order, with its limit, margin and direction, and
 * the verdict bench/results.json holds for it (or "not measured").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets.js';

const page = fileURLToPath(new URL('../../docs/dist/performance/index.html', import.meta.url));
const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8')) as {
  decisions: Record<string, { verdict: string }>;
};

describe('docs: the Performance page shows the bench’s budgets', () => {
  const rows = selectAll('#budgets-table tbody tr', fromHtml(readFileSync(page, 'utf8')));

  it('one row per budget of bench/budgets.ts, in its order, with its limit, margin and direction', () => {
    expect(rows.map((row) => row.properties.dataBudget)).toEqual(budgets.map((b) => b.id));
    expect(
      rows.map((row) => [
        Number(row.properties.dataLimit),
        Number(row.properties.dataMargin),
        row.properties.dataDirection,
        row.properties.dataKind,
      ]),
    ).toEqual(budgets.map((b) => [b.limit, b.margin, b.direction, b.kind]));
  });

  it('each row shows the verdict bench/results.json holds for it', () => {
    const shown = rows.map((row) => selectAll('td[data-verdict]', row)[0]?.properties.dataVerdict);
    expect(shown).toEqual(budgets.map((b) => results.decisions[b.id]?.verdict ?? 'not measured'));
  });
});
