/**
 * Paired in one process (not part of `pnpm bench`; run by hand on a built
 * example server and a store the `ondemand` part writes):
 *
 *   node --experimental-strip-types [--cpu-prof] bench/scale-ab.ts <store.db> [--rounds=400] [--batch=20] [--before=<dist folder>] [--requests-out=<file>] [--render=both|only] [--pages=without]
 *
 * The built server's request handler (`dist/server/entry.mjs`, not started)
 * behind an HTTP server on 127.0.0.1 in this process, asked one request at a
 * time, the two contenders alternating request by request, so a busy moment
 * of the shared machine hits both alike:
 *   - without `--before`: an article with our blocks and the same article
 *     without our directives (`b<i>`, `p<i>`);
 *   - with `--before=<a copy of dist/ from before a change>`: that build and
 *     the current one, both on the articles with blocks (`--pages=without`:
 *     on those without).
 * With `--render=both`, every round also calls the example's `renderArticle`
 * (the store's row in, frontmatter schema and `renderNewsroom`) from the
 * build's chunks for both, with no request around it: the request's
 * difference less the render's is what the rest of the request adds;
 * `--render=only` times the render alone.
 * Every request is uncached: a query string no request had before is a new
 * key for the route cache, and the page renders again (the same HTML).
 * Per batch of `--batch` pairs, the median of each contender's process
 * CPU time per request (server and client: the client's share is the same
 * for both but for the larger body); the figures are the medians over the
 * batches. `--requests-out` writes every timed request's kind (`with` for
 * the first contender, `without` for the second) and start and end on the
 * monotonic clock in µs (and whether it was a request or a render), as
 * scale-profile.ts writes its batches: with Node's
 * `--cpu-prof`, to split the profile by contender.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverRoot } from './scale-server.ts';
import { withBlocks, withoutBlocks } from './scale-store.ts';
import { median } from './stats.ts';

function option(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
}

type Handler = (req: unknown, res: unknown) => void;

/** The handler of one build, behind its own HTTP server on a random loopback port. */
async function serve(dist: string): Promise<{ url: string; close(): void }> {
  const entry = (await import(pathToFileURL(join(dist, 'server/entry.mjs')).href)) as { handler: Handler };
  const server = createServer((req, res) => entry.handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * The process's CPU time in µs: the server's work and the client's (and the
 * collector's threads), not the time it waited, preempted. (On this machine
 * `threadCpuUsage` moves in uneven steps of milliseconds, `cpuUsage` in µs.)
 */
const processCpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** One GET, the body read to its end; the main thread's CPU time it took, in µs. */
const microseconds = () => Number(process.hrtime.bigint() / 1000n);
const requestLog: { kind: 'with' | 'without'; what: 'request' | 'render'; start: number; end: number; requests: 1 }[] =
  [];

function timed(url: string, kind?: 'with' | 'without'): Promise<number> {
  const start = processCpu();
  const startClock = microseconds();
  return new Promise((resolve, reject) => {
    httpRequest(url, { agent }, (response) => {
      response.on('data', () => {});
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${response.statusCode} for ${url}`));
        else {
          if (kind) requestLog.push({ kind, what: 'request', start: startClock, end: microseconds(), requests: 1 });
          resolve(processCpu() - start);
        }
      });
    })
      .on('error', reject)
      .end();
  });
}

/** The example's `renderArticle` and `articleStore` of one build, found by their export names in its chunks. */
async function renderFunction(dist: string): Promise<(slug: string) => Promise<unknown>> {
  const chunks = join(dist, 'server/chunks');
  const exported = async (pattern: RegExp, name: string) => {
    for (const file of readdirSync(chunks).filter((f) => pattern.test(f))) {
      const alias = new RegExp(`\\b${name} as (\\w+)`).exec(readFileSync(join(chunks, file), 'utf8'))?.[1];
      if (alias) return (await import(pathToFileURL(join(chunks, file)).href))[alias];
    }
    throw new Error(`no chunk of ${dist} exports ${name}`);
  };
  const renderArticle = await exported(/^article_.*\.mjs$/, 'renderArticle');
  const articleStore = await exported(/^sqlite_.*\.mjs$/, 'articleStore');
  return async (slug) => {
    const stored = articleStore().get(slug);
    if (!stored) throw new Error(`no article ${slug}`);
    return renderArticle(stored);
  };
}

/** The render alone, timed as `timed` times a request. */
async function timedRender(
  render: (slug: string) => Promise<unknown>,
  slug: string,
  kind?: 'with' | 'without',
): Promise<number> {
  const start = processCpu();
  const startClock = microseconds();
  await render(slug);
  if (kind) requestLog.push({ kind, what: 'render', start: startClock, end: microseconds(), requests: 1 });
  return processCpu() - start;
}

interface Contender {
  name: string;
  /** What a profile's sample falls under (`--requests-out`): the first of a pair is `with`. */
  kind: 'with' | 'without';
  /** The CPU µs of the i-th ask; negative i: warm-up. */
  ask(i: number): Promise<number>;
}

async function main() {
  const database = process.argv[2];
  if (!database || database.startsWith('--')) throw new Error('usage: scale-ab.ts <store.db> [--rounds=N] [--batch=N]');
  process.env.NEWSROOM_DB = database;
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const rounds = Number(option('rounds', '400'));
  const batch = Number(option('batch', '20'));
  const before = option('before', '');
  const articles = Number(option('articles', '200'));
  const builds = before ? [join(serverRoot, 'dist'), before] : [join(serverRoot, 'dist')];
  const servers = await Promise.all(builds.map(serve));
  // Before and after on the articles with blocks, or with `--pages=without` on those without.
  const pages = option('pages', 'with') === 'without' ? withoutBlocks : withBlocks;
  const sides = before
    ? [
        { name: 'after', kind: 'with' as const, build: 0, slug: pages },
        { name: 'before', kind: 'without' as const, build: 1, slug: pages },
      ]
    : [
        { name: 'with blocks', kind: 'with' as const, build: 0, slug: withBlocks },
        { name: 'without', kind: 'without' as const, build: 0, slug: withoutBlocks },
      ];
  const slugOf = (side: (typeof sides)[number], i: number) => side.slug(Math.abs(i) % articles);
  const renderMode = option('render', '');
  const pairs: Contender[][] = [];
  if (renderMode !== 'only')
    pairs.push(
      sides.map((side) => ({
        name: `request, ${side.name}`,
        kind: side.kind,
        ask: (i: number) =>
          timed(`${servers[side.build]?.url}/artikel/${slugOf(side, i)}/?r=${i}`, i < 0 ? undefined : side.kind),
      })),
    );
  if (renderMode) {
    const renders = await Promise.all(builds.map(renderFunction));
    pairs.push(
      sides.map((side) => ({
        name: `render, ${side.name}`,
        kind: side.kind,
        ask: (i: number) =>
          timedRender(
            renders[side.build] as (slug: string) => Promise<unknown>,
            slugOf(side, i),
            i < 0 ? undefined : side.kind,
          ),
      })),
    );
  }
  const contenders = pairs.flat();
  // The JIT warms up on requests no batch counts.
  for (let i = 0; i < 100; i++) for (const c of contenders) await c.ask(-1 - i);
  const batches: number[][] = [];
  const cpuStart = process.cpuUsage();
  for (let from = 0; from < rounds; from += batch) {
    const times: number[][] = contenders.map(() => []);
    for (let i = from; i < Math.min(rounds, from + batch); i++) {
      // Each pair back to back, its order and the pairs' order flipped every round.
      const order = contenders.map((_, k) => k);
      if (i % 2) order.reverse();
      for (const k of order) times[k]?.push(await (contenders[k] as Contender).ask(i));
    }
    batches.push(times.map(median));
  }
  const cpu = process.cpuUsage(cpuStart);
  const column = (k: number) => batches.map((b) => b[k] ?? 0);
  console.log(`| figure (µs of CPU, median over ${batches.length} batches of ${batch} rounds) | value |`);
  console.log('| --- | ---: |');
  contenders.forEach((c, k) => {
    console.log(`| ${c.name} | ${median(column(k)).toFixed(0)} |`);
  });
  pairs.forEach((pair, p) => {
    const [a, b] = [column(2 * p), column(2 * p + 1)];
    const diff = a.map((x, j) => x - (b[j] ?? 0));
    const [first, second] = pair.map((c) => c.name);
    console.log(
      `| ${first} − ${second} | ${median(diff).toFixed(0)} (batches ${Math.min(...diff).toFixed(0)} to ${Math.max(...diff).toFixed(0)}) |`,
    );
    console.log(`| ${first} / ${second} | ${median(a.map((x, j) => x / (b[j] ?? 1))).toFixed(3)} |`);
  });
  console.log(
    `process CPU ${((cpu.user + cpu.system) / (contenders.length * rounds)).toFixed(0)} µs per ask, every thread`,
  );
  const requestsOut = option('requests-out', '');
  if (requestsOut) writeFileSync(requestsOut, JSON.stringify(requestLog));
  for (const server of servers) server.close();
  agent.destroy();
}

await main();
