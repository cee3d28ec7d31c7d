/**
 * The peer part's method (see bench/parts/peer.ts for what it compares).
 *
 * Three figures per plugin, each one per round, from the same renderings:
 * - **per block, marginal** (the budget): what the plugin adds on articles
 *   with blocks, less what it adds on the same prose without them, per block.
 *   The plugin's cost of a block, without its per-article pass.
 * - **per-article pass**: what the plugin adds on the prose alone, per
 *   article (visiting every node, typography): the engine-share budget of
 *   the `unified` part measures ours already.
 * - **added per block** (the figure the budget used before): what the plugin
 *   adds on articles with blocks divided by the blocks, the per-article pass
 *   included. Reported, not decided.
 *
 * Every article is rendered seven times a round, one rendering after the
 * other (the processor alone, with the peer, with ours; on the prose, on the
 * peer's article and on ours), the order rotated from article to article.
 * Articles go in batches; a figure is taken per batch and the round's value
 * is its median over the batches, so one garbage collection or one busy
 * moment moves one batch, not the round (`batchedPerItem` in protocol.ts).
 */
import { corpus, proseOf } from './generate.ts';
import { type BatchSums, batchedPerItem, medianOverBatches } from './protocol.ts';

/** Renders one document. */
export type Render = (document: string) => unknown;

export interface PeerContenders {
  /** The processor without either plugin (on unified, with remark-directive). */
  alone: Render;
  peer: Render;
  ours: Render;
}

export interface PeerCorpus {
  /** Each article's prose, without blocks. */
  prose: string[];
  /** The same prose with the peer's blocks. */
  peer: string[];
  /** The same prose with ours, at the same places. */
  ours: string[];
  blocksPerArticle: number;
}

export interface PeerRound {
  /** µs per block, marginal (the budget's figure), median over the batches. */
  peerMarginalUs: number;
  oursMarginalUs: number;
  /** ours / peer of the marginal figures (reported); not finite when either marginal is not above zero. */
  ratio: number;
  /**
   * The budget's value for the round: ours / peer of what a block costs at the issue's density of
   * `issueBlocksPerArticle` blocks an article, the per-article pass included (marginal + pass / blocks);
   * not finite when either side is not above zero.
   */
  issueRatio: number;
  /** µs per article the plugin adds on the prose alone. */
  peerPassUs: number;
  oursPassUs: number;
  /** µs per block, with − alone on the articles with blocks, divided by the blocks (the pass included). */
  peerAddedUs: number;
  oursAddedUs: number;
  addedRatio: number;
}

/**
 * `count` articles of the bench's generated prose, `blocksPerArticle` blocks
 * spread through each (one after a paragraph from the first on, the rest at
 * the end), the peer's and ours at the same places.
 */
export function peerCorpus(
  count: number,
  blocksPerArticle: number,
  blocks: { peer: (index: number, sentence: string) => string; ours: (index: number, sentence: string) => string },
): PeerCorpus {
  const proses = corpus(count).map((article) => proseOf(article.markdown));
  const withBlocks = (block: (index: number, sentence: string) => string) =>
    proses.map((prose) => {
      const step = Math.max(1, Math.floor(prose.length / blocksPerArticle));
      const out: string[] = [];
      let added = 0;
      prose.forEach((paragraph, index) => {
        out.push(paragraph);
        if (index % step === 0 && added < blocksPerArticle) {
          const sentence = paragraph.split('. ')[0]?.replace(/\.$/, '') ?? 'Text';
          out.push(block(added++, `${sentence}.`));
        }
      });
      while (added < blocksPerArticle) out.push(block(added++, 'Noch ein Satz.'));
      return out.join('\n\n');
    });
  return {
    prose: proses.map((prose) => prose.join('\n\n')),
    peer: withBlocks(blocks.peer),
    ours: withBlocks(blocks.ours),
    blocksPerArticle,
  };
}

/**
 * The density the issue's figure was taken at (the bench's articles then had 6 blocks each): the
 * budget charges each block a sixth of the plugin's per-article pass, as that figure did.
 */
export const issueBlocksPerArticle = 6;

/** a / b when both are above zero; otherwise NaN, which `decide` reads as not decided, never as met. */
const positiveRatio = (a: number, b: number) => (a > 0 && b > 0 ? a / b : Number.NaN);

type Rendering = 'aloneProse' | 'peerProse' | 'oursProse' | 'aloneOnPeer' | 'peerOnPeer' | 'aloneOnOurs' | 'oursOnOurs';

/** `rounds` rounds of the seven renderings over the corpus, in batches of `batchSize` articles. */
export function samplePeer(
  contenders: PeerContenders,
  documents: PeerCorpus,
  rounds: number,
  batchSize: number,
): PeerRound[] {
  const { alone, peer, ours } = contenders;
  // Whole batches only: every batch's figure is per the same number of articles.
  const articles = Math.floor(documents.prose.length / batchSize) * batchSize;
  if (articles === 0) throw new Error(`peer sampling: fewer articles (${documents.prose.length}) than a batch`);
  const items = Array.from({ length: articles }, (_, index) => index);
  const at = (list: string[]) => (index: number) => list[index] as string;
  const prose = at(documents.prose);
  const peerArticle = at(documents.peer);
  const ourArticle = at(documents.ours);
  const sampled = batchedPerItem<Rendering, number>(rounds, items, batchSize, {
    aloneProse: (i) => alone(prose(i)),
    peerProse: (i) => peer(prose(i)),
    oursProse: (i) => ours(prose(i)),
    aloneOnPeer: (i) => alone(peerArticle(i)),
    peerOnPeer: (i) => peer(peerArticle(i)),
    aloneOnOurs: (i) => alone(ourArticle(i)),
    oursOnOurs: (i) => ours(ourArticle(i)),
  });
  const blocks = batchSize * documents.blocksPerArticle;
  const us = 1000;
  return sampled.map((round: BatchSums<Rendering>) => {
    const figure = (f: (b: Record<Rendering, number>) => number) => medianOverBatches(round, f);
    const peerMarginalUs = figure((b) => ((b.peerOnPeer - b.aloneOnPeer - (b.peerProse - b.aloneProse)) / blocks) * us);
    const oursMarginalUs = figure((b) => ((b.oursOnOurs - b.aloneOnOurs - (b.oursProse - b.aloneProse)) / blocks) * us);
    const peerAddedUs = figure((b) => ((b.peerOnPeer - b.aloneOnPeer) / blocks) * us);
    const oursAddedUs = figure((b) => ((b.oursOnOurs - b.aloneOnOurs) / blocks) * us);
    const peerPassUs = figure((b) => ((b.peerProse - b.aloneProse) / batchSize) * us);
    const oursPassUs = figure((b) => ((b.oursProse - b.aloneProse) / batchSize) * us);
    const peerAtIssue = peerMarginalUs + peerPassUs / issueBlocksPerArticle;
    const oursAtIssue = oursMarginalUs + oursPassUs / issueBlocksPerArticle;
    return {
      peerMarginalUs,
      oursMarginalUs,
      ratio: positiveRatio(oursMarginalUs, peerMarginalUs),
      issueRatio: positiveRatio(oursAtIssue, peerAtIssue),
      peerPassUs,
      oursPassUs,
      peerAddedUs,
      oursAddedUs,
      addedRatio: oursAddedUs / peerAddedUs,
    };
  });
}
