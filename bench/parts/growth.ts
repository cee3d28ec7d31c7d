/**
 * Growth with input size, on both processors, of the shapes that once were
 * (or are, in the processor) super-linear. Each shape is rendered at doubling
 * sizes, by the processor with a plugin that does nothing (the control: on
 * Sätteri any JavaScript plugin leaves its native fast path, so the control
 * must have one too) and with ours. The budget is on the time we ADD (ours −
 * control): the slope of log(added ms) over log(size), 1 linear, 2 quadratic.
 * Sätteri's own parse of many directives in one paragraph is quadratic; the
 * control carries that, and the table shows its exponent beside ours.
 * Where the added time is under 5 % of the control's at every size (noise
 * would decide its slope), the exponent of ours as a whole is taken.
 */

import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import satteriNewsroom from 'remark-newsroom/satteri';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { growthShapes } from '../budgets.ts';
import { cpuMs } from '../protocol.ts';
import { median } from '../stats.ts';
import type { Part } from './part.ts';

type ShapeId = (typeof growthShapes)[number]['id'];

/** Each shape and the sizes it is measured at (large enough to time, small enough for five rounds). */
const shapes: Record<ShapeId, { make: (n: number) => string; sizes: number[] }> = {
  'quote-letters': { make: (n) => `"${'a'.repeat(n)}`, sizes: [100_000, 200_000, 400_000, 800_000] },
  'foreign-directives': { make: (n) => 'a:b '.repeat(n), sizes: [2_500, 5_000, 10_000, 20_000] },
  'credit-lines': {
    make: (n) => Array.from({ length: n }, () => '"Zitat" :credit[dpa] a:b').join('\n'),
    sizes: [250, 500, 1_000, 2_000],
  },
  'our-directives': { make: (n) => ':credit[dpa] '.repeat(n), sizes: [500, 1_000, 2_000, 4_000] },
};

const unifiedOurs = unified()
  .use(remarkParse)
  .use(remarkNewsroom, { typography: true })
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();
const unifiedControl = unified().use(remarkParse).use(remarkDirective).use(remarkRehype).use(rehypeStringify).freeze();
const satteriOurs = satteriNewsroom({ typography: true });
/** Subscribes to nothing; asks for positions as ours does: Sätteri leaves its fast path and parses as it does for ours. */
const satteriNoop = { name: 'noop', options: { position: true }, before() {} };

/** Per processor: [control, ours]. */
const processors = {
  unified: [(md: string) => unifiedControl.processSync(md), (md: string) => unifiedOurs.processSync(md)],
  satteri: [
    (md: string) => markdownToHtml(md, { features: { directive: true }, mdastPlugins: [satteriNoop as never] }),
    (md: string) => markdownToHtml(md, { features: { directive: true }, mdastPlugins: [satteriOurs] }),
  ],
} as const;

/** Least-squares slope of log(y) over log(x). */
export function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(y, 0.01)));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(lx);
  const my = mean(ly);
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my);
    den += ((lx[i] as number) - mx) ** 2;
  }
  return num / den;
}

export interface GrowthRow {
  shape: ShapeId;
  processor: 'unified' | 'satteri';
  sizes: number[];
  /** Medians over the rounds, per size. */
  controlMs: number[];
  oursMs: number[];
  addedMs: number[];
  controlExponent: number;
  /** Median over the rounds of the exponent the budget takes. */
  addedExponent: number;
  basis: 'added time' | 'ours as a whole';
}

export const part: Part = {
  id: 'growth',
  what: 'growth exponent of the time we add, four shapes, both processors',
  async run({ smoke, rounds }) {
    const measured: Record<string, number[]> = {};
    const rows: GrowthRow[] = [];
    const repeats = smoke ? 1 : 3;
    const best = (run: () => unknown) => {
      let fastest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < repeats; i++) fastest = Math.min(fastest, cpuMs(run));
      return fastest;
    };
    for (const { id } of growthShapes) {
      const { make, sizes: full } = shapes[id];
      const sizes = smoke ? full.slice(0, 2).map((n) => Math.max(2, Math.round(n / 20))) : full;
      for (const processor of ['unified', 'satteri'] as const) {
        const [control, ours] = processors[processor];
        const perRound: { control: number[]; ours: number[] }[] = [];
        for (let round = 0; round < rounds; round++) {
          const sample = { control: [] as number[], ours: [] as number[] };
          for (const n of sizes) {
            const markdown = make(n);
            // Interleaved: the order flips every round.
            if (round % 2) {
              sample.ours.push(best(() => ours(markdown)));
              sample.control.push(best(() => control(markdown)));
            } else {
              sample.control.push(best(() => control(markdown)));
              sample.ours.push(best(() => ours(markdown)));
            }
          }
          perRound.push(sample);
        }
        const added = (s: { control: number[]; ours: number[] }) =>
          s.ours.map((ms, i) => ms - (s.control[i] as number));
        const perSize = (pick: (s: { control: number[]; ours: number[] }) => number[]) =>
          sizes.map((_, i) => median(perRound.map((s) => pick(s)[i] as number)));
        const controlMs = perSize((s) => s.control);
        const oursMs = perSize((s) => s.ours);
        const addedMs = perSize(added);
        const tiny = addedMs.every((ms, i) => ms < 0.05 * (controlMs[i] as number));
        const exponents = perRound.map((s) => (tiny ? slope(sizes, s.ours) : slope(sizes, added(s))));
        measured[`growth-${id}-${processor}`] = exponents;
        const round1 = (values: number[]) => values.map((ms) => Number(ms.toFixed(1)));
        rows.push({
          shape: id,
          processor,
          sizes,
          controlMs: round1(controlMs),
          oursMs: round1(oursMs),
          addedMs: round1(addedMs),
          controlExponent: Number(slope(sizes, controlMs).toFixed(2)),
          addedExponent: Number(median(exponents).toFixed(2)),
          basis: tiny ? 'ours as a whole' : 'added time',
        });
      }
    }
    return { measured, data: { rows } };
  },
};
