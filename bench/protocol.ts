/**
 * The quiet-run protocol: rounds that interleave ours and its control, and
 * the verdict on a budget from the rounds' values (see bench/README.md).
 */
import type { Budget } from './budgets.ts';
import { median } from './stats.ts';

/** Rounds a budget needs before it can be met or missed (time budgets; sizes need one). */
export const minimumRounds = 5;

export type Verdict = 'met' | 'missed' | 'not decided' | 'reported';

export interface Decision {
  id: string;
  /** One value per round, in the budget's unit (a ratio, a share, an exponent, bytes …). */
  values: number[];
  median: number;
  /** Largest − smallest value of the rounds, in the budget's unit. */
  spread: number;
  verdict: Verdict;
  /** Why, in words: "median 1.03 ≤ 1.05, spread 0.02 ≤ 0.05". */
  reason: string;
}

const figure = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(3));

/** The verdict on a budget from one value per round. */
export function decide(budget: Budget, values: readonly number[]): Decision {
  if (values.length === 0 || values.some((value) => !Number.isFinite(value))) {
    return {
      id: budget.id,
      values: [...values],
      median: Number.NaN,
      spread: Number.NaN,
      verdict: 'not decided',
      reason: 'no finite value measured',
    };
  }
  const middle = median(values);
  const spread = Math.max(...values) - Math.min(...values);
  const inside = budget.direction === 'at most' ? middle <= budget.limit : middle >= budget.limit;
  const sign = budget.direction === 'at most' ? (inside ? '≤' : '>') : inside ? '≥' : '<';
  const against = `median ${figure(middle)} ${sign} ${figure(budget.limit)}`;
  const base = { id: budget.id, values: [...values], median: middle, spread };
  if (budget.kind === 'contract') {
    return {
      ...base,
      verdict: 'reported',
      reason: `${against} (contract figure, spread ${figure(spread)}, ${values.length} rounds)`,
    };
  }
  const needed = budget.kind === 'size' ? 1 : minimumRounds;
  if (values.length < needed) {
    return { ...base, verdict: 'not decided', reason: `${against}, but ${values.length} of ${needed} rounds` };
  }
  if (spread > budget.margin) {
    return {
      ...base,
      verdict: 'not decided',
      reason: `not decided (spread ${figure(spread)} > margin ${figure(budget.margin)}); ${against}`,
    };
  }
  return {
    ...base,
    verdict: inside ? 'met' : 'missed',
    reason: `${against}, spread ${figure(spread)} ≤ ${figure(budget.margin)}`,
  };
}

/**
 * `rounds` rounds of named measurements, interleaved: each round runs every
 * measurement once, the order reversed every other round, so drift on the
 * machine hits ours and the control alike. Gives each name's samples.
 */
export async function interleaved<Name extends string>(
  rounds: number,
  measurements: Record<Name, () => number | Promise<number>>,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(measurements) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) samples[name].push(await measurements[name]());
  }
  return samples;
}

/**
 * `rounds` rounds over `items`, every contender on every item one after the
 * other (the order rotated from item to item and round to round), each
 * contender's CPU time summed over the items: one total per contender and
 * round. Whole-corpus timings one after the other (`interleaved`) let a
 * change of load between two corpus passes (seconds apart) decide a
 * difference of a few percent; here the contenders are milliseconds apart,
 * so whatever slows the machine slows them alike.
 */
export function interleavedPerItem<Name extends string, Item>(
  rounds: number,
  items: readonly Item[],
  contenders: Record<Name, (item: Item) => unknown>,
): Record<Name, number[]> {
  const names = Object.keys(contenders) as Name[];
  const totals = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let round = 0; round < rounds; round++) {
    const sums = Object.fromEntries(names.map((name) => [name, 0])) as Record<Name, number>;
    items.forEach((item, index) => {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + index + round) % names.length] as Name;
        sums[name] += cpuMs(() => contenders[name](item));
      }
    });
    for (const name of names) totals[name].push(sums[name]);
  }
  return totals;
}

/** Per-round ratios a[i] / b[i]: each round's value, paired, before the median. */
export function ratios(ours: readonly number[], control: readonly number[]): number[] {
  return ours.map((value, index) => value / (control[index] as number));
}

/**
 * Milliseconds of CPU this process spent in `run` (user + system). In-process
 * parts time with it: on a shared machine other processes stretch wall time
 * several-fold, CPU time far less; on a quiet machine the two agree.
 */
export function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
