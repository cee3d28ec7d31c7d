/** The verdict on a budget and how a partial run merges into results.json. */
import { describe, expect, it } from 'vitest';
import type { Budget } from './budgets.ts';
import { budgets } from './budgets.ts';
import {
  batchedPerItem,
  type Clocks,
  decide,
  interleaved,
  medianOverBatches,
  ratios,
  undisturbedMs,
  undisturbedWith,
} from './protocol.ts';
import { mergeResults, type PartRecord } from './results.ts';

const ratio: Budget = {
  id: 'r',
  part: 'p',
  what: 'a ratio',
  limit: 1.05,
  direction: 'at most',
  margin: 0.05,
  kind: 'limit',
};

describe('decide', () => {
  it('meets a budget only with the median inside the limit and the spread inside the margin', () => {
    expect(decide(ratio, [1.01, 1.02, 1.03, 1.02, 1.04]).verdict).toBe('met');
    expect(decide(ratio, [1.1, 1.11, 1.09, 1.1, 1.12]).verdict).toBe('missed');
  });
  it('does not decide when the rounds spread wider than the margin, whatever the median', () => {
    const d = decide(ratio, [0.9, 1.0, 1.01, 1.02, 1.2]);
    expect(d.verdict).toBe('not decided');
    expect(d.reason).toContain('spread 0.300 > margin 0.050');
  });
  it('does not decide on fewer than five rounds, unless the budget is a size', () => {
    expect(decide(ratio, [1.0, 1.0]).verdict).toBe('not decided');
    expect(decide({ ...ratio, kind: 'size', limit: 2048, margin: 0 }, [1975]).verdict).toBe('met');
    expect(decide({ ...ratio, kind: 'size', limit: 2048, margin: 0 }, [2049]).verdict).toBe('missed');
  });
  it('reports a contract figure and never decides it', () => {
    expect(decide({ ...ratio, kind: 'contract' }, [1.3, 1.3, 1.3, 1.3, 1.3]).verdict).toBe('reported');
  });
  it('reads "at least" budgets the other way round', () => {
    const check: Budget = { ...ratio, limit: 100, margin: 50, direction: 'at least' };
    expect(decide(check, [150, 160, 170, 155, 165]).verdict).toBe('met');
    expect(decide(check, [50, 60, 70, 55, 65]).verdict).toBe('missed');
  });
  it('does not decide on a value that is not a number', () => {
    expect(decide(ratio, [1, Number.NaN, 1, 1, 1]).verdict).toBe('not decided');
    expect(decide(ratio, []).verdict).toBe('not decided');
  });
});

describe('interleaved rounds', () => {
  it('runs every measurement once a round, the order flipped every other round', async () => {
    const order: string[] = [];
    const samples = await interleaved(3, {
      ours: () => {
        order.push('ours');
        return 2;
      },
      control: () => {
        order.push('control');
        return 1;
      },
    });
    expect(order).toEqual(['ours', 'control', 'control', 'ours', 'ours', 'control']);
    expect(ratios(samples.ours, samples.control)).toEqual([2, 2, 2]);
  });
});

describe('rounds in batches, item by item', () => {
  it('runs every contender on every item in batches, one sum per batch and contender', () => {
    const order: string[] = [];
    const rounds = batchedPerItem(2, [1, 2, 3, 4], 2, {
      a: (item: number) => order.push(`a${item}`),
      b: (item: number) => order.push(`b${item}`),
    });
    // A rendering the machine switched out is run again at once: the order counts each run once.
    const runs = order.filter((name, index) => name !== order[index - 1]);
    expect(runs.slice(0, 8)).toEqual(['a1', 'b1', 'b2', 'a2', 'a3', 'b3', 'b4', 'a4']);
    expect(runs.slice(8, 10)).toEqual(['b1', 'a1']);
    expect(rounds).toHaveLength(2);
    expect(rounds[0]?.a).toHaveLength(2);
  });
  it("takes the median of the batches' figures: one disturbed batch does not move the round", () => {
    const round = { ours: [11, 11, 11, 90, 11], control: [10, 10, 10, 10, 10] };
    expect(medianOverBatches(round, (b) => b.ours / b.control)).toBeCloseTo(1.1);
  });
  it('times a rendering by the wall clock, finer than the CPU clock of a virtual machine', () => {
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const shorts = Array.from({ length: 7 }, () => undisturbedMs(() => busy(0.5)));
    const longs = Array.from({ length: 7 }, () => undisturbedMs(() => busy(1.5)));
    // Readings between the ticks of a 4 ms CPU clock: the wall clock of an undisturbed try (a loaded
    // machine may disturb every try of one rendering, which then reads CPU time, 0 or 4 ms).
    expect(shorts.some((ms) => ms >= 0.5 && ms < 1.5)).toBe(true);
    expect(longs.some((ms) => ms >= 1.5 && ms < 3)).toBe(true);
  });
});

describe('the budgets table', () => {
  it('has unique ids, each with a margin and a limit', () => {
    expect(new Set(budgets.map((b) => b.id)).size).toBe(budgets.length);
    for (const b of budgets) expect(Number.isFinite(b.limit) && b.margin >= 0, b.id).toBe(true);
  });
});

describe('undisturbedMs: wall time of an undisturbed try, else the CPU time of the last', () => {
  /**
   * Clocks scripted per try: each try reads switches, CPU and wall before the
   * run and after it. `wall` and `cpu` are what a try takes; `switched` whether
   * the process was switched out during it.
   */
  const scripted = (tries: { wall: number; cpu: number; switched: boolean }[]) => {
    let attempt = -1;
    let wall = 0;
    let cpu = 0;
    let switches = 0;
    const clocks: Clocks = {
      wallMs: () => wall,
      cpuMs: () => cpu,
      switches: () => switches,
    };
    const run = () => {
      attempt++;
      const now = tries[attempt];
      if (!now) throw new Error(`try ${attempt + 1} was not scripted`);
      wall += now.wall;
      cpu += now.cpu;
      if (now.switched) switches += 1;
    };
    return { clocks, run, tries: () => attempt + 1 };
  };

  it('takes the wall time of the first try that was not switched out', () => {
    const { clocks, run, tries } = scripted([
      { wall: 9, cpu: 4, switched: true },
      { wall: 2.5, cpu: 4, switched: false },
    ]);
    expect(undisturbedWith(clocks, run)).toBe(2.5);
    expect(tries()).toBe(2);
  });

  it('after three disturbed tries, takes the CPU time of the last, not a wall time', () => {
    const { clocks, run, tries } = scripted([
      { wall: 9, cpu: 4, switched: true },
      { wall: 7, cpu: 0, switched: true },
      { wall: 11, cpu: 8, switched: true },
    ]);
    expect(undisturbedWith(clocks, run)).toBe(8);
    expect(tries()).toBe(3);
  });

  it('prepares each try afresh, untimed', () => {
    const { clocks, run } = scripted([
      { wall: 5, cpu: 4, switched: true },
      { wall: 3, cpu: 4, switched: false },
    ]);
    const prepared: number[] = [];
    let made = 0;
    expect(
      undisturbedWith(
        clocks,
        (value) => {
          prepared.push(value as number);
          run();
        },
        () => ++made,
      ),
    ).toBe(3);
    expect(prepared).toEqual([1, 2]);
  });

  it('reads the process clocks by default', () => {
    expect(undisturbedMs(() => undefined)).toBeGreaterThanOrEqual(0);
  });
});

describe('results.json after a partial run', () => {
  const record = (date: string): PartRecord => ({
    machine: { cpu: date },
    date,
    rounds: 5,
    seconds: 1,
    loadBefore: 0,
    loadAfter: 0,
    data: {},
  });
  const decision = (id: string, part: string) => ({ ...decide(ratio, [1, 1, 1, 1, 1]), id, part });

  it('replaces the parts it ran and their budgets, and keeps every other part with its machine and date', () => {
    const previous = {
      parts: { unified: record('old'), peer: record('old') },
      decisions: { a: decision('a', 'unified'), b: decision('b', 'peer'), c: decision('c', 'peer') },
    };
    const merged = mergeResults(previous, { peer: record('new') }, { b: decision('b', 'peer') });
    expect(merged.parts.unified?.date).toBe('old');
    expect(merged.parts.unified?.machine).toEqual({ cpu: 'old' });
    expect(merged.parts.peer?.date).toBe('new');
    // c belonged to the re-run part and was not measured again: it goes, rather than stand as current.
    expect(Object.keys(merged.decisions).sort()).toEqual(['a', 'b']);
  });
});
