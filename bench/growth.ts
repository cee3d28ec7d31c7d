/**
 * Growth in input size of the paths that once were quadratic: a quote mark
 * followed by one long word (the URL pattern of typography), and many
 * directives that are not ours in one paragraph (restoration). Each input is
 * rendered at doubling sizes; the growth exponent is the slope of log(time)
 * over log(size): 1 is linear, 2 quadratic. The processor alone is measured
 * beside it: Sätteri's own directive parsing grows quadratically with the
 * directives in one paragraph, so the budget is on the time we add.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import satteriNewsroom from 'remark-newsroom/satteri';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';

export interface Growth {
  input: string;
  processor: string;
  sizes: number[];
  /** The processor alone (directives on, no plugin of ours). */
  baselineMs: number[];
  ms: number[];
  baselineExponent: number;
  exponent: number;
  /** How much faster than linear, or than the processor itself, ours grows: the budget. */
  excess: number;
}

/** Each input with the sizes it is measured at (large enough to time). */
const inputs: Record<string, { make: (n: number) => string; sizes: number[] }> = {
  'quote mark + n letters': { make: (n) => `"${'a'.repeat(n)}`, sizes: [100_000, 200_000, 400_000, 800_000] },
  'n directives in one paragraph': { make: (n) => 'a:b '.repeat(n), sizes: [5_000, 10_000, 20_000, 40_000] },
};

const unifiedPipeline = unified()
  .use(remarkParse)
  .use(remarkNewsroom, { typography: true })
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();

const unifiedBaseline = unified().use(remarkParse).use(remarkDirective).use(remarkRehype).use(rehypeStringify).freeze();

/** Per processor: [baseline, with remark-newsroom]. */
const processors: Record<string, [(markdown: string) => unknown, (markdown: string) => unknown]> = {
  unified: [(markdown) => unifiedBaseline.processSync(markdown), (markdown) => unifiedPipeline.processSync(markdown)],
  satteri: [
    (markdown) => markdownToHtml(markdown, { features: { directive: true } }),
    (markdown) =>
      markdownToHtml(markdown, {
        features: { directive: true },
        mdastPlugins: [satteriNewsroom({ typography: true })],
      }),
  ],
};

function time(run: () => unknown): number {
  // Best of five: the least disturbed run.
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Least-squares slope of log(ms) over log(size). */
function slope(sizes: number[], ms: number[]): number {
  const xs = sizes.map(Math.log);
  const ys = ms.map((m) => Math.log(Math.max(m, 0.01)));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return num / den;
}

export function measureGrowth(smoke: boolean): Growth[] {
  const out: Growth[] = [];
  for (const [input, { make, sizes: full }] of Object.entries(inputs)) {
    const sizes = smoke ? full.slice(0, 2).map((n) => n / 20) : full;
    for (const [processor, [baseline, ours]] of Object.entries(processors)) {
      const baselineMs: number[] = [];
      const ms: number[] = [];
      for (const n of sizes) {
        const markdown = make(n);
        baselineMs.push(time(() => baseline(markdown)));
        ms.push(time(() => ours(markdown)));
      }
      const round = (values: number[]) => values.map((m) => Number(m.toFixed(1)));
      out.push({
        input,
        processor,
        sizes,
        baselineMs: round(baselineMs),
        ms: round(ms),
        baselineExponent: Number(slope(sizes, baselineMs).toFixed(2)),
        exponent: Number(slope(sizes, ms).toFixed(2)),
        excess: Number((slope(sizes, ms) - Math.max(1, slope(sizes, baselineMs))).toFixed(2)),
      });
    }
  }
  return out;
}
