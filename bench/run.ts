/**
 * `pnpm bench`: the budgets in ARCHITECTURE.md and the docs’ Performance page, measured side by side in one run.
 *   1. unified pipeline with and without remark-newsroom over generated articles
 *   2. Astro 7 builds of 100 and 1,000 articles, with and without the integration,
 *      on Sätteri and on unified
 *   3. page weight of the example site (JS and CSS, raw and gzip)
 *   4. Lighthouse on the example article
 *   5. growth exponents of once-quadratic inputs (see growth.ts)
 *   6. a content collection: cold, warm, one edit (see collection.ts)
 *   7. the cost of a block against Starlight's asides (see peer.ts)
 *   8. time per article from 100 to 10,000 articles on Sätteri (see scale.ts)
 *   9. on demand: the Node server over a store of 100,000 articles, and static
 *      builds up to 30,000 (see ondemand.ts); only with --only=ondemand
 * Prints one table and writes bench/results.json. `--smoke` runs a few
 * articles of each, so the bench cannot rot; it asserts no times.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { check } from 'newsroom-cli';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { articleSource, astroConfig, type Site, timedBuild } from './astro-site.ts';
import { buildCollection, type CollectionBuild, type CollectionMeasure, summarise } from './collection.ts';
import { corpus, proseOf, splitArticle } from './generate.ts';
import { type Growth, measureGrowth } from './growth.ts';
import { measureOnDemand, type OnDemandResults } from './ondemand.ts';
import { measurePeer, type PeerResult } from './peer.ts';
import { measureScale, type ScalePoint } from './scale.ts';
import { median, spread } from './stats.ts';

const exec = promisify(execFile);
const here = fileURLToPath(new URL('./', import.meta.url));
const smoke = process.argv.includes('--smoke');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wants = (part: string) => !only || only.includes(part);

interface Results {
  machine: Record<string, string | number>;
  smoke: boolean;
  date: string;
  unified?: Record<string, number>;
  astro?: {
    processor: string;
    articles: number;
    site: Site;
    ms: number;
    msPerArticle: number;
    peakMemoryMB: number;
    round?: number;
  }[];
  astroRatios?: Record<string, number>;
  pageWeight?: { page: string; poll: boolean; js: number; jsGzip: number; css: number; cssGzip: number }[];
  lighthouse?: Record<string, number>;
  growth?: Growth[];
  check?: { files: number; ms: number; filesPerSecond: number };
  collection?: { builds: CollectionBuild[]; ratios: Record<string, { ratio: number; spread: number }> };
  peer?: PeerResult[];
  scale?: ScalePoint[];
  ondemand?: OnDemandResults;
  budgets: { budget: string; measured: string; limit: string; met: boolean }[];
}

const results: Results = {
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  },
  smoke,
  date: new Date().toISOString(),
  budgets: [],
};

/** A budget's name without its spread, which changes from run to run: what a partial run replaces. */
export function budgetKey(name: string): string {
  return name.replace(/ \(±\d+ %\)/, '').replace(/, ±\d+ %/, '');
}

function budget(
  name: string,
  measured: number,
  limit: number,
  format = (n: number) => n.toFixed(3),
  lowerIsBetter = true,
) {
  results.budgets.push({
    budget: name,
    measured: format(measured),
    limit: format(limit),
    met: lowerIsBetter ? measured <= limit : measured >= limit,
  });
}

/** Budgets on sizes, which hold on any machine: a smoke run fails when one is not met. */
const sizeBudgets: string[] = [];
function sizeBudget(name: string, measured: number, limit: number) {
  budget(name, measured, limit, String);
  sizeBudgets.push(name);
}

/** A spread as budgets print it: ±12 %. */
const pct = (fraction: number) => `±${(fraction * 100).toFixed(0)} %`;

/**
 * Time of two unified pipelines over the same bodies: rounds in alternating
 * order, so drift on a noisy machine hits both alike. Median ratio, and the
 * spread (max / min − 1) of the samples on either side.
 */
async function compare(bodies: string[], baseline: Processor, ours: Processor) {
  const samples: Record<'baseline' | 'ours', number[]> = { baseline: [], ours: [] };
  const rounds = smoke ? 1 : 6;
  const run = (processor: Processor) => {
    const started = performance.now();
    for (const body of bodies) processor.processSync(body);
    return performance.now() - started;
  };
  if (!smoke) {
    run(baseline);
    run(ours);
  }
  for (let round = 0; round < rounds; round++) {
    if (round % 2) {
      samples.ours.push(run(ours));
      samples.baseline.push(run(baseline));
    } else {
      samples.baseline.push(run(baseline));
      samples.ours.push(run(ours));
    }
  }
  const base = median(samples.baseline);
  const mine = median(samples.ours);
  return {
    ratio: Number((mine / base).toFixed(3)),
    spread: Number(Math.max(spread(samples.baseline), spread(samples.ours)).toFixed(3)),
    baselineArticlesPerSecond: Math.round((bodies.length / base) * 1000),
    newsroomArticlesPerSecond: Math.round((bodies.length / mine) * 1000),
  };
}

type Processor = { processSync(body: string): unknown };

async function benchUnified() {
  const count = smoke ? 20 : 1000;
  // Frontmatter is not Markdown: both pipelines get the body only.
  const bodies = corpus(count).map((a) => splitArticle(a.markdown).body);
  // The same articles with only their prose: paragraphs and headings, no blocks.
  const prose = corpus(count).map((a) => proseOf(a.markdown).join('\n\n'));
  const pipeline = (...plugins: unknown[][]) => {
    let processor = unified().use(remarkParse);
    for (const [plugin, options] of plugins) processor = processor.use(plugin as never, options as never);
    return processor.use(remarkRehype).use(rehypeStringify).freeze() as unknown as Processor;
  };
  const baseline = pipeline([remarkDirective]);
  const newsroom = pipeline([remarkNewsroom]);
  const corpusRun = await compare(bodies, baseline, newsroom);
  // The control: what our markup costs with no engine work at all. Each article's
  // finished tree (ours, computed once) replaces the baseline's parse and goes
  // through remark-rehype and rehype-stringify like any other tree. Its ratio is
  // the floor the contract's HTML sets; the engine's own cost is ours minus it.
  const engine = unified().use(remarkParse).use(remarkNewsroom).freeze();
  const finished = new Map(bodies.map((body) => [body, engine.runSync(engine.parse(body), new VFile(body))]));
  const markupOnly = pipeline(
    [remarkDirective],
    [() => (_tree: unknown, file: VFile) => finished.get(String(file.value))],
  );
  const markupRun = await compare(bodies, baseline, markupOnly);
  const proseRun = await compare(prose, baseline, newsroom);
  // With typography, the fair baseline is the usual typography plugin.
  const typographyRun = await compare(
    bodies,
    pipeline([remarkDirective], [remarkSmartypants]),
    pipeline([remarkNewsroom, { typography: true }]),
  );
  results.unified = {
    articles: count,
    baselineArticlesPerSecond: corpusRun.baselineArticlesPerSecond,
    newsroomArticlesPerSecond: corpusRun.newsroomArticlesPerSecond,
    ratio: corpusRun.ratio,
    spread: corpusRun.spread,
    markupOnlyRatio: markupRun.ratio,
    markupOnlySpread: markupRun.spread,
    proseRatio: proseRun.ratio,
    proseSpread: proseRun.spread,
    typographyRatio: typographyRun.ratio,
    typographySpread: typographyRun.spread,
  };
  budget(`unified: remark-newsroom / baseline time (${pct(corpusRun.spread)})`, corpusRun.ratio, 1.1);
  console.log(
    `unified control: our finished markup alone, no engine work / baseline = ${markupRun.ratio} (${pct(markupRun.spread)})`,
  );
  budget(`unified, prose only: remark-newsroom / baseline (${pct(proseRun.spread)})`, proseRun.ratio, 1.05);
  budget(
    `unified, typography on: remark-newsroom / remark-smartypants baseline (${pct(typographyRun.spread)})`,
    typographyRun.ratio,
    1.1,
  );
}

async function buildSite(processor: 'satteri' | 'unified', count: number, site: Site) {
  const root = join(here, '.sites', `${processor}-${site.replace(' ', '-')}-${count}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  for (const a of corpus(count)) {
    writeFileSync(join(root, 'src/pages', `${a.slug}.md`), articleSource(a.markdown, site));
  }
  writeFileSync(join(root, 'astro.config.mjs'), astroConfig(processor, site === 'with'));
  const { ms, rss: peak } = await timedBuild(here, root);
  rmSync(root, { recursive: true, force: true });
  return {
    processor,
    articles: count,
    site,
    ms: Math.round(ms),
    msPerArticle: Number((ms / count).toFixed(2)),
    peakMemoryMB: Math.round(peak / 2 ** 20),
  };
}

async function benchAstro() {
  results.astro = [];
  const sizes = smoke ? [5] : [100, 1000];
  const rounds = smoke ? 1 : 3;
  const processors = ['satteri', 'unified'] as const;
  for (let round = 1; round <= rounds; round++) {
    for (const count of sizes) {
      for (const processor of processors) {
        // Back to back, the order alternating round by round; the control only at the largest size.
        const sites: Site[] = count === sizes.at(-1) ? ['without', 'with', 'by hand'] : ['without', 'with'];
        for (const site of round % 2 ? sites : [...sites].reverse()) {
          results.astro.push({ ...(await buildSite(processor, count, site)), round });
        }
      }
    }
  }
  const summary = (processor: string, count: number, site: Site, field: 'ms' | 'msPerArticle' | 'peakMemoryMB') => {
    const values = results
      .astro!.filter((r) => r.processor === processor && r.articles === count && r.site === site)
      .map((r) => r[field]);
    return { median: median(values), spread: spread(values) };
  };
  results.astroRatios = {};
  for (const processor of processors) {
    const large = sizes.at(-1)!;
    const ours = summary(processor, large, 'with', 'ms');
    const base = summary(processor, large, 'without', 'ms');
    const ratio = ours.median / base.median;
    const widest = Math.max(ours.spread, base.spread);
    results.astroRatios[`${processor} with/without (${large})`] = Number(ratio.toFixed(3));
    budget(`Astro ${processor}: build with / without (${large} articles, ${pct(widest)})`, ratio, 1.15);
    const memory =
      summary(processor, large, 'with', 'peakMemoryMB').median /
      summary(processor, large, 'without', 'peakMemoryMB').median;
    budget(`Astro ${processor}: peak memory with / without (${large} articles)`, memory, 1.05);
    // No budget: the same pages with our markup written by hand (the control for what the markup itself costs).
    const byHand = summary(processor, large, 'by hand', 'ms');
    const control = byHand.median / base.median;
    const controlMemory =
      summary(processor, large, 'by hand', 'peakMemoryMB').median /
      summary(processor, large, 'without', 'peakMemoryMB').median;
    results.astroRatios[`${processor} by hand/without (${large})`] = Number(control.toFixed(3));
    results.astroRatios[`${processor} with/by hand (${large})`] = Number((ours.median / byHand.median).toFixed(3));
    results.astroRatios[`${processor} peak memory by hand/without (${large})`] = Number(controlMemory.toFixed(3));
    console.log(
      `Astro ${processor} control (no budget): the markup written by hand / without = ${control.toFixed(3)}, peak memory ${controlMemory.toFixed(3)}`,
    );
    if (sizes.length > 1) {
      const flat =
        summary(processor, 1000, 'with', 'msPerArticle').median /
        summary(processor, 100, 'with', 'msPerArticle').median;
      results.astroRatios[`${processor} ms/article 1000 vs 100`] = Number(flat.toFixed(3));
      budget(`Astro ${processor}: ms per article, 1,000 vs 100`, flat, 1.15);
    }
  }
}

/** A content collection, cold, warm and after one edit, on both processors (see collection.ts). */
async function benchCollection() {
  const count = smoke ? 5 : 3000;
  const rounds = smoke ? 1 : 3;
  const builds: CollectionBuild[] = [];
  const sites = ['without', 'with', 'by hand'] as const;
  for (let round = 1; round <= rounds; round++) {
    for (const processor of ['satteri', 'unified'] as const) {
      // Alternate which goes first, round by round.
      const order = round % 2 ? sites : [...sites].reverse();
      for (const site of order) builds.push(await buildCollection(here, processor, site, count, round));
    }
  }
  const ratios: Record<string, { ratio: number; spread: number }> = {};
  const ratio = (processor: string, site: Site, against: Site, measure: CollectionMeasure) => {
    const ours = summarise(builds, processor, site, measure);
    const base = summarise(builds, processor, against, measure);
    return {
      ratio: Number((ours.median / base.median).toFixed(3)),
      spread: Number(Math.max(ours.spread, base.spread).toFixed(3)),
    };
  };
  for (const processor of ['satteri', 'unified']) {
    for (const [measure, label, limit] of [
      ['coldMs', 'cold build', 1.15],
      ['warmMs', 'warm rebuild, nothing changed', 1.05],
      ['editMs', 'rebuild after one edit', 1.05],
      ['peakMemoryMB', 'peak memory', 1.05],
    ] as const) {
      const r = ratio(processor, 'with', 'without', measure);
      ratios[`${processor} ${label}`] = r;
      budget(`Astro ${processor} collection (${count}): ${label}, with / without (${pct(r.spread)})`, r.ratio, limit);
      // No budget: the same pages with the markup written by hand, the fair control for content size.
      ratios[`${processor} ${label}, with / markup by hand`] = ratio(processor, 'with', 'by hand', measure);
    }
    // No budget: what the warm and edit ratios scale with (the blocks' content, which the build without drops).
    ratios[`${processor} content store size`] = ratio(processor, 'with', 'without', 'storeMB');
  }
  results.collection = { builds, ratios };
}

/** `newsroom check` over a folder of generated articles: files per second, for a pre-commit hook. */
async function benchCheck() {
  const count = smoke ? 20 : 1000;
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
  for (const a of corpus(count)) writeFileSync(join(folder, `${a.slug}.md`), a.markdown);
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const started = performance.now();
  await check({ paths: [folder], report: quiet });
  const ms = performance.now() - started;
  rmSync(folder, { recursive: true, force: true });
  results.check = { files: count, ms: Math.round(ms), filesPerSecond: Math.round((count / ms) * 1000) };
  budget('newsroom check: files per second (pre-commit hook)', results.check.filesPerSecond, 100, String, false);
}

const exampleDist = join(here, '../examples/news-site/dist');

function benchPageWeight() {
  const pages = [
    'index.html',
    'artikel/putin-nordkorea/index.html',
    'artikel/north-korea-explainer/index.html',
    'so-arbeitet-die-redaktion/index.html',
    'themen/ukraine/index.html',
    '404.html',
  ];
  results.pageWeight = pages.map((page) => {
    const html = readFileSync(join(exampleDist, page), 'utf8');
    const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(exampleDist, m[1]!)));
    const js = assets(/<script[^>]+src="([^"]+)"/g);
    const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g);
    const size = (files: Buffer[], gzip: boolean) =>
      files.reduce((sum, file) => sum + (gzip ? gzipSync(file, { level: 9 }).length : file.length), 0);
    return {
      page,
      poll: html.includes('data-nr="poll"'),
      js: size(js, false),
      jsGzip: size(js, true),
      css: size(css, false),
      cssGzip: size(css, true),
    };
  });
  const withPoll = results.pageWeight.filter((p) => p.poll);
  const withoutPoll = results.pageWeight.filter((p) => !p.poll);
  // Sizes do not depend on the machine: the smoke run holds them too (see sizeBudgets).
  sizeBudget('JS on pages without a poll (bytes)', Math.max(...withoutPoll.map((p) => p.js)), 0);
  sizeBudget(
    'JS gzip on pages with a poll, CMP support included (bytes)',
    Math.max(...withPoll.map((p) => p.jsGzip)),
    2048,
  );
  const ours = readFileSync(join(here, '../packages/astro-newsroom/styles/newsroom.css'));
  budget('astro-newsroom CSS gzip (bytes)', gzipSync(ours, { level: 9 }).length, 4096, String);
}

async function benchLighthouse() {
  const { serveSite } = await import('../test/browser/server.ts');
  const server = await serveSite();
  try {
    const out = join(here, '.lighthouse.json');
    await exec(
      process.execPath,
      [
        join(here, 'node_modules/lighthouse/cli/index.js'),
        `${server.origin}/artikel/putin-nordkorea/`,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
    rmSync(out);
    results.lighthouse = Object.fromEntries(
      Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
    );
    for (const [id, score] of Object.entries(results.lighthouse)) budget(`Lighthouse ${id}`, score, 100, String, false);
  } finally {
    await server.close();
  }
}

if (wants('unified')) await benchUnified();
if (wants('astro')) await benchAstro();
if (wants('weight')) benchPageWeight();
if (wants('lighthouse') && !smoke) await benchLighthouse();
if (wants('check')) await benchCheck();
if (wants('collection')) await benchCollection();
if (wants('peer')) {
  results.peer = measurePeer(smoke);
  for (const p of results.peer) {
    budget(`cost per block, ours / Starlight's asides (${p.processor}, ${pct(p.spread)})`, p.ratio, 1, (n) =>
      n.toFixed(2),
    );
  }
}
if (wants('scale')) {
  results.scale = measureScale(smoke);
  const first = results.scale[0] as ScalePoint;
  const last = results.scale.at(-1) as ScalePoint;
  budget(
    `Sätteri in-process: ms per article with the plugin, ${last.articles} vs ${first.articles} articles`,
    last.newsroomMsPerArticle / first.newsroomMsPerArticle,
    1.15,
  );
}
if (wants('growth')) {
  results.growth = measureGrowth(smoke);
  for (const g of results.growth) {
    budget(`growth beyond linear or the processor's own: ${g.input} (${g.processor})`, g.excess, 0.25, String);
  }
}

// A part of its own: hours at full size, so it runs only when asked for (`--only=ondemand`), never in the smoke run.
if (only?.includes('ondemand') && !smoke) {
  const option = (name: string, fallback: string) =>
    process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  results.ondemand = await measureOnDemand({
    articles: Number(option('articles', '100000')),
    requests: Number(option('requests', '5000')),
    seconds: Number(option('seconds', '60')),
    staticSizes: option('static', '1000,10000,30000').split(',').map(Number),
    skipStatic: process.argv.includes('--skip-static'),
    skipServer: process.argv.includes('--skip-server'),
    skipMemory: process.argv.includes('--skip-memory'),
  });
  const ratio = results.ondemand.ratios['uncached: req/s without / with blocks'];
  if (ratio !== undefined) budget('on demand, uncached: req/s without / with blocks (Node server)', ratio, 1.1);
}

console.log(`\nnewsroom bench${smoke ? ' (smoke: sizes too small for the budgets to mean anything)' : ''}`);
console.log(
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, Node ${results.machine.node}\n`,
);
if (results.unified) console.table(results.unified);
if (results.astro) console.table(results.astro);
if (results.pageWeight) console.table(results.pageWeight);
if (results.lighthouse) console.table(results.lighthouse);
if (results.growth) console.table(results.growth);
if (results.check) console.table(results.check);
if (results.peer) console.table(results.peer);
if (results.scale) console.table(results.scale);
if (results.collection) console.table(results.collection.builds);
if (results.ondemand) {
  console.log(results.ondemand.note);
  console.table(results.ondemand.load);
  console.table(results.ondemand.memory);
  console.table(results.ondemand.static);
}
console.table(results.budgets);
const missedSizes = results.budgets.filter((b) => sizeBudgets.includes(b.budget) && !b.met);
for (const missed of missedSizes)
  console.error(`size budget not met: ${missed.budget}: ${missed.measured} > ${missed.limit}`);
if (missedSizes.length) process.exitCode = 1;
if (!smoke) {
  // A partial run (--only=…) updates its own parts of the last full results.
  const file = join(here, 'results.json');
  const merged = only ? { ...(JSON.parse(readFileSync(file, 'utf8')) as Results), ...results } : results;
  if (only) {
    const previous = (JSON.parse(readFileSync(file, 'utf8')) as Results).budgets;
    const fresh = new Set(results.budgets.map((b) => budgetKey(b.budget)));
    merged.budgets = [...previous.filter((b) => !fresh.has(budgetKey(b.budget))), ...results.budgets];
  }
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
}
