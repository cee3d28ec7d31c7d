/**
 * `pnpm bench`: every part in bench/parts/, each ours against its control in
 * interleaved rounds, and the verdict on each budget of bench/budgets.ts (see
 * bench/README.md for what each part measures and how long it takes).
 *
 *   --only=unified,peer   run these parts; results.json keeps the other parts' entries
 *   --rounds=N            rounds per comparison (default 5, the quiet-run protocol's minimum)
 *   --smoke               a few articles, one round: the bench cannot rot (CI); fails on a
 *                         size budget over its limit or a budget the parts do not measure
 *
 * Writes bench/results.json (not in a smoke run): per part its machine, date,
 * rounds, wall time and load average; per budget the rounds' values, median,
 * spread and verdict.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetById, budgets } from './budgets.ts';
import { parts } from './parts/index.ts';
import type { PartContext } from './parts/part.ts';
import { type Decision, decide, minimumRounds } from './protocol.ts';
import { emptyResults, mergeResults, type PartRecord, type Results } from './results.ts';

const here = fileURLToPath(new URL('./', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const flag = (name: string) => args.includes(`--${name}`);
const smoke = flag('smoke');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const rounds = Number(option('rounds', smoke ? '1' : String(minimumRounds)));

const unknown = only?.filter((id) => !parts.some((part) => part.id === id)) ?? [];
if (unknown.length) {
  console.error(`bench: no part ${unknown.join(', ')}; parts: ${parts.map((part) => part.id).join(', ')}`);
  process.exit(2);
}
if (!(rounds >= 1)) {
  console.error('bench: --rounds needs a whole number of 1 or more');
  process.exit(2);
}

const chosen = parts.filter((part) =>
  only ? only.includes(part.id) : !part.onlyWhenAsked && !(smoke && part.skipInSmoke),
);
const context: PartContext = { smoke, rounds, here, option, flag };
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 20 / 1024),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
};
const load = () => Number(os.loadavg()[0]?.toFixed(2));

const records: Record<string, PartRecord> = {};
/** Merges the parts measured so far into results.json (the file read afresh: merging again changes nothing). */
function writeResults(last: boolean): void {
  const file = join(here, 'results.json');
  const previous: Results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : emptyResults();
  writeFileSync(file, `${JSON.stringify(mergeResults(previous, records, decisions), null, 2)}\n`);
  if (last)
    console.log(`\nwrote bench/results.json (${Object.keys(records).join(', ')}; other parts kept as they were)`);
}
const decisions: Record<string, Decision & { part: string }> = {};
const problems: string[] = [];

console.log(
  `newsroom bench${smoke ? ' (smoke: sizes too small for time budgets to mean anything)' : ''}: ${chosen.map((p) => p.id).join(', ')}; ${rounds} round(s)`,
);
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}; load average ${load()}\n`,
);
for (const part of chosen) {
  const loadBefore = load();
  const started = performance.now();
  const result = await part.run(context);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  records[part.id] = {
    machine,
    date: new Date().toISOString(),
    rounds,
    seconds,
    loadBefore,
    loadAfter: load(),
    data: result.data,
  };
  console.log(`— ${part.id} (${part.what}): ${seconds} s, load average ${loadBefore} → ${load()}`);
  for (const note of result.notes ?? []) console.log(`  ${note}`);
  for (const [id, values] of Object.entries(result.measured)) {
    const budget = budgetById(id);
    if (budget.part !== part.id) problems.push(`budget ${id} belongs to part ${budget.part}, measured by ${part.id}`);
    decisions[id] = { ...decide(budget, values), part: part.id };
  }
  // A full run of a part measures every budget of the part (the smoke run builds less; on demand may skip its server).
  for (const budget of budgets.filter((b) => b.part === part.id && !(b.id in result.measured))) {
    if (!smoke && part.id !== 'ondemand') problems.push(`part ${part.id} did not measure budget ${budget.id}`);
  }
  // After every part: a later part that fails or is stopped does not take the finished parts' figures with it.
  if (!smoke) writeResults(false);
}

const rows = Object.values(decisions).map((d) => ({
  budget: d.id,
  median: Number(d.median.toFixed(3)),
  spread: Number(d.spread.toFixed(3)),
  rounds: d.values.length,
  verdict: d.verdict,
  why: d.reason,
}));
console.log('');
console.table(rows);

for (const d of Object.values(decisions)) {
  if (budgetById(d.id).kind === 'size' && d.verdict !== 'met') problems.push(`size budget ${d.id}: ${d.reason}`);
}
for (const problem of problems) console.error(`bench: ${problem}`);
if (problems.length) process.exitCode = 1;

if (!smoke) writeResults(true);
