/**
 * On demand at scale (`pnpm bench --only=ondemand [--scale=100000]`; the smoke
 * run uses a few hundred articles):
 *   1. a generated store (scale-store.ts): half the articles with our blocks,
 *      the other half the same articles without our directives;
 *   2. autocannon against one Node server (examples/news-server) on
 *      127.0.0.1, every run bounded in requests and seconds: requests per
 *      second, p50/p99 latency and the server's CPU time per request,
 *      uncached (every request an article never requested before) and cached
 *      (a warmed set), with and without blocks in alternating rounds — the
 *      same server, route and process, so the load others put on a shared
 *      machine hits both alike; medians over the rounds;
 *   3. a fresh server asked for every article of the store once (distinct
 *      articles only): its resident set after each tenth of the requests,
 *      and its peak.
 * Options: --scale=N (articles), --requests=N (uncached requests per kind and
 * round), --seconds=N (bound per run), --rounds=N, --skip-memory.
 */
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, type LoadResult, load, memoryOf, type RunningServer, startServer } from './scale-server.ts';
import { withBlocks, withoutBlocks, writeScaleStore } from './scale-store.ts';
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
  /** Uncached, round by round: req/s without / with blocks, and CPU ms per request with / without. */
  perRound: { requestsPerSecondRatio: number[]; cpuRatio: number[] };
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
    { blocks: true, slug: withBlocks },
    { blocks: false, slug: withoutBlocks },
  ];
  // The JIT warms up on articles no measured run asks for.
  for (const { slug } of kinds) await load(server, warmUp, options.seconds, (i) => `/artikel/${slug(pairs - 1 - i)}`);
  for (const { slug } of kinds) await load(server, cachedSet, options.seconds, (i) => `/artikel/${slug(i)}`);
  const samples = new Map<string, LoadResult[]>();
  const keep = (key: string, result: LoadResult) => samples.set(key, [...(samples.get(key) ?? []), result]);
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? kinds : [...kinds].reverse();
    const offset = cachedSet + round * requestsPerRound;
    for (const { blocks, slug } of order) {
      keep(
        `${blocks}/uncached`,
        await load(
          server,
          requestsPerRound,
          options.seconds,
          (i) => `/artikel/${slug(offset + (i % requestsPerRound))}`,
        ),
      );
    }
    for (const { blocks, slug } of order) {
      keep(
        `${blocks}/cached`,
        await load(server, requestsPerRound * 2, options.seconds, (i) => `/artikel/${slug(i % cachedSet)}`),
      );
    }
  }
  const uncached = (blocks: boolean) => samples.get(`${blocks}/uncached`) ?? [];
  const perRound = {
    requestsPerSecondRatio: uncached(false).map((r, i) =>
      ratio(r.requestsPerSecond, uncached(true)[i]?.requestsPerSecond ?? 0),
    ),
    cpuRatio: uncached(true).map((r, i) => ratio(r.cpuMsPerRequest, uncached(false)[i]?.cpuMsPerRequest ?? 0)),
  };
  const runs = [...samples].map(([key, results]): LoadRun => {
    const [blocks, cache] = key.split('/');
    const middle = (pick: (r: LoadResult) => number) => median(results.map(pick));
    return {
      blocks: blocks === 'true',
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
  const { runs: loadRuns, perRound } = await measureLoad(server, options);
  await server.stop();
  const memory = options.skipMemory ? undefined : await measureMemory(store.file, options);
  const run = (blocks: boolean, cache: LoadRun['cache']) =>
    loadRuns.find((r) => r.blocks === blocks && r.cache === cache) as LoadRun;
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
  return {
    articles: options.articles,
    storeMs: store.ms,
    load: loadRuns,
    ratios,
    perRound,
    ...(memory ? { memory } : {}),
    loadAverage: { start, end: os.loadavg().map((n) => Number(n.toFixed(2))) },
    note: `one Node server over a store of ${options.articles} articles (half with blocks, half the same articles without our directives); autocannon, 8 connections, 127.0.0.1; ${options.rounds} alternating rounds of at most ${options.requests} uncached requests per kind and ${options.seconds} s per run (medians); the server's memory cache holds 10,000 pages; CPU ms per request is the server process's user + system time`,
  };
}
