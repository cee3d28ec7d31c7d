/**
 * The peer method can tell: bench/peer-sampling.ts, fed a unified pipeline
 * with two fake plugins of known cost per block, gives their ratio; with a
 * per-article pass added to one of them, the marginal figure (reported) still
 * gives the ratio per block, while the pass shows in the per-article figure,
 * in the "added per block" figure and in the budget's figure, which charges
 * each block a sixth of the pass.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { type PeerContenders, peerCorpus, samplePeer } from './peer-sampling.ts';
import { median } from './stats.ts';

/** The little of mdast these plugins read. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** Where the plugins' results go, so the optimiser cannot drop their loops. */
let kept = 0;
const spin = (iterations: number) => {
  let sum = 0;
  for (let i = 0; i < iterations; i++) sum += Math.sqrt(i + kept);
  kept = sum % 7;
};

/** Work per container directive, and per text node outside them (a per-article pass): iterations of `spin`. */
const fakePlugin =
  ({ perBlock, perText = 0 }: { perBlock: number; perText?: number }) =>
  () =>
  (tree: Node) => {
    const walk = (node: Node) => {
      if (node.type === 'containerDirective') {
        spin(perBlock);
        return;
      }
      if (node.type === 'text' && perText) spin(perText);
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };

const render = (...plugins: (() => (tree: Node) => void)[]) => {
  let processor = unified().use(remarkParse).use(remarkDirective);
  for (const plugin of plugins) processor = processor.use(plugin);
  const frozen = processor.use(remarkRehype).use(rehypeStringify).freeze();
  return (document: string) => String(frozen.processSync(document));
};

const documents = peerCorpus(25, 24, {
  peer: (_, sentence) => `:::note\n${sentence}\n:::`,
  ours: (_, sentence) => `:::quote\n${sentence}\n:::`,
});

const measure = (contenders: PeerContenders) => {
  samplePeer(contenders, documents, 1, 5); // warm-up: compiles every path before the rounds count
  const rounds = samplePeer(contenders, documents, 3, 5);
  return {
    ratio: median(rounds.map((r) => r.ratio)),
    issueRatio: median(rounds.map((r) => r.issueRatio)),
    addedRatio: median(rounds.map((r) => r.addedRatio)),
    oursPassUs: median(rounds.map((r) => r.oursPassUs)),
    peerMarginalUs: median(rounds.map((r) => r.peerMarginalUs)),
  };
};

// A loaded machine makes the renderings slower and tried again more often (three
// tries each, then CPU time): at load 9 a case took up to 3 minutes. Slow is not wrong.
describe('the peer method', { timeout: 600_000 }, () => {
  // About 0.2 ms per block: well above the noise of a rendering on a loaded machine.
  const unit = 60_000;

  it('gives the ratio of two plugins whose blocks cost 2 : 1', () => {
    const { ratio } = measure({
      alone: render(),
      peer: render(fakePlugin({ perBlock: unit })),
      ours: render(fakePlugin({ perBlock: 2 * unit })),
    });
    // Bounds symmetric in log with the 1 : 2 case (÷ 1.4, × 1.35): at load 9 the rounds read 1.37 to 3.2, the
    // medians 2.12 and 1.56 in two runs. A sampler that does not subtract the processor alone would read about 1.35
    // (estimated from its 0.74 in the case below).
    expect(ratio).toBeGreaterThan(1.43);
    expect(ratio).toBeLessThan(2.7);
  });

  it('gives 1 : 2 the other way round', () => {
    const { ratio } = measure({
      alone: render(),
      peer: render(fakePlugin({ perBlock: 2 * unit })),
      ours: render(fakePlugin({ perBlock: unit })),
    });
    // The mirror of the case above: 1 / 2.7 to 1 / 1.43. The median read 0.718 at load 7 before the timing took
    // CPU time after three disturbed tries (the old bound was 0.67); now 0.556 and 0.467 at load 9, single rounds
    // up to 0.68. A sampler that does not subtract the processor alone reads 0.74.
    expect(ratio).toBeGreaterThan(0.37);
    expect(ratio).toBeLessThan(0.7);
  });

  it('keeps a per-article pass out of the marginal figure, and charges the budget a sixth of it', () => {
    // Ours: the same cost per block as the peer, plus work on every text node outside the blocks.
    const figures = measure({
      alone: render(),
      peer: render(fakePlugin({ perBlock: unit })),
      ours: render(fakePlugin({ perBlock: unit, perText: unit })),
    });
    // Counting the pass against the blocks would give about 2.2 here.
    expect(figures.ratio).toBeGreaterThan(0.6);
    expect(figures.ratio).toBeLessThan(1.6);
    // The pass is there, and the old figure (added / blocks) counts it against the blocks.
    // Every article has 25 to 40 text nodes, each costing what a block does: the pass is worth over ten blocks.
    expect(figures.oursPassUs).toBeGreaterThan(10 * figures.peerMarginalUs);
    expect(figures.addedRatio).toBeGreaterThan(1.5);
    // The budget charges a block a sixth of the pass: over ten blocks' worth of pass makes ours cost well over twice.
    expect(figures.issueRatio).toBeGreaterThan(1.5);
  });
});
