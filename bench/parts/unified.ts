/**
 * unified: remark-parse → (remark-directive | remark-newsroom) → remark-rehype
 * → rehype-stringify over generated articles, against two controls:
 * - baseline: remark-directive alone (directives become bare `div`s);
 * - markup-only: each article's finished tree (ours, computed once) handed on
 *   after the baseline's parse, so our markup goes through remark-rehype and
 *   rehype-stringify with no engine work. It must print the same HTML as ours
 *   (checked here), so ours − markup-only is the engine's own time.
 *
 * The budget `unified-engine-share` is (ours − markup-only) / baseline, per
 * batch of articles, the median over the batches. Beside it, reported: the
 * engine's transform timed directly (remark-newsroom's transform alone on a
 * tree parsed, untimed, just before) over the baseline. It spreads about a
 * third as wide, but it leaves out what the difference holds besides the
 * transform (our parse extensions, the garbage the pass leaves for later):
 * some 0.03 of the baseline in the runs that compared them, so it is not
 * the budget.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { corpus, proseOf, splitArticle } from '../generate.ts';
import { type BatchSums, batchedPerItem, cpuMs, medianOverBatches } from '../protocol.ts';
import { median } from '../stats.ts';
import type { Part } from './part.ts';

type Processor = { processSync(body: string | VFile): unknown };

const pipeline = (...plugins: unknown[][]): Processor => {
  let processor = unified().use(remarkParse);
  for (const [plugin, options] of plugins) processor = processor.use(plugin as never, options as never);
  return processor.use(remarkRehype).use(rehypeStringify).freeze() as unknown as Processor;
};

const timeAll = (processor: Processor, bodies: string[]) => () =>
  cpuMs(() => {
    for (const body of bodies) processor.processSync(body);
  });
/** One article with `processor`: the unit `batchedPerItem` alternates. */
const one = (processor: Processor) => (body: string) => processor.processSync(body);

export const part: Part = {
  id: 'unified',
  what: 'unified pipeline over 1,000 generated articles: ours, remark-directive alone, and the markup-only control',
  async run({ smoke, rounds }) {
    const count = smoke ? 20 : 1000;
    // Frontmatter is not Markdown: every pipeline gets the body only.
    const bodies = corpus(count).map((a) => splitArticle(a.markdown).body);
    const prose = corpus(count).map((a) => proseOf(a.markdown).join('\n\n'));
    const baseline = pipeline([remarkDirective]);
    const ours = pipeline([remarkNewsroom]);
    const engine = unified().use(remarkParse).use(remarkNewsroom).freeze();
    const finished = new Map(bodies.map((body) => [body, engine.runSync(engine.parse(body), new VFile(body))]));
    const markupOnly = pipeline(
      [remarkDirective],
      [() => (_tree: unknown, file: VFile) => finished.get(String(file.value))],
    );
    // The control is only a control if it emits our markup, byte for byte.
    for (const body of bodies.slice(0, 20)) {
      if (String(markupOnly.processSync(body)) !== String(ours.processSync(body))) {
        throw new Error('unified bench: the markup-only control does not print the same HTML as remark-newsroom');
      }
    }
    const smartypants = pipeline([remarkDirective], [remarkSmartypants]);
    const typography = pipeline([remarkNewsroom, { typography: true }]);
    if (!smoke) for (const run of [baseline, ours, markupOnly]) timeAll(run, bodies)();
    // Article by article, the contenders alternating, in batches of `batchSize` articles: each figure is
    // taken per batch and the round's value is its median over the batches (`batchedPerItem`), so a garbage
    // collection or a busy moment moves one batch, not the round. Renderings are timed by wall clock, run
    // again when the process was switched out (`undisturbedMs`): the CPU clock ticks in 4 ms here, coarser
    // than one rendering. One sum of CPU times per round spread 0.126 against a margin of 0.03.
    const batchSize = smoke ? 5 : 20;
    const corpusRuns = batchedPerItem(rounds, bodies, batchSize, {
      baseline: one(baseline),
      markupOnly: one(markupOnly),
      ours: one(ours),
      // The transform alone, on a tree parsed untimed before each try.
      engine: {
        setup: (body: string) => ({ tree: engine.parse(body), file: new VFile(body) }),
        run: (prepared: unknown) => {
          const { tree, file } = prepared as { tree: ReturnType<typeof engine.parse>; file: VFile };
          engine.runSync(tree, file);
        },
      },
    });
    const proseRuns = batchedPerItem(rounds, prose, batchSize, { baseline: one(baseline), ours: one(ours) });
    const typographyRuns = batchedPerItem(rounds, bodies, batchSize, {
      smartypants: one(smartypants),
      ours: one(typography),
    });
    const perRound = <Name extends string>(runs: BatchSums<Name>[], figure: (batch: Record<Name, number>) => number) =>
      runs.map((round) => medianOverBatches(round, figure));
    const share = perRound(corpusRuns, (b) => (b.ours - b.markupOnly) / b.baseline);
    const transformShare = perRound(corpusRuns, (b) => b.engine / b.baseline);
    /** The round's total per contender (ms), for articles per second and results.json. */
    const totals = <Name extends string>(runs: BatchSums<Name>[], name: Name) =>
      runs.map((round) => round[name].reduce((sum, ms) => sum + ms, 0));
    const perSecond = (samples: number[]) => Math.round((count / median(samples)) * 1000);
    const corpusTotals = {
      baseline: totals(corpusRuns, 'baseline'),
      markupOnly: totals(corpusRuns, 'markupOnly'),
      ours: totals(corpusRuns, 'ours'),
      engine: totals(corpusRuns, 'engine'),
    };
    return {
      measured: {
        'unified-engine-share': share,
        'unified-prose': perRound(proseRuns, (b) => b.ours / b.baseline),
        'unified-vs-none': perRound(corpusRuns, (b) => b.ours / b.baseline),
        'unified-typography-vs-smartypants': perRound(typographyRuns, (b) => b.ours / b.smartypants),
      },
      data: {
        articles: count,
        rounds,
        batchSize,
        baselineArticlesPerSecond: perSecond(corpusTotals.baseline),
        markupOnlyArticlesPerSecond: perSecond(corpusTotals.markupOnly),
        newsroomArticlesPerSecond: perSecond(corpusTotals.ours),
        markupOnlyRatio: Number(median(perRound(corpusRuns, (b) => b.markupOnly / b.baseline)).toFixed(3)),
        /** The transform timed alone / baseline per round, the median over the batches: reported beside the budget. */
        transformShare,
        /** The same as the part took it before (one sum per round, not per batch): reported. */
        shareOfSums: corpusTotals.ours.map(
          (ms, round) => (ms - (corpusTotals.markupOnly[round] as number)) / (corpusTotals.baseline[round] as number),
        ),
        samplesMs: {
          corpus: corpusTotals,
          prose: { baseline: totals(proseRuns, 'baseline'), ours: totals(proseRuns, 'ours') },
          typography: { smartypants: totals(typographyRuns, 'smartypants'), ours: totals(typographyRuns, 'ours') },
        },
      },
    };
  },
};
