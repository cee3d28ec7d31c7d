/**
 * On demand at scale (`pnpm bench --only=ondemand`; never in CI or the smoke run):
 *   1. a store of generated articles (100,000 by default) in the example
 *      server's SQLite store, once with our blocks and once with their prose only;
 *   2. autocannon against the Node server (examples/news-server) on
 *      127.0.0.1, each run bounded in requests and seconds: requests per
 *      second and p50/p99 latency, uncached (every request a distinct article)
 *      and cached (a warmed set of articles), with and without our blocks;
 *   3. the server's memory while it serves every article of the store once
 *      (sampled resident set and its peak);
 *   4. static builds (a content collection, one page per article) at growing
 *      sizes: time per article and peak memory.
 * Options: --articles=N (store), --requests=N (per autocannon run, bounded),
 * --seconds=N (per run), --static=1000,10000,30000, --skip-static, --skip-server, --skip-memory.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { fromMarkdown } from '../examples/news-server/src/store/from-markdown.ts';
import { openSqliteStore } from '../examples/news-server/src/store/sqlite.ts';
import { articleSource, astroConfig, timedBuild } from './astro-site.ts';
import { article, proseOf, splitArticle } from './generate.ts';

const here = fileURLToPath(new URL('./', import.meta.url));
const server = fileURLToPath(new URL('../examples/news-server/', import.meta.url));

export interface OnDemandOptions {
  articles: number;
  requests: number;
  seconds: number;
  staticSizes: number[];
  skipStatic: boolean;
  skipServer: boolean;
  skipMemory: boolean;
}

export interface LoadRun {
  blocks: boolean;
  cache: 'uncached' | 'cached';
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

export interface MemoryRun {
  blocks: boolean;
  distinctArticles: number;
  seconds: number;
  /** Resident set (average of the samples) in the first tenth of the requests, from halfway, in the last tenth, and the peak. */
  firstTenthMB: number;
  halfwayMB: number;
  lastTenthMB: number;
  peakMB: number;
}

export interface StaticBuild {
  articles: number;
  ms: number;
  msPerArticle: number;
  peakMemoryMB: number;
}

export interface OnDemandResults {
  articles: number;
  load: LoadRun[];
  ratios: Record<string, number>;
  memory: MemoryRun[];
  static: StaticBuild[];
  note: string;
}

const slugOf = (index: number) => `a${index}`;

/** A generated article with the frontmatter the site asks for; without blocks: its prose only. */
function generated(index: number, blocks: boolean): string {
  const { markdown } = article(8, index);
  const { frontmatter, body } = splitArticle(markdown);
  const topic = index % 50;
  const extra = [
    `teaser: Generated article ${index}.`,
    `published: ${new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString()}`,
    'topic:',
    `  label: Thema ${topic}`,
    `  href: /themen/thema-${topic}`,
  ].join('\n');
  const content = blocks ? body : proseOf(markdown).join('\n\n');
  return `${frontmatter.replace(/^---\n/, `---\n${extra}\n`)}\n${content}\n`;
}

/** Writes (or reuses) a store of `count` articles. */
function writeStore(count: number, blocks: boolean): string {
  const file = join(here, '.ondemand', `store-${blocks ? 'blocks' : 'prose'}-${count}.db`);
  if (existsSync(file)) return file;
  mkdirSync(join(here, '.ondemand'), { recursive: true });
  const store = openSqliteStore(`${file}.tmp`);
  for (let index = 0; index < count; index++) store.put(fromMarkdown(slugOf(index), generated(index, blocks)));
  store.close();
  execFileSync('mv', [`${file}.tmp`, file]);
  rmSync(`${file}.tmp-wal`, { force: true });
  rmSync(`${file}.tmp-shm`, { force: true });
  return file;
}

interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(database: string): Promise<Running> {
  const child = spawn(process.execPath, [join(server, 'dist/server/entry.mjs')], {
    cwd: server,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', NEWSROOM_DB: database, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** The server's resident set and its peak, from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** One autocannon run on 127.0.0.1, bounded in requests and seconds; `path(i)` names the i-th request's path. */
async function load(url: string, requests: number, seconds: number, path: (i: number) => string) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: 8,
    amount: requests,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: path(next++) }) }],
  });
  return {
    requests: result.requests.total,
    seconds: Number((result.duration ?? seconds).toFixed(1)),
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Throughput with and without blocks, both servers up at once and measured in
 * alternating rounds (the order switching each round), so the load others put
 * on a shared machine hits both alike; medians over the rounds.
 */
async function measureLoad(options: OnDemandOptions, rounds: number): Promise<LoadRun[]> {
  const servers = [
    { blocks: false, running: await startServer(writeStore(options.articles, false)) },
    { blocks: true, running: await startServer(writeStore(options.articles, true)) },
  ];
  const perRound = Math.max(1, Math.floor(options.requests / rounds));
  const stride = Math.max(1, Math.floor(options.articles / (perRound * rounds)));
  const samples = new Map<string, Awaited<ReturnType<typeof load>>[]>();
  for (const { running } of servers)
    await load(running.url, 200, 30, (i) => `/artikel/${slugOf(options.articles - 1 - i)}`);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const { blocks, running } of order) {
      // Uncached: each request a distinct article, a fresh slice each round.
      const offset = round * perRound;
      const uncached = await load(
        running.url,
        perRound,
        options.seconds,
        (i) => `/artikel/${slugOf(((offset + i) * stride) % options.articles)}`,
      );
      // Cached: 100 articles, warmed in the first round, requested over and over.
      if (round === 0) await load(running.url, 100, 30, (i) => `/artikel/${slugOf(i % 100)}`);
      const cached = await load(running.url, perRound * 4, options.seconds, (i) => `/artikel/${slugOf(i % 100)}`);
      for (const [cache, result] of [
        ['uncached', uncached],
        ['cached', cached],
      ] as const) {
        const key = `${blocks}/${cache}`;
        samples.set(key, [...(samples.get(key) ?? []), result]);
      }
    }
  }
  for (const { running } of servers) await running.stop();
  return [...samples].map(([key, results]) => {
    const [blocks, cache] = key.split('/');
    return {
      blocks: blocks === 'true',
      cache: cache as LoadRun['cache'],
      requests: results.reduce((sum, r) => sum + r.requests, 0),
      seconds: Number(results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)),
      requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
      p50ms: median(results.map((r) => r.p50ms)),
      p99ms: median(results.map((r) => r.p99ms)),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
    };
  });
}

/** A fresh server serves every article of the store once; its resident set is sampled throughout. */
async function measureMemory(options: OnDemandOptions, blocks: boolean): Promise<MemoryRun> {
  const running = await startServer(writeStore(options.articles, blocks));
  const pid = running.child.pid as number;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(memoryOf(pid).rss), 500);
  const started = performance.now();
  await load(running.url, options.articles, 3600, (i) => `/artikel/${slugOf(i % options.articles)}`);
  clearInterval(sampler);
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const average = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length));
  const half = Math.floor(samples.length / 2);
  const memory: MemoryRun = {
    blocks,
    distinctArticles: options.articles,
    seconds: Math.round((performance.now() - started) / 1000),
    firstTenthMB: average(samples.slice(0, tenth)),
    halfwayMB: average(samples.slice(half, half + tenth)),
    lastTenthMB: average(samples.slice(-tenth)),
    peakMB: Math.round(memoryOf(pid).peak),
  };
  await running.stop();
  return memory;
}

/** A content collection with one page per article, as a newsroom builds it statically. */
async function staticBuild(count: number): Promise<StaticBuild> {
  const root = join(here, '.sites', `ondemand-static-${count}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/articles'), { recursive: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  for (let index = 0; index < count; index++) {
    writeFileSync(join(root, 'src/articles', `${slugOf(index)}.md`), articleSource(article(8, index).markdown, 'with'));
  }
  writeFileSync(
    join(root, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './src/articles' }) }) };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html><body><Content /></body></html>\n",
  );
  writeFileSync(join(root, 'astro.config.mjs'), astroConfig('satteri', true));
  const { ms, rss } = await timedBuild(here, root);
  rmSync(root, { recursive: true, force: true });
  return {
    articles: count,
    ms: Math.round(ms),
    msPerArticle: Number((ms / count).toFixed(2)),
    peakMemoryMB: Math.round(rss / 2 ** 20),
  };
}

export async function measureOnDemand(options: OnDemandOptions): Promise<OnDemandResults> {
  const results: OnDemandResults = {
    articles: options.articles,
    load: [],
    ratios: {},
    memory: [],
    static: [],
    note: `measured on a shared 2-core machine (other engineers' builds and tests ran at the same time); autocannon with 8 connections on 127.0.0.1; with and without blocks in 3 alternating rounds (medians), at most ${options.requests} uncached requests in all and ${options.seconds} s per run; the memory cache holds 10,000 pages`,
  };
  if (!options.skipServer) {
    execFileSync('npx', ['pnpm@12.4.2', 'run', 'build'], { cwd: server, stdio: ['ignore', 'ignore', 'inherit'] });
    results.load = await measureLoad(options, 3);
    if (!options.skipMemory)
      for (const blocks of [false, true]) results.memory.push(await measureMemory(options, blocks));
    const run = (blocks: boolean, cache: LoadRun['cache']) =>
      results.load.find((r) => r.blocks === blocks && r.cache === cache) as LoadRun;
    for (const cache of ['uncached', 'cached'] as const) {
      results.ratios[`${cache}: req/s without / with blocks`] = Number(
        (run(false, cache).requestsPerSecond / run(true, cache).requestsPerSecond).toFixed(3),
      );
      results.ratios[`${cache}: p50 with / without blocks`] = Number(
        (run(true, cache).p50ms / Math.max(run(false, cache).p50ms, 1)).toFixed(3),
      );
    }
  }
  if (!options.skipStatic) for (const size of options.staticSizes) results.static.push(await staticBuild(size));
  return results;
}
