/**
 * Time per article as the corpus grows, on Sätteri in-process: 100, 1,000
 * and 10,000 generated articles through `markdownToHtml`, alone and with our
 * plugin (Astro's settings: directives on, typography on, unknown directives
 * kept). Anything we kept per document, or per process, would show as a
 * rising cost per article.
 */
import satteriNewsroom from 'remark-newsroom/satteri';
import { markdownToHtml } from 'satteri';
import { corpus, splitArticle } from './generate.ts';

export interface ScalePoint {
  articles: number;
  aloneMsPerArticle: number;
  newsroomMsPerArticle: number;
}

export function measureScale(smoke: boolean): ScalePoint[] {
  const sizes = smoke ? [10, 20] : [100, 1000, 10_000];
  const plugin = satteriNewsroom({ typography: true, unknownDirectives: 'keep' });
  const bodies = corpus(sizes.at(-1) as number).map((a) => splitArticle(a.markdown).body);
  const time = (documents: string[], withPlugin: boolean) => {
    const started = performance.now();
    for (const source of documents) {
      markdownToHtml(source, { features: { directive: true }, mdastPlugins: withPlugin ? [plugin] : [] });
    }
    return performance.now() - started;
  };
  // Warm both paths up on the smallest size first.
  time(bodies.slice(0, sizes[0]), true);
  time(bodies.slice(0, sizes[0]), false);
  return sizes.map((articles) => {
    const documents = bodies.slice(0, articles);
    const alone = time(documents, false);
    const ours = time(documents, true);
    return {
      articles,
      aloneMsPerArticle: Number((alone / articles).toFixed(3)),
      newsroomMsPerArticle: Number((ours / articles).toFixed(3)),
    };
  });
}
