/**
 * unified: remark-parse → (remark-directive | remark-newsroom) → remark-rehype
 * → rehype-stringify over generated articles, against two controls:
 * - baseline: remark-directive alone (directives become bare `div`s);
 * - markup-only: each article's finished tree (ours, computed once) handed on
 *   after the baseline's parse, so our markup goes through remark-rehype and
 *   rehype-stringify with no engine work. It must print the same HTML as ours
 *   (checked here), so ours − markup-only is the engine's own time.
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
import { cpuMs, interleavedPerItem, ratios } from '../protocol.ts';
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
/** One article with `processor`: the unit `interleavedPerItem` alternates. */
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
    // Article by article, the contenders alternating: the engine share is a difference of a few percent of
    // the baseline, which whole-corpus passes seconds apart could not resolve on a loaded machine (spread 0.38).
    const corpusRuns = interleavedPerItem(rounds, bodies, {
      baseline: one(baseline),
      markupOnly: one(markupOnly),
      ours: one(ours),
    });
    const proseRuns = interleavedPerItem(rounds, prose, { baseline: one(baseline), ours: one(ours) });
    const typographyRuns = interleavedPerItem(rounds, bodies, {
      smartypants: one(smartypants),
      ours: one(typography),
    });
    const share = corpusRuns.ours.map(
      (ms, round) => (ms - (corpusRuns.markupOnly[round] as number)) / (corpusRuns.baseline[round] as number),
    );
    const perSecond = (samples: number[]) => Math.round((count / median(samples)) * 1000);
    return {
      measured: {
        'unified-engine-share': share,
        'unified-prose': ratios(proseRuns.ours, proseRuns.baseline),
        'unified-vs-none': ratios(corpusRuns.ours, corpusRuns.baseline),
        'unified-typography-vs-smartypants': ratios(typographyRuns.ours, typographyRuns.smartypants),
      },
      data: {
        articles: count,
        rounds,
        baselineArticlesPerSecond: perSecond(corpusRuns.baseline),
        markupOnlyArticlesPerSecond: perSecond(corpusRuns.markupOnly),
        newsroomArticlesPerSecond: perSecond(corpusRuns.ours),
        markupOnlyRatio: Number(median(ratios(corpusRuns.markupOnly, corpusRuns.baseline)).toFixed(3)),
        samplesMs: { corpus: corpusRuns, prose: proseRuns, typography: typographyRuns },
      },
    };
  },
};
