/**
 * Paired in one process (not part of `pnpm bench`; run by hand on a built
 * example server and a store the `ondemand` part writes):
 *
 *   node --experimental-strip-types [--cpu-prof] bench/scale-ab.ts <store.db> [--rounds=400] [--batch=20] [--before=<dist folder>] [--requests-out=<file>] [--render=both|only] [--pages=without] [--sides=with,blocks-by-hand,by-hand,without] [--check=5] [--articles=200]
 *
 * The built server's request handler (`dist/server/entry.mjs`, not started)
 * behind an HTTP server on 127.0.0.1 in this process, asked one request at a
 * time, the two contenders alternating request by request, so a busy moment
 * of the shared machine hits both alike:
 *   - without `--before`: an article with our blocks and the same article
 *     without our directives (`b<i>`, `p<i>`); `--sides=with,by-hand,without`
 *     (any of them, in that order or another, the first compared with each
 *     other) adds the article with our markup written by hand as raw HTML
 *     (`h<i>`, the whole body, as the Astro parts' control) or only our
 *     blocks by hand, the prose left as Markdown (`blocks-by-hand`, `k<i>`):
 *     controls that emit the same markup, checked first to print the same
 *     article HTML as ours on the first `--check` articles;
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
 * the first contender, `without` for the second, `by hand` or `blocks by hand` for those controls) and start and end on the
 * monotonic clock in µs (and whether it was a request or a render), as
 * scale-profile.ts writes its batches: with Node's
 * `--cpu-prof`, to split the profile by contender.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { numbersArg } from './probes/args.ts';
import { checkByHand } from './same-markup.ts';
import { serverRoot } from './scale-server.ts';
import { blocksByHandSlug, byHand, withBlocks, withoutBlocks } from './scale-store.ts';
import { median } from './stats.ts';

/** A text option (`--before=<folder>`: a path may hold `=`). Numbers go through `numbersArg`, which refuses non-numbers. */
function option(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}
const numberOption = (name: string, fallback: number) => numbersArg(name, [fallback])[0] as number;

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
 * Not protocol.ts's `cpuMs`, which times a synchronous function: a request is
 * timed across its callbacks.
 */
const processCpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** The monotonic clock in µs (`--requests-out`). */
const microseconds = () => Number(process.hrtime.bigint() / 1000n);
/** What a profile's sample falls under (`--requests-out`). */
type Kind = 'with' | 'without' | 'by hand' | 'blocks by hand';
const requestLog: { kind: Kind; what: 'request' | 'render'; start: number; end: number; requests: 1 }[] = [];

/** One GET, the body read to its end; the process's CPU time it took, in µs. */
function timed(url: string, kind?: Kind): Promise<number> {
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
async function timedRender(render: (slug: string) => Promise<unknown>, slug: string, kind?: Kind): Promise<number> {
  const start = processCpu();
  const startClock = microseconds();
  await render(slug);
  if (kind) requestLog.push({ kind, what: 'render', start: startClock, end: microseconds(), requests: 1 });
  return processCpu() - start;
}

interface Contender {
  name: string;
  /** What a profile's sample falls under (`--requests-out`). */
  kind: Kind;
  /** The CPU µs of the i-th ask; negative i: warm-up. */
  ask(i: number): Promise<number>;
}

async function main() {
  const database = process.argv[2];
  if (!database || database.startsWith('--')) throw new Error('usage: scale-ab.ts <store.db> [--rounds=N] [--batch=N]');
  process.env.NEWSROOM_DB = database;
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const rounds = numberOption('rounds', 400);
  const batch = numberOption('batch', 20);
  const before = option('before', '');
  const articles = numberOption('articles', 200);
  const builds = before ? [join(serverRoot, 'dist'), before] : [join(serverRoot, 'dist')];
  const servers = await Promise.all(builds.map(serve));
  // Before and after on the articles with blocks, or with `--pages=without` on those without.
  const pages = option('pages', 'with') === 'without' ? withoutBlocks : withBlocks;
  const named = {
    with: { name: 'with blocks', kind: 'with' as Kind, build: 0, slug: withBlocks },
    'by-hand': { name: 'by hand', kind: 'by hand' as Kind, build: 0, slug: byHand },
    'blocks-by-hand': { name: 'blocks by hand', kind: 'blocks by hand' as Kind, build: 0, slug: blocksByHandSlug },
    without: { name: 'without', kind: 'without' as Kind, build: 0, slug: withoutBlocks },
  };
  const sides = before
    ? [
        { name: 'after', kind: 'with' as Kind, build: 0, slug: pages },
        { name: 'before', kind: 'without' as Kind, build: 1, slug: pages },
      ]
    : option('sides', 'with,without')
        .split(',')
        .map((side) => {
          const found = named[side as keyof typeof named];
          if (!found)
            throw new Error(`scale-ab: --sides takes with, by-hand, blocks-by-hand and without, not "${side}"`);
          return found;
        });
  const checked = numberOption('check', 5);
  for (const side of sides.filter((s) => s.slug === byHand || s.slug === blocksByHandSlug)) {
    await checkByHand(servers[0]?.url ?? '', checked, side.slug);
    console.log(`${side.name}: the same article HTML as with blocks on the first ${checked} articles`);
  }
  const slugOf = (side: (typeof sides)[number], i: number) => side.slug(Math.abs(i) % articles);
  const renderMode = option('render', '');
  const groups: Contender[][] = [];
  if (renderMode !== 'only')
    groups.push(
      sides.map((side) => ({
        name: `request, ${side.name}`,
        kind: side.kind,
        ask: (i: number) =>
          timed(`${servers[side.build]?.url}/artikel/${slugOf(side, i)}/?r=${i}`, i < 0 ? undefined : side.kind),
      })),
    );
  if (renderMode) {
    const renders = await Promise.all(builds.map(renderFunction));
    groups.push(
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
  const contenders = groups.flat();
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
  // Within each group (requests, renders), the first contender against each other, and the others pairwise.
  let offset = 0;
  for (const group of groups) {
    const at = (k: number) => column(offset + k);
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [at(x), at(y)];
        const diff = a.map((v, j) => v - (b[j] ?? 0));
        const ratio = a.map((v, j) => v / (b[j] ?? 1));
        const [first, second] = [group[x]?.name, group[y]?.name];
        console.log(
          `| ${first} − ${second} | ${median(diff).toFixed(0)} (batches ${Math.min(...diff).toFixed(0)} to ${Math.max(...diff).toFixed(0)}) |`,
        );
        console.log(
          `| ${first} / ${second} | ${median(ratio).toFixed(3)} (batches ${Math.min(...ratio).toFixed(3)} to ${Math.max(...ratio).toFixed(3)}) |`,
        );
      }
    }
    offset += group.length;
  }
  console.log(
    `process CPU ${((cpu.user + cpu.system) / (contenders.length * rounds)).toFixed(0)} µs per ask, every thread`,
  );
  const requestsOut = option('requests-out', '');
  if (requestsOut) writeFileSync(requestsOut, JSON.stringify(requestLog));
  for (const server of servers) server.close();
  agent.destroy();
}

await main();
