/**
 * The source-file → tests map (TEST-MAP.md): for every file under
 * `packages/*\/src/`, the test files whose imports reach it.
 *
 * Static, not from a run: esbuild bundles each test file in memory (nothing
 * written) and its metafile lists every module the test imports, directly or
 * through other modules. Imports of our own packages by name
 * (`remark-newsroom`, `astro-newsroom/…`) resolve through their exports to
 * `dist/`, which is mapped back to the `src/` file tsc built it from, so the
 * map needs `pnpm run build` first. Other packages stay outside. A static map
 * is the same on every machine and costs a second, where per-test coverage
 * would mean running every test; what it cannot see is code a test reaches
 * only through a site it builds or a process it starts (those tests list
 * what they import themselves, e.g. the fixture helpers).
 *
 * `npx pnpm@12.4.2 run test-map` writes TEST-MAP.md; test/docs/contributing.test.ts fails when it is stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, transformSync } from 'esbuild';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const mapFile = 'TEST-MAP.md';
export const regenerate = 'npx pnpm@12.4.2 run test-map';

const skipped = new Set(['node_modules', 'dist', '.astro', '.git']);

/** Repo-relative paths (with `/`) of the files under `dir` that `keep` accepts, sorted. */
function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    if (!existsSync(at)) return;
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (skipped.has(entry.name) || entry.name.startsWith('dist-') || entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const rel = relative(root, path).split(sep).join('/');
        if (keep(rel)) found.push(rel);
      }
    }
  };
  walk(join(root, dir));
  return found.sort();
}

const packageDirs = () =>
  readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'package.json')));

/** Every source file of the packages: `packages/<name>/src/**` (TypeScript, no declarations). */
export function sourceFiles(): string[] {
  return packageDirs().flatMap((name) =>
    filesUnder(`packages/${name}/src`, (path) => /\.(ts|tsx|mts)$/.test(path) && !path.endsWith('.d.ts')),
  );
}

/** Every test file: the packages', the cross-package ones under `test/`, the bench's and the examples'. */
export function testFiles(): string[] {
  const isTest = (path: string) => /\.test\.(ts|mts|js|mjs)$/.test(path);
  const examples = readdirSync(join(root, 'examples')).map((name) => `examples/${name}`);
  const folders = [...packageDirs().map((name) => `packages/${name}/test`), 'test', 'bench'];
  return [...folders, ...examples.map((dir) => `${dir}/test`)].flatMap((dir) => filesUnder(dir, isTest)).sort();
}

/** Our packages' names, read from their manifests. */
function workspacePackages(): Map<string, string> {
  return new Map(
    packageDirs().map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
        name: string;
      };
      return [manifest.name, dir];
    }),
  );
}

/** `packages/x/dist/a/b.js` → `packages/x/src/a/b.ts`, when that source exists. */
function sourceOf(distFile: string): string | undefined {
  const match = /^(.*[/\\]packages[/\\][^/\\]+[/\\])dist[/\\](.*)\.(m?js)$/.exec(distFile);
  if (!match) return undefined;
  for (const ext of ['.ts', '.tsx', '.mts']) {
    const candidate = `${match[1]}src${sep}${match[2]}${ext}`;
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Follows our own modules only; everything else (npm packages, `astro:*`, Vite's `?raw`) stays outside. */
function ownModulesOnly(): Plugin {
  const ours = workspacePackages();
  return {
    name: 'own-modules-only',
    setup(build) {
      build.onResolve({ filter: /\?/ }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'inner') return undefined;
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        if (!ours.has(name as string)) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'inner',
        });
        if (resolved.errors.length > 0) return { path: args.path, external: true };
        return { path: sourceOf(resolved.path) ?? resolved.path };
      });
      // A module an own source file names by URL (an injected route, a worker) runs when that file is used.
      build.onLoad({ filter: /[/\\]packages[/\\][^/\\]+[/\\]src[/\\].*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const named = [...text.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"$]+)\.js['"],\s*import\.meta\.url\s*\)/g)]
          .filter((m) => existsSync(join(dirname(args.path), `${m[1]}.ts`)))
          .map((m) => `\nimport ${JSON.stringify(`${m[1]}.js`)};`);
        return { contents: text + named.join(''), loader: 'ts' };
      });
      // An .astro component's frontmatter is TypeScript; its imports count. The rest of the file does not.
      build.onLoad({ filter: /\.astro$/ }, (args) => ({
        contents: `${/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(args.path, 'utf8'))?.[1] ?? ''}\nexport default undefined;`,
        loader: 'ts',
        resolveDir: dirname(args.path),
      }));
      build.onLoad({ filter: /\.(css|svg|png|jpe?g|webp|md|mdx|txt|html|xml|wasm)$/ }, () => ({
        contents: 'export default undefined;',
        loader: 'js',
      }));
    },
  };
}

/** For each test file, the repo-relative paths of every module its imports reach. */
export async function reachedBy(tests: string[]): Promise<Map<string, Set<string>>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: tests,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [ownModulesOnly()],
  });
  // The whole import graph (an output lists only the inputs left after tree shaking): each test's closure in it.
  const graph = result.metafile.inputs;
  const reached = new Map<string, Set<string>>();
  for (const test of tests) {
    const seen = new Set<string>([test]);
    const queue = [test];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      for (const { path, external } of graph[file]?.imports ?? []) {
        if (external || seen.has(path)) continue;
        seen.add(path);
        queue.push(path);
      }
    }
    reached.set(test, seen);
  }
  return reached;
}

/** The tests each source file is imported by directly, and the ones that reach it through other modules. */
export interface Coverage {
  direct: string[];
  indirect: string[];
  /** Declares types only: nothing of it runs, so no test can reach it. */
  typesOnly: boolean;
}

/** Whether a TypeScript file compiles to no code at all. */
function declaresTypesOnly(file: string): boolean {
  const { code } = transformSync(readFileSync(join(root, file), 'utf8'), { loader: 'ts', format: 'esm' });
  return code.replace(/export\s*\{\s*\};?/g, '').trim() === '';
}

export async function testMap(): Promise<Map<string, Coverage>> {
  const tests = testFiles();
  const reached = await reachedBy(tests);
  const map = new Map<string, Coverage>(
    sourceFiles().map((file) => [file, { direct: [], indirect: [], typesOnly: declaresTypesOnly(file) }]),
  );
  for (const test of tests) {
    const inputs = reached.get(test) ?? new Set<string>();
    const direct = new Set(directImports(test));
    for (const input of inputs) {
      const entry = map.get(input);
      if (entry) (direct.has(input) ? entry.direct : entry.indirect).push(test);
    }
  }
  return map;
}

/** The repo-relative source files a test file itself names in an import (relative paths only). */
function directImports(test: string): string[] {
  const text = readFileSync(join(root, test), 'utf8');
  // Type-only imports (`import type … from`) run nothing: esbuild drops them, and so does this.
  const specifiers = [
    ...text.matchAll(
      /^import\s+(?!type\s)(?:[^;'"]*?\bfrom\s*)?['"](\.[^'"]+)['"]|\bimport\s*\(\s*['"](\.[^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);
  return specifiers.map((specifier) =>
    relative(root, join(root, dirname(test), specifier.replace(/\.js$/, '.ts')))
      .split(sep)
      .join('/'),
  );
}

/** A test file as the map shows it: its path within its package or folder. */
const short = (test: string) => test.replace(/^packages\//, '');

/** TEST-MAP.md, from the map. */
export function render(map: Map<string, Coverage>): string {
  const lines = [
    '# Source file → tests',
    '',
    `Generated by \`${regenerate}\` (\`scripts/test-map.ts\`); do not edit by hand.`,
    'For each file under `packages/*/src/`, the test files whose imports reach it:',
    '**bold** ones import it themselves, the others through other modules.',
    'Static: a test that builds a site or starts a process covers more than it imports.',
    'How to run one test file: see [CONTRIBUTING.md](CONTRIBUTING.md).',
    '',
  ];
  const byPackage = new Map<string, string[]>();
  for (const file of map.keys()) {
    const name = file.split('/')[1] as string;
    byPackage.set(name, [...(byPackage.get(name) ?? []), file]);
  }
  for (const [name, files] of byPackage) {
    const unreached = files.filter((file) => {
      const entry = map.get(file) as Coverage;
      return entry.direct.length + entry.indirect.length === 0 && !entry.typesOnly;
    });
    lines.push(`## ${name}`, '', '| source file | tests |', '| --- | --- |');
    for (const file of files) {
      const { direct, indirect, typesOnly } = map.get(file) as Coverage;
      const tests = [...direct.map((t) => `**${short(t)}**`), ...indirect.map(short)];
      const cell = tests.length ? tests.join(', ') : typesOnly ? '(types only)' : '—';
      lines.push(`| \`${file.replace(`packages/${name}/`, '')}\` | ${cell} |`);
    }
    lines.push('', `Reached by no test (${unreached.length}; files that declare types only are left out):`, '');
    lines.push(...(unreached.length ? unreached.map((file) => `- \`${file}\``) : ['- none']), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(root, mapFile), render(await testMap()));
  console.log(`wrote ${mapFile}`);
}
