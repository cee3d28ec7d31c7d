/**
 * Registers bench/static-build.ts (the SCALE engineer's): static builds of a
 * generated content collection as the archive grows, time per article and
 * peak memory of the build's process tree. Long at full size: only with
 * `--only=static-build` (`--sizes=1000,10000,30000`; `--storage=chunked` skips
 * Astro's single-file store, `--heap-mb=N` sets the build's V8 heap); the smoke
 * run builds 20.
 */
import { measureStaticBuilds } from '../static-build.ts';
import type { Part } from './part.ts';

export const part: Part = {
  id: 'static-build',
  what: 'static builds of 1,000 to 30,000 articles: ms per article, peak memory',
  onlyWhenAsked: true,
  async run({ smoke, option }) {
    const builds = await measureStaticBuilds(
      option('sizes', smoke ? '20' : '1000,10000,30000')
        .split(',')
        .map(Number),
      {
        chunkedToo: smoke,
        chunkedOnly: option('storage', '') === 'chunked',
        heapMB: Number(option('heap-mb', '0')) || undefined,
      },
    );
    return {
      measured: {},
      data: builds,
      notes: builds.map((b) =>
        b.failed
          ? `${b.articles} articles (${b.storage} store): failed: ${b.failed}`
          : `${b.articles} articles (${b.storage} store): ${b.msPerArticle} ms per article, peak ${b.peakTreeMB} MB`,
      ),
    };
  },
};
