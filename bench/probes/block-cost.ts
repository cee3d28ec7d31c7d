/**
 * What one of our blocks costs, per block type and per article, on both
 * processors — and, with `--before`, the same for another build of
 * remark-newsroom, rounds alternating in this one process (a change is
 * measured against the build before it, never against a run minutes apart).
 *
 *   cd bench && npx pnpm@12.4.2 exec node --experimental-strip-types probes/block-cost.ts \
 *     [--before=<a remark-newsroom dist folder>] [--rounds=9] [--articles=60]
 *     [--articles-only] [--pass-only] [--profile]
 *
 * Prints, per processor and build: µs per article of the bench's generated
 * articles (`article(8, i)`, ~9 blocks) with our plugin, µs for the same text
 * without directives (`withoutDirectives`) and the difference; then per block
 * type, µs per block (8 blocks of the type in prose, less the same prose with
 * the directives taken out). Then the same for our pass alone:
 * remark-newsroom's transform on unified, on trees parsed untimed (our
 * JavaScript without either processor's parsing, encoding or rendering),
 * and a block's own code alone (its render and `toMdast`, repeated on the
 * inputs the pass gives it).
 * With `--before`, the median over batches of after / before, and of after −
 * before. With `--profile`, a differential CPU profile of the
 * articles on Sätteri (with minus without, µs per article): our functions
 * by self time, and the totals of ours, Sätteri's and the rest.
 */

import { Session } from 'node:inspector';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { article, splitArticle } from '../generate.ts';
import { cpuMs } from '../protocol.ts';
import { withoutDirectives } from '../scale-store.ts';
import { median } from '../stats.ts';
import { numbersArg } from './args.ts';

type Processor = 'unified' | 'satteri';
type Render = (markdown: string, locale: string) => string;
interface Build {
  name: string;
  render: Record<Processor, Render>;
  /** A text parsed as remark-newsroom reads it (untimed). */
  parse: (markdown: string) => Root;
  /** Our pass alone: remark-newsroom's transform of a parsed tree. */
  transform: (tree: Root, markdown: string) => void;
  /** A block's own code alone: one directive rendered and turned into mdast, on a fresh document. */
  renderBlock: (input: unknown) => unknown;
  /** The block inputs the pass hands the blocks for a text (caught through `transformBlock`). */
  inputsOf: (markdown: string) => unknown[];
}
/** One document and its control: the same text without our directives. */
interface Pair {
  locale: string;
  with: string;
  without: string;
}

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const [rounds = 9] = numbersArg('rounds', [9]);
const [articleCount = 60] = numbersArg('articles', [60]);
const processors: Processor[] = ['satteri', 'unified'];
const fileURL = new URL('file:///newsroom-probe/artikel.md');

/** A build's two front ends, loaded from its `dist` folder (a copy next to `dist` resolves the same dependencies). */
async function loadBuild(name: string, dist: string): Promise<Build> {
  const url = (file: string) => pathToFileURL(resolve(dist, file)).href;
  const { default: remarkNewsroom } = await import(url('index.js'));
  const { default: satteriNewsroom } = await import(url('satteri.js'));
  const locales = ['de-CH', 'en'];
  const unifiedFor = new Map(
    locales.map((locale) => [
      locale,
      unified().use(remarkParse).use(remarkNewsroom, { locale }).use(remarkRehype).use(rehypeStringify).freeze(),
    ]),
  );
  const satteriFor = new Map(locales.map((locale) => [locale, [satteriNewsroom({ locale })]]));
  const transformer = unified().use(remarkParse).use(remarkNewsroom, { locale: 'de-CH' }).freeze();
  const engine = await import(url('engine-entry.js'));
  const { toMdast } = await import(url('engine/to-mdast.js'));
  const { resolveOptions } = await import(url('options.js'));
  const settings = resolveOptions({ locale: 'de-CH' });
  let caught: unknown[] = [];
  const catcher = unified()
    .use(remarkParse)
    .use(remarkNewsroom, {
      locale: 'de-CH',
      transformBlock: (input: unknown) => {
        caught.push(input);
        return undefined;
      },
    })
    .freeze();
  return {
    name,
    renderBlock: (input) =>
      toMdast(engine.renderDirective(input, engine.createDocument(settings, 'de-CH', []), settings, engine.blocks)),
    inputsOf: (markdown) => {
      caught = [];
      catcher.runSync(catcher.parse(markdown), new VFile(markdown));
      return caught;
    },
    parse: (markdown) => transformer.parse(markdown),
    transform: (tree, markdown) => {
      transformer.runSync(tree, new VFile(markdown));
    },
    render: {
      unified: (value, locale) =>
        String(unifiedFor.get(locale)?.processSync(new VFile({ path: fileURLToPath(fileURL), value }))),
      satteri: (value, locale) =>
        markdownToHtml(value, { features: { directive: true }, fileURL, mdastPlugins: satteriFor.get(locale) ?? [] })
          .html,
    },
  };
}

function articlePairs(count: number): Pair[] {
  return Array.from({ length: count }, (_, index) => {
    const generated = article(8, index);
    const { body } = splitArticle(generated.markdown);
    return { locale: generated.lang === 'de' ? 'de-CH' : 'en', with: body, without: withoutDirectives(body) };
  });
}

const sentence = (index: number) =>
  `Die Regierung hat am Montag ${index + 2} neue Massnahmen beschlossen, sagte ein Sprecher in Bern.`;
const prose = (index: number) =>
  `${sentence(index)} Die Opposition kritisierte den Entscheid, die Wirtschaft begrüsste ihn.`;

/** Each block type as the generator writes it (`k` makes each copy distinct: ids, hashes). */
const blockTypes: Record<string, (k: number) => string> = {
  topic: (k) => `::topic[Mehr News zum Thema]{href="/themen/${k}"}`,
  summary: (k) => `:::summary\n- ${sentence(k)}\n- ${sentence(k + 1)}\n- ${sentence(k + 2)}\n:::`,
  quote: (k) => `:::quote{by="Pat Ryder" role="Sprecher"}\n${sentence(k)}\n:::`,
  'quote (blockquote)': (k) => `> ${sentence(k)}\n>\n> — Antony Blinken, Aussenminister`,
  poll: (k) => `::poll{id="probe-${k}" title="Soll die Regierung handeln ${k}?"}`,
  credit: (k) => `${sentence(k)} (:credit[dpa/thp])`,
  correction: (k) => `:::correction{date="2024-06-${String(10 + k).padStart(2, '0')}"}\n${sentence(k)}\n:::`,
  trust: () => '::trust{badge="jti" href="/so-arbeitet-die-redaktion"}',
};
const blocksPerDocument = 8;

function typePairs(block: (k: number) => string, count: number): Pair[] {
  return Array.from({ length: count }, (_, index) => {
    const parts: string[] = [];
    for (let k = 0; k < blocksPerDocument; k++) parts.push(prose(index + k), block(k));
    const body = parts.join('\n\n');
    return { locale: 'de-CH', with: body, without: withoutDirectives(body) };
  });
}

/**
 * Per round, per processor: each build renders each pair's two texts, the
 * order of builds flipped every document and every round. A sample is a
 * batch of documents (µs per document), so a paired figure (after / before)
 * is taken batch by batch and a busy neighbour moves one batch, not a round.
 */
interface Sample {
  with: number;
  without: number;
}
const batchSize = 6;
function measure(builds: Build[], pairs: Pair[], processor: Processor): Map<string, Sample[]> {
  const samples = new Map(builds.map((build) => [build.name, [] as Sample[]]));
  for (let round = -1; round < rounds; round++) {
    for (let from = 0; from < pairs.length; from += batchSize) {
      const batch = pairs.slice(from, from + batchSize);
      const sums = new Map(builds.map((build) => [build.name, { with: 0, without: 0 }]));
      batch.forEach((pair, index) => {
        const order = (index + round) % 2 === 0 ? builds : [...builds].reverse();
        for (const build of order) {
          const render = build.render[processor];
          const sum = sums.get(build.name) as Sample;
          sum.with += cpuMs(() => render(pair.with, pair.locale));
          sum.without += cpuMs(() => render(pair.without, pair.locale));
        }
      });
      // Round -1 warms the code paths up and is not kept.
      if (round < 0) continue;
      for (const [name, sum] of sums) {
        samples
          .get(name)
          ?.push({ with: (sum.with * 1000) / batch.length, without: (sum.without * 1000) / batch.length });
      }
    }
  }
  return samples;
}

const fixed = (value: number) => value.toFixed(1);

function report(label: string, builds: Build[], samples: Map<string, Sample[]>, perDocument: number): void {
  const cells = builds.map((build) => {
    const runs = samples.get(build.name) ?? [];
    const withBlocks = median(runs.map((r) => r.with));
    const without = median(runs.map((r) => r.without));
    const added = median(runs.map((r) => r.with - r.without));
    return `${build.name}: ${fixed(withBlocks)} with, ${fixed(without)} without, +${fixed(added)} (${fixed(added / perDocument)} per block)`;
  });
  let paired = '';
  if (builds.length === 2) {
    const [before, after] = builds.map((build) => samples.get(build.name) ?? []) as [Sample[], Sample[]];
    const ratios = after.map((r, i) => r.with / (before[i] as Sample).with).sort((a, b) => a - b);
    const delta = after.map((r, i) => r.with - (before[i] as Sample).with);
    const quartile = (q: number) => (ratios[Math.floor(q * (ratios.length - 1))] as number).toFixed(3);
    paired = ` | after/before ${median(ratios).toFixed(3)} (quartiles ${quartile(0.25)}–${quartile(0.75)}, ${ratios.length} batches), ${fixed(median(delta))} µs`;
  }
  console.log(`${label.padEnd(28)} ${cells.join(' | ')}${paired}`);
}

/**
 * µs per block (CPU time) of our whole pass alone, on unified: the transform of
 * remark-newsroom on trees parsed (and copied) untimed, on the text with the
 * blocks less the same text without directives; each build in turn.
 */
function measurePass(label: string, builds: Build[], pairs: Pair[], blocks: number, copies = 30): void {
  const perRound = new Map(builds.map((build) => [build.name, [] as number[]]));
  const timeTexts = (build: Build, text: (pair: Pair) => string): number => {
    const trees = pairs.map((pair) => build.parse(text(pair)));
    let us = 0;
    trees.forEach((tree, index) => {
      const value = text(pairs[index] as Pair);
      const prepared = Array.from({ length: copies }, () => structuredClone(tree));
      us +=
        cpuMs(() => {
          for (const copy of prepared) build.transform(copy, value);
        }) * 1000;
    });
    return us / (copies * pairs.length);
  };
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const added = timeTexts(build, (pair) => pair.with) - timeTexts(build, (pair) => pair.without);
      if (round >= 0) perRound.get(build.name)?.push(added / blocks);
    }
  }
  const cells = builds.map((build) => `${build.name} ${median(perRound.get(build.name) ?? []).toFixed(2)}`);
  let paired = '';
  if (builds.length === 2) {
    const [before, after] = builds.map((build) => perRound.get(build.name) ?? []) as [number[], number[]];
    paired = `, after − before ${median(after.map((value, index) => value - (before[index] as number))).toFixed(2)}`;
  }
  console.log(`${label.padEnd(28)} µs per block: ${cells.join(', ')}${paired}`);
}

/** µs per block (wall time) of a block's own code alone (render + to mdast), each build in turn, many repeats a round. */
function measureRender(label: string, builds: Build[], block: (k: number) => string): void {
  const text = Array.from({ length: blocksPerDocument }, (_, k) => `${prose(k)}\n\n${block(k)}`).join('\n\n');
  const inputs = builds.map((build) => build.inputsOf(text));
  const repeats = 400;
  const perRound = new Map(builds.map((build) => [build.name, [] as number[]]));
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const own = inputs[builds.indexOf(build)] as unknown[];
      const started = process.hrtime.bigint();
      for (let repeat = 0; repeat < repeats; repeat++) for (const input of own) build.renderBlock(input);
      const us = Number(process.hrtime.bigint() - started) / 1000 / (repeats * own.length);
      if (round >= 0) perRound.get(build.name)?.push(us);
    }
  }
  const cells = builds.map((build) => `${build.name} ${median(perRound.get(build.name) ?? []).toFixed(2)}`);
  console.log(`${label.padEnd(28)} µs per block: ${cells.join(', ')}`);
}

/** Self time (µs per article) by function, with minus without, from one sampling profile of each. */
async function differentialProfile(build: Build, pairs: Pair[]): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((done, fail) =>
      session.post(method, params, (error, result) => (error ? fail(error) : done(result))),
    );
  const render = build.render.satteri;
  const selfTimes = async (text: (pair: Pair) => string): Promise<Map<string, number>> => {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 50 });
    await post('Profiler.start');
    const repeats = 20;
    for (let repeat = 0; repeat < repeats; repeat++) for (const pair of pairs) render(text(pair), pair.locale);
    const { profile } = (await post('Profiler.stop')) as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    const times = new Map<string, number>();
    profile.samples.forEach((id, index) => {
      const frame = byId.get(id);
      if (!frame) return;
      const owner = /\/remark-newsroom\/dist/.test(frame.url)
        ? 'ours'
        : /satteri/.test(frame.url)
          ? 'satteri'
          : 'other';
      const file = frame.url.split('/').slice(-2).join('/');
      const key = `${owner} ${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
      // A sample stands for the time until the next one (as DevTools reads it).
      times.set(key, (times.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / (repeats * pairs.length));
    });
    return times;
  };
  const withBlocks = await selfTimes((pair) => pair.with);
  const without = await selfTimes((pair) => pair.without);
  const keys = new Set([...withBlocks.keys(), ...without.keys()]);
  const rows = [...keys].map((key) => ({ key, delta: (withBlocks.get(key) ?? 0) - (without.get(key) ?? 0) }));
  const ours = (key: string) => key.startsWith('ours ');
  const total = (pick: (key: string) => boolean) => rows.filter((r) => pick(r.key)).reduce((s, r) => s + r.delta, 0);
  console.log(`\nDifferential profile on Sätteri (${build.name}), µs per article, with − without:`);
  console.log(
    `  ours ${fixed(total(ours))}, Sätteri ${fixed(total((k) => k.startsWith('satteri ')))}, all ${fixed(total(() => true))}`,
  );
  for (const row of rows
    .filter((r) => ours(r.key))
    .sort((a, b) => b.delta - a.delta)
    .slice(0, 25)) {
    console.log(`  ${fixed(row.delta).padStart(6)}  ${row.key}`);
  }
  for (const row of rows
    .filter((r) => !ours(r.key))
    .sort((a, b) => b.delta - a.delta)
    .slice(0, 10)) {
    console.log(`  ${fixed(row.delta).padStart(6)}  (not ours) ${row.key}`);
  }
}

const here = fileURLToPath(new URL('.', import.meta.url));
const builds: Build[] = [];
if (args.has('before')) builds.push(await loadBuild('before', resolve(args.get('before') as string)));
builds.push(
  await loadBuild(
    args.has('before') ? 'after' : 'build',
    args.get('after') ?? resolve(here, '../../packages/remark-newsroom/dist'),
  ),
);

// Every build must render the same HTML, or this would compare different work.
const pairs = articlePairs(articleCount);
for (const processor of processors) {
  const first = builds[0] as Build;
  for (const pair of pairs.slice(0, 10)) {
    const html = first.render[processor](pair.with, pair.locale);
    if (!html.includes('data-nr="')) throw new Error(`${processor}: no block rendered`);
    for (const build of builds.slice(1)) {
      if (build.render[processor](pair.with, pair.locale) !== html) {
        throw new Error(`${processor}: ${build.name} renders other HTML than ${first.name}`);
      }
    }
  }
}

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
console.log(`load ${load()}; ${rounds} rounds; µs`);
const blocksPerArticle = 9;
const typesToo = !args.has('articles-only');
for (const processor of args.has('pass-only') ? [] : processors) {
  console.log(`\n${processor}: the whole render, CPU time`);
  report(`articles (${articleCount})`, builds, measure(builds, pairs, processor), blocksPerArticle);
  if (!typesToo) continue;
  for (const [type, block] of Object.entries(blockTypes)) {
    report(type, builds, measure(builds, typePairs(block, 12), processor), blocksPerDocument);
  }
}
console.log('\nour pass alone (the transform of remark-newsroom on unified, CPU time)');
measurePass(`articles (${articleCount})`, builds, pairs, blocksPerArticle, 6);
if (typesToo) {
  for (const [type, block] of Object.entries(blockTypes)) {
    measurePass(type, builds, typePairs(block, 6), blocksPerDocument);
  }
}
if (typesToo) {
  console.log('\na block alone (its render and the hand-over to mdast, on the inputs the pass gives it; wall time)');
  for (const [type, block] of Object.entries(blockTypes)) measureRender(type, builds, block);
}
if (args.has('profile')) await differentialProfile(builds.at(-1) as Build, pairs);
console.log(`\nload ${load()}`);
