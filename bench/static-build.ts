/**
 * Static builds as the archive grows (`pnpm bench --only=static-build
 * --sizes=1000,10000,30000`; the smoke run builds a few articles): a content
 * collection of generated articles (generate.ts), one page per article, with
 * the integration on Astro's default processor. Per size: the cold build's
 * time, time per article, and peak memory — the resident set of the whole
 * `astro build` process tree, sampled, and the main process's own peak.
 * What on-demand rendering saves is this, paid again on every build.
 *
 * Astro keeps a content collection's data store in one file by default; past
 * some tens of thousands of articles that file's text is longer than V8's
 * longest string and the build fails ("Invalid string length",
 * withastro/astro#13360). A size whose default build fails that way is
 * recorded as failed and built again with Astro's chunked store
 * (`experimental.collectionStorage: 'chunked'`, Astro 7.1+), as a newsroom
 * would have to.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroConfig, timedBuild } from './astro-site.ts';
import { writeCollectionSite } from './collection-site.ts';
import { article } from './generate.ts';

const here = fileURLToPath(new URL('./', import.meta.url));

/** How Astro kept the data store: its default single file, or chunked. */
export type Storage = 'single-file' | 'chunked';

export interface StaticBuild {
  articles: number;
  storage: Storage;
  /** Why the build failed (one line); the timings are then absent. */
  failed?: string;
  ms?: number;
  msPerArticle?: number;
  /** Peak resident set of the build's process tree (sampled every 250 ms). */
  peakTreeMB?: number;
  /** Peak resident set of the main `astro build` process (getrusage). */
  peakMainMB?: number;
  /** The build's V8 heap limit, where the run set one (`--heap-mb`). */
  heapMB?: number;
}

function writeSite(root: string, count: number, storage: Storage): void {
  // Articles one at a time: 30,000 sources need not be held at once.
  function* articles(): Generator<[string, string]> {
    for (let index = 0; index < count; index++) yield [`a${index}`, article(8, index).markdown];
  }
  writeCollectionSite(root, articles(), astroConfig('satteri', true, storage));
}

/** A failure's one-line reason when its message matches `pattern`, or undefined. */
const failureMatching =
  (pattern: RegExp, reason: string) =>
  (error: unknown): string | undefined =>
    pattern.test(error instanceof Error ? error.message : String(error)) ? reason : undefined;

/** The one-line reason of a build that failed for the data store's size, or undefined. */
export const storeTooLong = failureMatching(
  /Invalid string length/,
  "Astro's single-file data store is longer than V8's longest string (RangeError: Invalid string length)",
);

/** The one-line reason of a build that ran out of V8's heap, or undefined. */
export const outOfHeap = failureMatching(
  /heap out of memory|Allocation failed|Ineffective mark-compacts/,
  "the build's main process ran out of V8's heap (FATAL ERROR: JavaScript heap out of memory)",
);

/** One cold build of `count` articles with a store: its time and peak memory. */
export type BuildSite = (
  count: number,
  storage: Storage,
) => Promise<{ ms: number; peakTreeMB: number; peakMainMB: number }>;

const buildSite =
  (heapMB?: number): BuildSite =>
  async (count, storage) => {
    const root = join(here, '.sites', `static-build-${count}`);
    writeSite(root, count, storage);
    try {
      const { ms, peakTreeMB, peakMainMB } = await timedBuild(here, root, heapMB);
      return { ms, peakTreeMB, peakMainMB };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

export interface StaticBuildOptions {
  /** Build with both stores at every size (the smoke run). */
  chunkedToo?: boolean;
  /** Start with the chunked store (skip the single file a size is known to outgrow). */
  chunkedOnly?: boolean;
  /** V8's heap limit of the build (`--max-old-space-size`); Node's default otherwise. */
  heapMB?: number | undefined;
  build?: BuildSite;
}

/**
 * Each size with Astro's default store, and with the chunked one where that
 * fails for its size (or always, with `chunkedToo`: the smoke run builds both).
 * A build that runs out of V8's heap is recorded as failed too; any other
 * failure, and a chunked store longer than a string, ends the run.
 */
export async function measureStaticBuilds(sizes: number[], options: StaticBuildOptions = {}): Promise<StaticBuild[]> {
  const { chunkedToo = false, chunkedOnly = false, heapMB } = options;
  const buildWith = options.build ?? buildSite(heapMB);
  const stores: Storage[] = chunkedOnly ? ['chunked'] : ['single-file', 'chunked'];
  const results: StaticBuild[] = [];
  for (const count of sizes) {
    for (const storage of stores) {
      try {
        const { ms, peakTreeMB, peakMainMB } = await buildWith(count, storage);
        results.push({
          articles: count,
          storage,
          ms: Math.round(ms),
          msPerArticle: Number((ms / count).toFixed(2)),
          peakTreeMB,
          peakMainMB,
          ...(heapMB ? { heapMB } : {}),
        });
        if (!chunkedToo) break;
      } catch (error) {
        const failed = (storage === 'single-file' ? storeTooLong(error) : undefined) ?? outOfHeap(error);
        if (!failed) throw error;
        results.push({ articles: count, storage, failed, ...(heapMB ? { heapMB } : {}) });
      }
    }
  }
  return results;
}
