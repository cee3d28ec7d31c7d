/**
 * The peer: Starlight's asides, the closest thing in the ecosystem (a
 * directive → markup plugin on both processors). Same prose, the same number
 * of container blocks at the same places: asides (`:::note[…]`) for
 * Starlight, ours (`:::quote`, `:::correction`, `:::summary`) for us.
 *
 * The budget `peer-<processor>` is ours / theirs of the cost **per block at
 * the issue's density**: the marginal cost of a block (what a plugin adds on
 * articles with blocks, less what it adds on the same prose without them,
 * per block) plus a sixth of the plugin's per-article pass, as the figure the
 * issue quoted charged it when the articles had 6 blocks each. The pass (on
 * Sätteri our plugin visits every node, for typography and headings) is a
 * cost the issue names, so it stays in the budget. It is sampled at 24 blocks
 * an article (bench/peer-sampling.ts): with 6, a block was a few percent of
 * the rendering and the rounds spread 4.28 against a margin of 0.25.
 * Reported beside it: the marginal figures, each plugin's pass, and what a
 * plugin adds on the articles with 24 blocks divided by the blocks.
 *
 * Starlight's plugins are not exported: they are imported from its `dist`
 * files, so this follows the version in bench/package.json.
 */
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import satteriNewsroom from 'remark-newsroom/satteri';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type MdastPluginEntry, markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type PeerRound, peerCorpus, samplePeer } from '../peer-sampling.ts';
import { median } from '../stats.ts';
import type { Part } from './part.ts';

const starlight = new URL('./integrations/', import.meta.resolve('@astrojs/starlight'));
const { remarkAsides } = await import(new URL('remark-asides.js', starlight).href);
const { starlightSatteriPlugins } = await import(new URL('satteri.js', starlight).href);

/** What Starlight's plugins are told about the site: one docs collection, German labels. */
const site = new URL('file:///newsroom-bench-site/');
const starlightOptions = {
  starlightConfig: {
    defaultLocale: { lang: 'de', locale: 'root' },
    markdown: { processedDirs: [], headingLinks: false },
  },
  astroConfig: { root: site, srcDir: new URL('src/', site) },
  useTranslations: () => (key: string) => ({ 'aside.note': 'Hinweis', 'aside.tip': 'Tipp' })[key] ?? key,
  absolutePathToLang: () => 'de',
};
const fileURL = new URL('src/content/docs/artikel.md', site);

export interface PeerResult {
  processor: 'unified' | 'satteri';
  articles: number;
  blocksPerArticle: number;
  batchSize: number;
  rounds: number;
  /** µs per block, marginal (the budget's figure: with blocks − the same prose without), median of the rounds. */
  peerMarginalMicrosecondsPerBlock: number;
  newsroomMarginalMicrosecondsPerBlock: number;
  /** Median of the rounds' ours / theirs of the marginal figures (reported). */
  marginalRatio: number;
  /** Median of the rounds' ours / theirs at the issue's density, the pass included: the budget. Below 1, a block of ours costs less. */
  issueRatio: number;
  /** µs per article the plugin adds on the prose alone (its per-article pass). */
  peerPassMicroseconds: number;
  newsroomPassMicroseconds: number;
  /**
   * The figure the budget used before (reported, not decided): what the plugin adds on articles with
   * blocks, divided by the blocks, the per-article pass included; and the median of its rounds' ratios.
   */
  peerMicrosecondsPerBlock: number;
  newsroomMicrosecondsPerBlock: number;
  ratio: number;
}

/**
 * Blocks per article: 24, so that the blocks stand well above the noise of the article's rendering
 * (with 6, a block's cost was a few percent of it and the rounds spread 4.28 against a margin of 0.25).
 */
const blocksPerArticle = 24;
/** Articles per batch: the round's value is the median of the batches' figures. */
const batchSize = 10;

const asides = (index: number, sentence: string) =>
  [`:::note[Hinweis]\n${sentence}\n:::`, `:::tip\n${sentence}\n:::`, `:::caution[Achtung]\n${sentence}\n:::`][
    index % 3
  ] as string;
const ours = (index: number, sentence: string) =>
  [
    `:::quote{by="Pat Ryder" role="Sprecher"}\n${sentence}\n:::`,
    `:::correction{date="2024-06-19"}\n${sentence}\n:::`,
    `:::summary\n- ${sentence}\n:::`,
  ][index % 3] as string;

/** Renders one document; gives back its HTML. */
type Run = (document: string) => string;

function unifiedRun(...plugins: [unknown, unknown?][]): Run {
  let processor = unified().use(remarkParse);
  for (const [plugin, options] of plugins) processor = processor.use(plugin as never, options as never);
  const frozen = processor.use(remarkRehype).use(rehypeStringify).freeze();
  return (value) => String(frozen.processSync(new VFile({ path: fileURLToPath(fileURL), value })));
}

function satteriRun(plugins: MdastPluginEntry[]): Run {
  return (source) => markdownToHtml(source, { features: { directive: true }, fileURL, mdastPlugins: plugins }).html;
}

export const part: Part = {
  id: 'peer',
  what: "cost per block against Starlight's asides, both processors",
  async run({ smoke, rounds }) {
    const results = measurePeer(smoke, rounds);
    return {
      measured: Object.fromEntries(results.map((r) => [`peer-${r.processor}`, r.ratios])),
      data: results.map(({ ratios: _, ...r }) => r),
    };
  },
};

function measurePeer(smoke: boolean, rounds: number): (PeerResult & { ratios: number[] })[] {
  const count = smoke ? 10 : 200;
  const documents = peerCorpus(count, blocksPerArticle, { peer: asides, ours });
  const runs = {
    unified: {
      alone: unifiedRun([remarkDirective]),
      // `remarkAsides(options)` is the attacher, as Starlight registers it.
      peer: unifiedRun([remarkDirective], [remarkAsides(starlightOptions)]),
      ours: unifiedRun([remarkNewsroom]),
    },
    satteri: {
      alone: satteriRun([]),
      peer: satteriRun(starlightSatteriPlugins(starlightOptions).mdastPlugins),
      ours: satteriRun([satteriNewsroom()]),
    },
  };
  return (['unified', 'satteri'] as const).map((processor) => {
    const contenders = runs[processor];
    // Each plugin must have rendered its blocks, or this would time nothing.
    const peerBlocks = contenders.peer(documents.peer[0] as string).match(/class="starlight-aside /g)?.length;
    const ourBlocks = contenders.ours(documents.ours[0] as string).match(/ data-nr="/g)?.length;
    if (peerBlocks !== blocksPerArticle || ourBlocks !== blocksPerArticle) {
      throw new Error(`peer bench (${processor}): ${peerBlocks} asides and ${ourBlocks} blocks of ${blocksPerArticle}`);
    }
    // Warm up: the first renderings compile the code paths.
    if (!smoke) samplePeer(contenders, documents, 1, batchSize);
    const sampled = samplePeer(contenders, documents, rounds, smoke ? 5 : batchSize);
    const middle = (pick: (round: PeerRound) => number) => median(sampled.map(pick));
    return {
      processor,
      articles: count,
      blocksPerArticle,
      batchSize: smoke ? 5 : batchSize,
      rounds,
      peerMarginalMicrosecondsPerBlock: Math.round(middle((r) => r.peerMarginalUs)),
      newsroomMarginalMicrosecondsPerBlock: Math.round(middle((r) => r.oursMarginalUs)),
      marginalRatio: Number(middle((r) => r.ratio).toFixed(2)),
      issueRatio: Number(middle((r) => r.issueRatio).toFixed(2)),
      peerPassMicroseconds: Math.round(middle((r) => r.peerPassUs)),
      newsroomPassMicroseconds: Math.round(middle((r) => r.oursPassUs)),
      peerMicrosecondsPerBlock: Math.round(middle((r) => r.peerAddedUs)),
      newsroomMicrosecondsPerBlock: Math.round(middle((r) => r.oursAddedUs)),
      ratio: Number(middle((r) => r.addedRatio).toFixed(2)),
      ratios: sampled.map((r) => r.issueRatio),
    };
  });
}
