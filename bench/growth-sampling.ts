/**
 * The growth part's sampler (see bench/parts/growth.ts for why it samples
 * this way). A round is `blocks` blocks; a block renders every size, each
 * size `reps` times with the control and ours alternating one rendering at a
 * time, so whatever slows the machine down during a block (another process
 * on the sibling core, a busy neighbour) slows the control and ours, the
 * small sizes and the large ones, alike. The round's added time at a size
 * is the median of its blocks' differences (one disturbed block does not
 * move it), and its exponent is taken from those.
 */
import { cpuMs } from './protocol.ts';
import { growthExponent, median } from './stats.ts';

export interface GrowthSampling {
  /** CPU time of ours per size and block, ms: a size is rendered that many times in a row (at least once). */
  sampleMs: number;
  /** Blocks per round. */
  blocks: number;
  /** Least added time at the smallest size for a block to give an exponent, ms per document. */
  floorMs: number;
}

/** A processor's control and ours: each renders one document. */
export interface Contenders {
  control: (markdown: string) => unknown;
  ours: (markdown: string) => unknown;
}

/** One round: per size, the medians over the blocks (ms per document); the round's exponent. */
export interface RoundSample {
  controlMs: number[];
  oursMs: number[];
  addedMs: number[];
  /** `growthExponent` of the added times (NaN when the smallest size's is under the floor). */
  exponent: number;
}

/** Renderings per size and block: warms both sides, then sizes a block's share of ours to `sampleMs`. */
export function calibrate(contenders: Contenders, documents: readonly string[], sampleMs: number): number[] {
  return documents.map((document) => {
    contenders.control(document);
    contenders.ours(document);
    // The median of three renderings: one disturbed rendering does not set the work per sample.
    const once = median([1, 2, 3].map(() => cpuMs(() => contenders.ours(document))));
    return Math.max(1, Math.round(sampleMs / Math.max(once, 0.01)));
  });
}

/** One round of `sampling.blocks` blocks over every size (see the file comment). */
export function sampleRound(
  contenders: Contenders,
  sizes: readonly number[],
  documents: readonly string[],
  reps: readonly number[],
  sampling: GrowthSampling,
  round: number,
): RoundSample {
  const perBlock: { control: number[]; ours: number[]; added: number[] }[] = [];
  for (let block = 0; block < sampling.blocks; block++) {
    const flip = (round + block) % 2 === 1;
    const control = documents.map(() => 0);
    const ours = documents.map(() => 0);
    // Sizes in rising order, falling the next block.
    const order = documents.map((_, i) => i);
    if (flip) order.reverse();
    for (const i of order) {
      const document = documents[i] as string;
      for (let rep = 0; rep < (reps[i] as number); rep++) {
        if ((rep % 2 === 1) !== flip) {
          ours[i] += cpuMs(() => contenders.ours(document));
          control[i] += cpuMs(() => contenders.control(document));
        } else {
          control[i] += cpuMs(() => contenders.control(document));
          ours[i] += cpuMs(() => contenders.ours(document));
        }
      }
    }
    const each = (totals: number[]) => totals.map((ms, i) => ms / (reps[i] as number));
    perBlock.push({
      control: each(control),
      ours: each(ours),
      added: each(ours.map((ms, i) => ms - (control[i] as number))),
    });
  }
  const perSize = (pick: (block: (typeof perBlock)[number]) => number[]) =>
    sizes.map((_, i) => median(perBlock.map((block) => pick(block)[i] as number)));
  const addedMs = perSize((block) => block.added);
  return {
    controlMs: perSize((block) => block.control),
    oursMs: perSize((block) => block.ours),
    addedMs,
    exponent: growthExponent(sizes, addedMs, sampling.floorMs),
  };
}
