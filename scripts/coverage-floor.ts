/**
 * The coverage floor: each package's figures from its last `vitest run
 * --coverage` (`packages/<name>/coverage/coverage-summary.json`), rounded
 * down to a whole percent, become the thresholds its vitest config reads from
 * coverage-floors.json, so CI fails below them; CONTRIBUTING.md's coverage
 * table is written from the same file.
 *
 * A floor never goes down here: when a figure is below its floor the script
 * stops and says which (lower it by editing coverage-floors.json, in a commit
 * that says why).
 *
 * Usage, after each package's tests ran with coverage
 * (`npx pnpm@12.4.2 --filter <name> run test`): `npx pnpm@12.4.2 run coverage-floor`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const floorsFile = 'coverage-floors.json';
export const covered = ['remark-newsroom', 'astro-newsroom', 'newsroom-cli'] as const;
export const metrics = ['lines', 'branches', 'functions', 'statements'] as const;

type Metric = (typeof metrics)[number];
export type Figures = Record<Metric, number>;
export interface PackageCoverage {
  /** What the last measurement gave, in percent (as vitest prints it, two decimals). */
  measured: Figures;
  /** The thresholds CI holds the package to: the measurement rounded down, never lowered by this script. */
  floor: Figures;
}
export type Floors = Record<string, PackageCoverage>;

export const readFloors = (): Floors =>
  existsSync(join(root, floorsFile)) ? (JSON.parse(readFileSync(join(root, floorsFile), 'utf8')) as Floors) : {};

/** CONTRIBUTING.md's coverage table, between its markers. */
export const tableStart = '<!-- coverage-table: written by `npx pnpm@12.4.2 run coverage-floor` -->';
export const tableEnd = '<!-- /coverage-table -->';

export function coverageTable(floors: Floors): string {
  const cell = ({ measured, floor }: PackageCoverage, metric: Metric) => `${measured[metric]} (floor ${floor[metric]})`;
  return [
    tableStart,
    '| package | lines | branches | functions | statements |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(floors).map(
      ([name, figures]) => `| \`${name}\` | ${metrics.map((metric) => cell(figures, metric)).join(' | ')} |`,
    ),
    tableEnd,
  ].join('\n');
}

/** `text` with its coverage table replaced by one written from `floors`. */
export function withTable(text: string, floors: Floors): string {
  const start = text.indexOf(tableStart);
  const end = text.indexOf(tableEnd);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md: no coverage table markers (${tableStart})`);
  return text.slice(0, start) + coverageTable(floors) + text.slice(end + tableEnd.length);
}

function measure(name: string): Figures {
  const file = join(root, 'packages', name, 'coverage/coverage-summary.json');
  if (!existsSync(file))
    throw new Error(`${file}: missing; run \`npx pnpm@12.4.2 --filter ${name} run test\` (it writes coverage) first`);
  const { total } = JSON.parse(readFileSync(file, 'utf8')) as { total: Record<Metric, { pct: number }> };
  return Object.fromEntries(metrics.map((metric) => [metric, total[metric].pct])) as Figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const old = readFloors();
  const next: Floors = {};
  const lower: string[] = [];
  for (const name of covered) {
    const measured = measure(name);
    const floor = Object.fromEntries(
      metrics.map((metric) => {
        const was = old[name]?.floor[metric] ?? 0;
        if (measured[metric] < was) lower.push(`${name} ${metric}: ${measured[metric]} < floor ${was}`);
        return [metric, Math.max(was, Math.floor(measured[metric]))];
      }),
    ) as Figures;
    next[name] = { measured, floor };
  }
  if (lower.length > 0) {
    console.error(`coverage went below its floor (the floor does not go down):\n${lower.join('\n')}`);
    process.exit(1);
  }
  writeFileSync(join(root, floorsFile), `${JSON.stringify(next, null, 2)}\n`);
  const contributing = join(root, 'CONTRIBUTING.md');
  writeFileSync(contributing, withTable(readFileSync(contributing, 'utf8'), next));
  console.log(`wrote ${floorsFile} and the coverage table of CONTRIBUTING.md`);
}
