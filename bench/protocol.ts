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

/**
 * What `batchedPerItem` times on an item: all of a function, or only `run`,
 * on what an untimed `setup` made for it (a parsed tree, say). `setup` runs
 * again before every try, so a try never sees what the last one changed.
 */
export type Contender<Item> =
  | ((item: Item) => unknown)
  | { setup(item: Item): unknown; run(prepared: unknown): unknown };

/** One round of `batchedPerItem`: per contender, its time (ms) in each batch. */
export type BatchSums<Name extends string> = Record<Name, number[]>;

/**
 * `rounds` rounds over `items`, cut into batches of `batchSize` items; within
 * a batch every contender runs on every item one after the other (the order
 * rotated from item to item and round to round), and each contender's time
 * (`undisturbedMs`) is summed per batch. A figure is then taken per batch and
 * its median over the batches is the round's value (`medianOverBatches`): a
 * garbage collection or a busy neighbour lands on one contender of one batch
 * and moves that batch's figure, not the round's. One sum per round let such
 * a landing decide a difference of a few percent.
 */
export function batchedPerItem<Name extends string, Item>(
  rounds: number,
  items: readonly Item[],
  batchSize: number,
  contenders: Record<Name, Contender<Item>>,
): BatchSums<Name>[] {
  const names = Object.keys(contenders) as Name[];
  const size = Math.max(1, Math.floor(batchSize));
  const out: BatchSums<Name>[] = [];
  for (let round = 0; round < rounds; round++) {
    const sums = Object.fromEntries(names.map((name) => [name, [] as number[]])) as BatchSums<Name>;
    for (let start = 0; start < items.length; start += size) {
      const batch = Object.fromEntries(names.map((name) => [name, 0])) as Record<Name, number>;
      for (let index = start; index < Math.min(items.length, start + size); index++) {
        const item = items[index] as Item;
        for (let k = 0; k < names.length; k++) {
          const name = names[(k + index + round) % names.length] as Name;
          const contender = contenders[name];
          batch[name] +=
            typeof contender === 'function'
              ? undisturbedMs(() => contender(item))
              : undisturbedMs(contender.run, () => contender.setup(item));
        }
      }
      for (const name of names) sums[name].push(batch[name]);
    }
    out.push(sums);
  }
  return out;
}

/** The median over a round's batches of `figure`, given each batch's sums by contender. */
export function medianOverBatches<Name extends string>(
  round: BatchSums<Name>,
  figure: (batch: Record<Name, number>) => number,
): number {
  const names = Object.keys(round) as Name[];
  const batches = (round[names[0] as Name] ?? []).length;
  const values: number[] = [];
  for (let b = 0; b < batches; b++) {
    values.push(
      figure(Object.fromEntries(names.map((name) => [name, round[name][b] as number])) as Record<Name, number>),
    );
  }
  return median(values);
}

/**
 * Tries per rendering before `undisturbedMs` falls back on CPU time. With
 * six, the `unified` part took 40 minutes at load 6 (nearly every try
 * disturbed); a quiet machine rarely needs a second.
 */
const undisturbedTries = 3;

/**
 * Milliseconds of `run`: its wall-clock time on a try during which the
 * process was not switched out (its involuntary context switches did not
 * rise), trying up to three times; when every try was disturbed, the main
 * thread's CPU time of the last.
 *
 * Why not CPU time alone: on this kind of virtual machine the kernel
 * accounts CPU time by scheduler tick (4 ms), so `process.cpuUsage()` around
 * one rendering of 1–5 ms reads 0, 4 or 8 ms. That is right on average (the
 * ticks fall anywhere) but per rendering, or over a batch of a few dozen, it
 * is noise larger than the difference measured (a fake plugin with twice the
 * work per block came out between 0.4× and 1.3×). Wall time is exact to the
 * microsecond when nothing else ran; a disturbed try is not taken, and
 * neither is the least of disturbed tries, which grows with the rendering's
 * length (the longer, the more often it is cut: a fake 2 : 1 read 3.2 : 1 at
 * load 8). The count of switches is the whole process's (V8's helper threads
 * too), so some clean tries are refused as well: that costs time, not
 * accuracy. `setup`, when given, runs untimed before each try and hands `run`
 * what it made.
 */
export function undisturbedMs(run: (prepared: unknown) => unknown, setup?: () => unknown): number {
  return undisturbedWith(processClocks, run, setup);
}

/** What `undisturbedMs` reads: injected in its test, the process's own otherwise. */
export interface Clocks {
  /** Wall clock, ms. */
  wallMs(): number;
  /** The main thread's CPU time, ms. */
  cpuMs(): number;
  /** The process's involuntary context switches so far. */
  switches(): number;
}

/** `undisturbedMs` on the given clocks. */
export function undisturbedWith(clocks: Clocks, run: (prepared: unknown) => unknown, setup?: () => unknown): number {
  let cpu = 0;
  for (let attempt = 0; attempt < undisturbedTries; attempt++) {
    const prepared = setup?.();
    const switches = clocks.switches();
    const cpuStarted = clocks.cpuMs();
    const started = clocks.wallMs();
    run(prepared);
    const elapsed = clocks.wallMs() - started;
    cpu = clocks.cpuMs() - cpuStarted;
    if (clocks.switches() === switches) return elapsed;
  }
  return cpu;
}

/** The process's clocks; the main thread's CPU time (the process's before Node 22.19). */
const processClocks: Clocks = {
  wallMs: () => performance.now(),
  cpuMs: () => {
    const { user, system } = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
    return (user + system) / 1000;
  },
  switches: () => process.resourceUsage().involuntaryContextSwitches,
};
