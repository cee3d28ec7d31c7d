/**
 * The growth budget can fail: the growth part's own sampler and statistic
 * (bench/growth-sampling.ts, growthExponent in bench/stats.ts), fed a unified
 * pipeline with a plugin that adds quadratic work and one that adds linear
 * work, at a share of the pipeline's time like ours (a small part of it).
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { budgetById } from './budgets.ts';
import { type Contenders, calibrate, sampleRound } from './growth-sampling.ts';
import { decide } from './protocol.ts';
import { growthExponent, median } from './stats.ts';

/** The little of mdast these plugins read. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** Where the plugins' results go, so the optimiser cannot drop their loops. */
let kept = 0;

/** Words of every text node; `work(words)` is the extra work a plugin does on them. */
const plugin = (work: (words: string[]) => number) => () => (tree: Node) => {
  const walk = (node: Node) => {
    if (node.type === 'text') kept += work((node.value ?? '').split(' '));
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
};

/** Every word compared with every other: n² work, as one replacement per directive that rescans its paragraph. */
const quadratic = plugin((words) => {
  let same = 0;
  for (const a of words) for (const b of words) if (a.length === b.length) same++;
  return same;
});
/** A fixed amount of work per word. */
const linear = plugin((words) => {
  let sum = 0;
  for (const word of words) for (let i = 0; i < 1000; i++) sum += word.charCodeAt(i % word.length);
  return sum;
});

/** Linear work plus a quadratic share (about 60 % of it at the largest size, 20 % at the smallest): exponent about 1.4. */
const mixed = plugin((words) => {
  let sum = 0;
  for (const word of words) for (let i = 0; i < 1000; i++) sum += word.charCodeAt(i % word.length);
  for (const a of words) for (const b of words) if (a.length === b.length) sum++;
  return sum;
});

const pipeline = (...extra: (() => (tree: Node) => void)[]) => {
  let processor = unified().use(remarkParse);
  for (const p of extra) processor = processor.use(p);
  const frozen = processor.use(remarkRehype).use(rehypeStringify).freeze();
  return (markdown: string) => frozen.processSync(markdown);
};

const sizes = [250, 500, 1_000, 2_000];
/** One paragraph of n words, as the growth part's shapes are. */
const documents = sizes.map((n) => Array.from({ length: n }, (_, i) => `wort${i % 97}`).join(' '));

function exponents(contenders: Contenders): number[] {
  const sampling = { sampleMs: 20, blocks: 3, floorMs: 0.05 };
  const reps = calibrate(contenders, documents, sampling.sampleMs);
  return Array.from({ length: 5 }, (_, round) => {
    const sample = sampleRound(contenders, sizes, documents, reps, sampling, round);
    return sample.exponent;
  });
}

const budget = budgetById('growth-our-directives-unified');

describe('growth exponent of an added cost (the growth part’s sampler and statistic)', () => {
  it('sees quadratic added work as about 2, and the budget is not met', () => {
    const values = exponents({ control: pipeline(), ours: pipeline(quadratic) });
    // Wide bounds: the machine running the tests may be busy; 1.5 is still far above linear. A round that
    // gives no exponent (at load 9 one of five did) is left out here, as "not decided" is by the budget.
    const finite = values.filter(Number.isFinite);
    expect(finite.length).toBeGreaterThanOrEqual(3);
    expect(median(finite)).toBeGreaterThan(1.5);
    expect(median(finite)).toBeLessThan(2.5);
    expect(decide(budget, values).verdict).not.toBe('met');
  }, 120_000);

  it('never marks linear work with a quadratic share as met: missed when its rounds agree', () => {
    const values = exponents({ control: pipeline(), ours: pipeline(mixed) });
    const { verdict } = decide(budget, values);
    expect(verdict).not.toBe('met');
    // On a loaded machine the rounds spread (1.11 1.42 1.08 1.09 0.94 at load 9, median 1.09) and the
    // protocol says "not decided"; a decision it does take must be that the limit is missed.
    if (verdict !== 'not decided') expect(median(values)).toBeGreaterThan(1.1);
  }, 120_000);

  it('sees linear added work as about 1', () => {
    const values = exponents({ control: pipeline(), ours: pipeline(linear) });
    expect(median(values)).toBeGreaterThan(0.75);
    expect(median(values)).toBeLessThan(1.25);
  }, 120_000);

  it('gives no exponent when the added time at the smallest size is under the floor', () => {
    expect(growthExponent([1, 8], [0.2, 1.6], 0.5)).toBeNaN();
    expect(growthExponent([1, 8], [1, 8], 0.5)).toBeCloseTo(1);
    expect(growthExponent([1, 2, 4, 8], [1, 4, 16, 64], 0.5)).toBeCloseTo(2);
    expect(decide(budget, [1, 1, Number.NaN, 1, 1]).verdict).toBe('not decided');
    expect(kept).toBeGreaterThan(0);
  });
});
