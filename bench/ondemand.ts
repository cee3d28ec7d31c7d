/**
 * On demand at scale (`pnpm bench --only=ondemand [--scale=100000]`; the smoke
 * run uses a few hundred articles):
 *   1. a generated store (scale-store.ts): half the articles with our blocks,
 *      the other half the same articles without our directives; beside them
 *      two controls that emit the same markup (issue 22), checked to print
 *      the same article HTML on the first articles: the articles with blocks
 *      with only our blocks written by hand as raw HTML, the prose left as
 *      Markdown (`k<i>`, the budget's control: it differs from ours only in
 *      the work our engine does), and with the whole body by hand (`h<i>`,
 *      as the Astro parts' control: no Markdown left to parse);
 *   2. autocannon against one Node server (examples/news-server) on
 *      127.0.0.1, every run bounded in requests and seconds: requests per
 *      second, p50/p99 latency and the server's CPU time per request,
 *      uncached (every request an article never requested before) and cached
 *      (a warmed set), with and without blocks in alternating rounds — the
 *      same server, route and process, so the load others put on a shared
 *      machine hits both alike; medians over the rounds; uncached, the
 *      by-hand articles in the same rounds (CPU per request with / by hand);
 *   3. a fresh server asked for every article of the store once (distinct
 *      articles only): its resident set after each tenth of the requests,
 *      and its peak.
 * Options: --scale=N (articles), --requests=N (uncached requests per kind and
 * round), --seconds=N (bound per run), --rounds=N, --skip-memory.
 */
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkByHand } from './same-markup.ts';
import { buildServer, type LoadResult, load, memoryOf, type RunningServer, startServer } from './scale-server.ts';
import { blocksByHandSlug, byHand, withBlocks, withoutBlocks, writeScaleStore } from './scale-store.ts';
import { median } from './stats.ts';

const here = fileURLToPath(new URL('./', import.meta.url));

export interface OnDemandOptions {
  articles: number;
  requests: number;
  seconds: number;
  /** Alternating rounds with and without blocks (3 when not given). */
  rounds?: number | undefined;
  skipMemory: boolean;
}

/** Options with their defaults filled in. */
type Settled = OnDemandOptions & { rounds: number };

export interface LoadRun extends LoadResult {
  blocks: boolean;
  /** A control with our markup written by hand (uncached only): only our blocks, or the whole body. */
  byHand?: 'blocks' | 'whole body';
  cache: 'uncached' | 'cached';
  rounds: number;
}

export interface MemoryPoint {
  requests: number;
  rssMB: number;
}

export interface MemoryRun {
  distinctArticles: number;
  seconds: number;
  errors: number;
  /** The resident set after each tenth of the requests. */
  points: MemoryPoint[];
  peakMB: number;
}

export interface OnDemandResults {
  articles: number;
  storeMs: number;
  load: LoadRun[];
  ratios: Record<string, number>;
  /**
   * Uncached, round by round: req/s without / with blocks; CPU ms per request
   * with / without, with / blocks by hand and with / whole body by hand.
   */
  perRound: {
    requestsPerSecondRatio: number[];
    cpuRatio: number[];
    cpuByHandRatio: number[];
    cpuWholeByHandRatio: number[];
  };
  memory?: MemoryRun;
  /** `os.loadavg()` (1, 5, 15 min) when the part started and ended: how busy the machine was. */
  loadAverage: { start: number[]; end: number[] };
  note: string;
}

/** Uncached and cached, with and without blocks, the order switching round by round. */
async function measureLoad(
  server: RunningServer,
  options: Settled,
): Promise<{ runs: LoadRun[]; perRound: OnDemandResults['perRound'] }> {
  const pairs = Math.floor(options.articles / 2);
  const cachedSet = Math.min(100, Math.max(1, Math.floor(pairs / 10)));
  // Uncached slices come after the cached set; the warm-up takes the store's end.
  const warmUp = Math.min(1000, Math.floor(pairs / 10));
  const requestsPerRound = Math.max(
    1,
    Math.min(options.requests, Math.floor((pairs - cachedSet - warmUp) / options.rounds)),
  );
  const kinds = [
    { key: 'true', slug: withBlocks },
    { key: 'false', slug: withoutBlocks },
  ];
  // Uncached only: the by-hand control shares the rounds (its order flips with them).
  const uncachedKinds = [...kinds, { key: 'blocks', slug: blocksByHandSlug }, { key: 'whole body', slug: byHand }];
  // The JIT warms up on articles no measured run asks for.
  for (const { slug } of uncachedKinds)
    await load(server, warmUp, options.seconds, (i) => `/artikel/${slug(pairs - 1 - i)}`);
  for (const { slug } of kinds) await load(server, cachedSet, options.seconds, (i) => `/artikel/${slug(i)}`);
  const samples = new Map<string, LoadResult[]>();
  const keep = (key: string, result: LoadResult) => samples.set(key, [...(samples.get(key) ?? []), result]);
  for (let round = 0; round < options.rounds; round++) {
    const flip = <T>(list: T[]) => (round % 2 === 0 ? list : [...list].reverse());
    const offset = cachedSet + round * requestsPerRound;
    for (const { key, slug } of flip(uncachedKinds)) {
      keep(
        `${key}/uncached`,
        await load(
          server,
          requestsPerRound,
          options.seconds,
          (i) => `/artikel/${slug(offset + (i % requestsPerRound))}`,
        ),
      );
    }
    for (const { key, slug } of flip(kinds)) {
      keep(
        `${key}/cached`,
        await load(server, requestsPerRound * 2, options.seconds, (i) => `/artikel/${slug(i % cachedSet)}`),
      );
    }
  }
  const uncached = (key: string) => samples.get(`${key}/uncached`) ?? [];
  const perRound = {
    requestsPerSecondRatio: uncached('false').map((r, i) =>
      ratio(r.requestsPerSecond, uncached('true')[i]?.requestsPerSecond ?? 0),
    ),
    cpuRatio: uncached('true').map((r, i) => ratio(r.cpuMsPerRequest, uncached('false')[i]?.cpuMsPerRequest ?? 0)),
    cpuByHandRatio: uncached('true').map((r, i) =>
      ratio(r.cpuMsPerRequest, uncached('blocks')[i]?.cpuMsPerRequest ?? 0),
    ),
    cpuWholeByHandRatio: uncached('true').map((r, i) =>
      ratio(r.cpuMsPerRequest, uncached('whole body')[i]?.cpuMsPerRequest ?? 0),
    ),
  };
  const runs = [...samples].map(([key, results]): LoadRun => {
    const [kind, cache] = key.split('/');
    const middle = (pick: (r: LoadResult) => number) => median(results.map(pick));
    return {
      blocks: kind !== 'false',
      ...(kind === 'blocks' || kind === 'whole body' ? { byHand: kind } : {}),
      cache: cache as LoadRun['cache'],
      rounds: results.length,
      requests: results.reduce((sum, r) => sum + r.requests, 0),
      seconds: Number(results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)),
      requestsPerSecond: middle((r) => r.requestsPerSecond),
      p50ms: middle((r) => r.p50ms),
      p99ms: middle((r) => r.p99ms),
      cpuMsPerRequest: middle((r) => r.cpuMsPerRequest),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
    };
  });
  return { runs, perRound };
}

const ratio = (a: number, b: number) => Number((a / Math.max(b, 0.01)).toFixed(3));

/** A fresh server serves every article of the store once, both kinds interleaved; RSS after each tenth. */
async function measureMemory(database: string, options: Settled): Promise<MemoryRun> {
  const server = await startServer(database);
  const pairs = Math.floor(options.articles / 2);
  const total = pairs * 2;
  const slugOf = (n: number) => (n % 2 === 0 ? withBlocks(n / 2) : withoutBlocks((n - 1) / 2));
  const step = Math.max(1, Math.ceil(total / 10));
  const points: MemoryPoint[] = [];
  let errors = 0;
  const started = performance.now();
  for (let from = 0; from < total; from += step) {
    const count = Math.min(step, total - from);
    // Bounded: at least 20 requests a second, or the run stops short (and says so in `requests`).
    const result = await load(
      server,
      count,
      Math.max(60, Math.ceil(count / 20)),
      (i) => `/artikel/${slugOf(from + i)}`,
    );
    errors += result.errors;
    points.push({ requests: from + result.requests, rssMB: memoryOf(server.pid).rssMB });
  }
  const memory: MemoryRun = {
    distinctArticles: total,
    seconds: Math.round((performance.now() - started) / 1000),
    errors,
    points,
    peakMB: memoryOf(server.pid).peakMB,
  };
  await server.stop();
  return memory;
}

export async function measureOnDemand(given: OnDemandOptions): Promise<OnDemandResults> {
  const options = { ...given, rounds: given.rounds ?? 3 };
  const start = os.loadavg().map((n) => Number(n.toFixed(2)));
  const store = writeScaleStore(join(here, '.ondemand'), options.articles);
  buildServer();
  const server = await startServer(store.file);
  for (const control of [blocksByHandSlug, byHand]) {
    await checkByHand(server.url, Math.min(5, Math.floor(options.articles / 2)), control);
  }
  const { runs: loadRuns, perRound } = await measureLoad(server, options);
  await server.stop();
  const memory = options.skipMemory ? undefined : await measureMemory(store.file, options);
  const run = (blocks: boolean, cache: LoadRun['cache']) =>
    loadRuns.find((r) => r.blocks === blocks && !r.byHand && r.cache === cache) as LoadRun;
  const ratios: Record<string, number> = {};
  for (const cache of ['uncached', 'cached'] as const) {
    ratios[`${cache}: req/s without / with blocks`] = ratio(
      run(false, cache).requestsPerSecond,
      run(true, cache).requestsPerSecond,
    );
    ratios[`${cache}: CPU ms per request with / without blocks`] = ratio(
      run(true, cache).cpuMsPerRequest,
      run(false, cache).cpuMsPerRequest,
    );
    ratios[`${cache}: p50 with / without blocks`] = ratio(run(true, cache).p50ms, run(false, cache).p50ms);
  }
  for (const byHand of ['blocks', 'whole body'] as const) {
    const control = loadRuns.find((r) => r.byHand === byHand) as LoadRun;
    ratios[`uncached: CPU ms per request with blocks / ${byHand} by hand`] = ratio(
      run(true, 'uncached').cpuMsPerRequest,
      control.cpuMsPerRequest,
    );
  }
  return {
    articles: options.articles,
    storeMs: store.ms,
    load: loadRuns,
    ratios,
    perRound,
    ...(memory ? { memory } : {}),
    loadAverage: { start, end: os.loadavg().map((n) => Number(n.toFixed(2))) },
    note: `one Node server over a store of ${options.articles} articles (half with blocks, half the same articles without our directives) and, uncached only, the articles with blocks with our markup by hand as raw HTML, only our blocks (prose as Markdown; the budget's control) and the whole body (the same article HTML, checked on the first five; the page's JSON-LD lacks the fields our blocks' record drives, so the controls emit a few hundred bytes less); autocannon, 8 connections, 127.0.0.1; ${options.rounds} alternating rounds of at most ${options.requests} uncached requests per kind and ${options.seconds} s per run (medians); the server's memory cache holds 10,000 pages; CPU ms per request is the server process's user + system time`,
  };
}
