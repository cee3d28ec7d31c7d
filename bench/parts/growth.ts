/**
 * Growth with input size, on both processors, of the shapes that once were
 * (or are, in the processor) super-linear. Each shape is rendered at four
 * doubling sizes, by the processor with a plugin that does nothing (the
 * control: on Sätteri any JavaScript plugin leaves its native fast path, so
 * the control must have one too) and with ours. The budget is on the time we
 * ADD (ours − control): its growth exponent, 1 linear, 2 quadratic.
 * Sätteri's own parse of many directives in one paragraph is quadratic; the
 * control carries that, and the table shows its exponent beside ours.
 *
 * Why it is measured this way. The earlier version (best of 3 single
 * renderings per size, each side timed on its own, a least-squares slope per
 * round) spread 1.2–7.6 on unified over 5 rounds: never decidable. On unified
 * the time we add is 5–30 % of the control's, and on this shared virtual
 * machine the CPU time of the same rendering varies by tens of percent from
 * one moment to the next (a busy sibling core slows every instruction), so a
 * difference of two renderings timed seconds apart is mostly noise. Now
 * (bench/growth-sampling.ts):
 * - the control and ours alternate ONE rendering at a time, and a block
 *   renders every size (rising, then falling the next block): whatever slows
 *   the machine during a block slows both sides and every size alike;
 * - enough work per sample: a size is rendered until ours has taken about
 *   `sampleMs` of CPU in the block (at least once), and the time per
 *   document is taken;
 * - `blocks` blocks per round; the round's added time at a size is the
 *   median of the blocks' differences, so one disturbed block does not move it;
 * - the sizes reach those where the growth was found (1,000 to 4,000 credit
 *   lines or directives in one paragraph, 20,000 foreign directives): smaller
 *   sizes decide more easily (at one rendering of 150–300 ms a major garbage
 *   collection on either side can move the largest size's added time
 *   fourfold from block to block) but hide a quadratic share that only shows
 *   at the top, and a round that GC disturbs is "not decided" rather than
 *   met. Sätteri's control is itself quadratic on the directive shapes (its
 *   `a:b` shape at 20,000 takes over a second a rendering);
 * - the exponent is `growthExponent` (bench/stats.ts): the slope of
 *   log(added) over log(size) from the largest against the smallest size,
 *   an 8-fold lever; a least-squares fit over all four (reported beside it as
 *   `fitExponent`) also weighs the middle sizes, whose lever is short, and
 *   one disturbed middle size tilts it. A round whose added time at the
 *   smallest size is under `floorMs` (0.2 ms: 200 times the timer's
 *   resolution of 1 µs, and above the per-rendering jitter) gives no
 *   exponent, and the budget is "not decided".
 * - a full GC before each sample was tried and dropped: it made every
 *   rendering 2–5 times dearer (the heap regrows, V8's helper threads sweep
 *   into the next sample) and the part took 14 minutes for 3 rounds.
 * - the control emits our markup where a do-nothing plugin would not: on
 *   unified, remark-rehype renders a directive no plugin claimed as an empty
 *   `<div>`, which costs more than the text we restore `a:b` to; once our pass
 *   cost about 1 µs per directive, the added time at 2,500 directives fell
 *   under the floor (no exponent). So on the shapes that hold `a:b` the
 *   unified control prints our markup through remark-rehype handlers
 *   (`unifiedControlPrints`): each foreign text directive as its `:name`
 *   text, a credit as our `<span>`, `"Zitat"` with the locale's marks, the
 *   quote's `<figure>`. The part checks that it prints our HTML, so the added
 *   time is our pass alone. (Sätteri's control drops such directives: giving
 *   them back is our work, and stays in the added time.)
 * The budget can still fail: bench/growth.test.ts feeds the same sampler and
 * statistic a plugin that adds quadratic work (exponent about 2: not met) and
 * one that adds linear work (about 1).
 */

import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import satteriNewsroom from 'remark-newsroom/satteri';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { growthShapes } from '../budgets.ts';
import { calibrate, type GrowthSampling, type RoundSample, sampleRound } from '../growth-sampling.ts';
import { growthExponent, logLogSlope, median } from '../stats.ts';
import type { Part } from './part.ts';

type ShapeId = (typeof growthShapes)[number]['id'];
type ProcessorId = 'unified' | 'satteri';

/** remark-rehype's handlers, with which unified's control prints our markup (see the file comment). */
type Handlers = NonNullable<RemarkRehypeOptions['handlers']>;
type Hast = ReturnType<Handlers[string]>;
const element = (tagName: string, properties: Record<string, unknown>, children: unknown[]) =>
  ({ type: 'element', tagName, properties, children }) as Hast;
const text = (value: string) => ({ type: 'text', value }) as Hast;

/** A text directive as ours prints it: `:credit[…]` as our credit, any other (`a:b`) as its source `:b`. */
const restoredDirectives: Handlers = {
  textDirective: (state, node: { name: string }) =>
    node.name === 'credit'
      ? element('span', { dataNr: 'credit', className: ['nr-credit'], lang: 'de' }, state.all(node as never))
      : text(`:${node.name}`),
};
/** With typography, `"Zitat"` takes the locale's quote marks. */
const quotedZitat: Handlers = {
  text: (_state, node: { value: string }) => text(node.value.replaceAll('"Zitat"', '„Zitat“')),
};
/** `:::quote{by="A"}` around one paragraph: our figure, the marks around the paragraph's words. */
const quoteByA: Handlers = {
  containerDirective: (state, node: { children: unknown[] }) =>
    element('figure', { dataNr: 'quote', className: ['nr-quote'], lang: 'de' }, [
      element('blockquote', {}, [element('p', {}, [text('„'), ...state.all(node.children[0] as never), text('“')])]),
      element('figcaption', { className: ['nr-quote__caption'] }, [
        element('span', { className: ['nr-quote__by'] }, [text('A')]),
      ]),
    ]),
};

/**
 * Each shape, per processor the sizes it is measured at, and the handlers with which unified's control
 * prints our markup where a do-nothing control would print less (see the file comment).
 */
const shapes: Record<
  ShapeId,
  { make: (n: number) => string; sizes: Record<ProcessorId, number[]>; unifiedControlPrints?: Handlers }
> = {
  'quote-letters': {
    make: (n) => `"${'a'.repeat(n)}`,
    sizes: { unified: [100_000, 200_000, 400_000, 800_000], satteri: [250_000, 500_000, 1_000_000, 2_000_000] },
  },
  'foreign-directives': {
    make: (n) => 'a:b '.repeat(n),
    sizes: { unified: [2_500, 5_000, 10_000, 20_000], satteri: [2_500, 5_000, 10_000, 20_000] },
    unifiedControlPrints: restoredDirectives,
  },
  'credit-lines': {
    make: (n) => Array.from({ length: n }, () => '"Zitat" :credit[dpa] a:b').join('\n'),
    sizes: { unified: [250, 500, 1_000, 2_000], satteri: [250, 500, 1_000, 2_000] },
    unifiedControlPrints: { ...restoredDirectives, ...quotedZitat },
  },
  'our-directives': {
    make: (n) => ':credit[dpa] '.repeat(n),
    sizes: { unified: [500, 1_000, 2_000, 4_000], satteri: [500, 1_000, 2_000, 4_000] },
  },
  // A paragraph inside a block that is itself replaced: on Sätteri it once went over edit by edit.
  'foreign-directives-in-quote': {
    make: (n) => `:::quote{by="A"}\n${'a:b '.repeat(n).trimEnd()}\n:::`,
    sizes: { unified: [2_500, 5_000, 10_000, 20_000], satteri: [2_500, 5_000, 10_000, 20_000] },
    unifiedControlPrints: { ...restoredDirectives, ...quoteByA },
  },
};

const unifiedOurs = unified()
  .use(remarkParse)
  .use(remarkNewsroom, { typography: true })
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();
const unifiedControl = unified().use(remarkParse).use(remarkDirective).use(remarkRehype).use(rehypeStringify).freeze();
/** A control that prints our markup with the given handlers. */
const unifiedControlPrinting = (handlers: Handlers) =>
  unified().use(remarkParse).use(remarkDirective).use(remarkRehype, { handlers }).use(rehypeStringify).freeze();
const satteriOurs = satteriNewsroom({ typography: true });
/** Subscribes to nothing; asks for positions as ours does: Sätteri leaves its fast path and parses as it does for ours. */
const satteriNoop = { name: 'noop', options: { position: true }, before() {} };

/** Per processor: the control and ours. */
const processors: Record<ProcessorId, { control: (md: string) => unknown; ours: (md: string) => unknown }> = {
  unified: { control: (md) => unifiedControl.processSync(md), ours: (md) => unifiedOurs.processSync(md) },
  satteri: {
    control: (md) => markdownToHtml(md, { features: { directive: true }, mdastPlugins: [satteriNoop as never] }),
    ours: (md) => markdownToHtml(md, { features: { directive: true }, mdastPlugins: [satteriOurs] }),
  },
};

export interface GrowthRow {
  shape: ShapeId;
  processor: ProcessorId;
  sizes: number[];
  /** Renderings per sample at each size, and paired samples per size and round. */
  reps: number[];
  blocks: number;
  /** Medians over the rounds, per size, ms per document. */
  controlMs: number[];
  oursMs: number[];
  addedMs: number[];
  /** Exponent of the control's own time (the processor's growth, not ours). */
  controlExponent: number;
  /** Median over the rounds of the exponent the budget takes. */
  addedExponent: number;
  /** Each round's exponent (NaN when the smallest size's added time was under the floor). */
  roundExponents: number[];
  /** Each round's added ms per size. */
  roundAddedMs: number[][];
  /** Least-squares slope over every size of the median added times, for comparison. */
  fitExponent: number;
}

/**
 * Full run: per size and block about 100 ms of ours on Sätteri, 5 blocks a round; on unified (where the added
 * time is a small share of the control's, and one garbage collection landing on either side moves a single
 * rendering's difference by more than the added time) 200 ms and 9 blocks: with 5 blocks of 300 ms the
 * spreads over 3 rounds were 0.39–0.97, with 9 of 200 ms 0.06–0.78. Smoke: tiny sizes, one block, no floor.
 */
const fullSampling: Record<ProcessorId, GrowthSampling> = {
  unified: { sampleMs: 200, blocks: 9, floorMs: 0.2 },
  satteri: { sampleMs: 100, blocks: 5, floorMs: 0.2 },
};
const smokeSampling: GrowthSampling = { sampleMs: 0, blocks: 1, floorMs: 0 };

export const part: Part = {
  id: 'growth',
  what: 'growth exponent of the time we add, five shapes, both processors',
  async run({ smoke, rounds }) {
    const samplingOf = (processor: ProcessorId) => (smoke ? smokeSampling : fullSampling[processor]);
    const cases = growthShapes.flatMap(({ id }) =>
      (['unified', 'satteri'] as const).map((processor) => {
        const full = shapes[id].sizes[processor];
        const sizes = smoke ? full.slice(0, 2).map((n) => Math.max(2, Math.round(n / 50))) : full;
        const documents = sizes.map(shapes[id].make);
        const prints = processor === 'unified' ? shapes[id].unifiedControlPrints : undefined;
        const printing = prints && unifiedControlPrinting(prints);
        const contenders = printing
          ? { ...processors.unified, control: (md: string) => printing.processSync(md) }
          : processors[processor];
        if (printing) {
          // The control must print our markup, or the added time is not our pass alone.
          const [control, ours] = [contenders.control, contenders.ours].map((render) =>
            String(render(documents[0] ?? '')),
          );
          if (control !== ours) throw new Error(`growth ${id}: the unified control no longer prints our HTML`);
        }
        const sampling = samplingOf(processor);
        return {
          id,
          processor,
          sizes,
          documents,
          contenders,
          sampling,
          reps: calibrate(contenders, documents, sampling.sampleMs),
        };
      }),
    );
    // Rounds outermost: a round passes over every shape, so the rounds' spread sees the machine's drift over the part.
    const samples = cases.map(() => [] as RoundSample[]);
    for (let round = 0; round < rounds; round++) {
      cases.forEach((c, i) => {
        samples[i]?.push(sampleRound(c.contenders, c.sizes, c.documents, c.reps, c.sampling, round));
      });
    }
    const measured: Record<string, number[]> = {};
    const rows: GrowthRow[] = [];
    const notes: string[] = [];
    cases.forEach(({ id, processor, sizes, reps, sampling }, i) => {
      const perRound = samples[i] as RoundSample[];
      const exponents = perRound.map((round) => round.exponent);
      measured[`growth-${id}-${processor}`] = exponents;
      const perSize = (pick: (round: RoundSample) => number[]) =>
        sizes.map((_, s) => median(perRound.map((round) => pick(round)[s] as number)));
      const fixed = (values: number[], digits = 2) => values.map((v) => Number(v.toFixed(digits)));
      const controlMs = perSize((round) => round.controlMs);
      rows.push({
        shape: id,
        processor,
        sizes,
        reps,
        blocks: sampling.blocks,
        controlMs: fixed(controlMs),
        oursMs: fixed(perSize((round) => round.oursMs)),
        addedMs: fixed(perSize((round) => round.addedMs)),
        roundAddedMs: perRound.map((round) => fixed(round.addedMs, 3)),
        controlExponent: Number(growthExponent(sizes, controlMs, 0).toFixed(2)),
        addedExponent: Number(median(exponents).toFixed(2)),
        roundExponents: fixed(exponents),
        fitExponent: Number(
          logLogSlope(
            sizes,
            perSize((round) => round.addedMs),
          ).toFixed(2),
        ),
      });
      if (!smoke && exponents.some((e) => Number.isNaN(e))) {
        notes.push(
          `growth ${id} on ${processor}: added time at the smallest size under ${sampling.floorMs} ms in some round`,
        );
      }
    });
    return { measured, data: { rows }, notes };
  },
};
