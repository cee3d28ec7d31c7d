/**
 * The peer: Starlight's asides, the closest thing in the ecosystem (a
 * directive → markup plugin on both processors). Same prose, same number of
 * container blocks per article: asides (`:::note[…]`) for Starlight, ours
 * (`:::quote`, `:::correction`, `:::summary`) for us. A block's cost is the
 * time with the plugin minus the processor alone on the same articles,
 * divided by the blocks; rounds alternate, as in the other benchmarks.
 *
 * Starlight's plugins are not exported: they are imported from its `dist`
 * files, so this follows the version in bench/package.json. Each round
 * measures both, in alternating order; the budget takes the round's ratio
 * ours / theirs.
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
import { corpus, proseOf } from '../generate.ts';
import { cpuMs, interleavedPerItem, ratios } from '../protocol.ts';
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
  rounds: number;
  /** Microseconds a block adds, median of the rounds. */
  peerMicrosecondsPerBlock: number;
  newsroomMicrosecondsPerBlock: number;
  /** Median of the rounds' ours / theirs: below 1, a block of ours costs less. */
  ratio: number;
}

const blocksPerArticle = 6;

/** The generated articles' prose with `blocksPerArticle` container blocks spread through each. */
function articles(count: number, block: (index: number, sentence: string) => string): string[] {
  return corpus(count).map((article) => {
    const prose = proseOf(article.markdown);
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
}

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

/** Renders the documents; gives back the last one's HTML. */
type Run = (documents: string[]) => string;

function unifiedRun(...plugins: [unknown, unknown?][]): Run {
  let processor = unified().use(remarkParse);
  for (const [plugin, options] of plugins) processor = processor.use(plugin as never, options as never);
  const frozen = processor.use(remarkRehype).use(rehypeStringify).freeze();
  return (documents) => {
    let html = '';
    for (const value of documents)
      html = String(frozen.processSync(new VFile({ path: fileURLToPath(fileURL), value })));
    return html;
  };
}

function satteriRun(plugins: MdastPluginEntry[]): Run {
  return (documents) => {
    let html = '';
    for (const source of documents) {
      html = markdownToHtml(source, { features: { directive: true }, fileURL, mdastPlugins: plugins }).html;
    }
    return html;
  };
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
  const count = smoke ? 5 : 300;
  const corpora = { peer: articles(count, asides), ours: articles(count, ours) };
  const runs = {
    unified: {
      base: unifiedRun([remarkDirective]),
      // `remarkAsides(options)` is the attacher, as Starlight registers it.
      peer: unifiedRun([remarkDirective], [remarkAsides(starlightOptions)]),
      ours: unifiedRun([remarkNewsroom]),
    },
    satteri: {
      base: satteriRun([]),
      peer: satteriRun(starlightSatteriPlugins(starlightOptions).mdastPlugins),
      ours: satteriRun([satteriNewsroom()]),
    },
  };
  const time = (run: Run, documents: string[]) => cpuMs(() => run(documents));
  return (['unified', 'satteri'] as const).map((processor) => {
    const { base, peer, ours: newsroom } = runs[processor];
    const perBlock = { peer: [] as number[], ours: [] as number[] };
    const blocks = count * blocksPerArticle;
    // Each plugin must have rendered its blocks, or this would time nothing.
    const peerBlocks = peer(corpora.peer.slice(0, 1)).match(/class="starlight-aside /g)?.length;
    const ourBlocks = newsroom(corpora.ours.slice(0, 1)).match(/ data-nr="/g)?.length;
    if (peerBlocks !== blocksPerArticle || ourBlocks !== blocksPerArticle) {
      throw new Error(`peer bench (${processor}): ${peerBlocks} asides and ${ourBlocks} blocks of ${blocksPerArticle}`);
    }
    if (!smoke) for (const run of [base, peer, newsroom]) time(run, corpora.ours);
    for (let round = 0; round < rounds; round++) {
      // Each plugin against the processor alone on its own articles, in alternating order.
      const pairs = [
        ['peer', peer, corpora.peer],
        ['ours', newsroom, corpora.ours],
      ] as const;
      for (const [name, run, documents] of round % 2 ? [...pairs].reverse() : pairs) {
        // Article by article, with and without the plugin alternating: whole-corpus passes one after the
        // other let a change of load between them decide the difference (a round's peer cost came out negative).
        const { alone, withPlugin } = interleavedPerItem(1, documents, {
          alone: (document) => base([document]),
          withPlugin: (document) => run([document]),
        });
        perBlock[name].push((((withPlugin[0] as number) - (alone[0] as number)) / blocks) * 1000);
      }
    }
    const perRound = ratios(perBlock.ours, perBlock.peer);
    return {
      processor,
      articles: count,
      blocksPerArticle,
      rounds,
      peerMicrosecondsPerBlock: Math.round(median(perBlock.peer)),
      newsroomMicrosecondsPerBlock: Math.round(median(perBlock.ours)),
      ratio: Number(median(perRound).toFixed(2)),
      ratios: perRound,
    };
  });
}
