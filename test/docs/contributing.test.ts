/**
 * CONTRIBUTING.md against the repo: its switch table against every NEWSROOM_*
 * name in the repo's files, TEST-MAP.md against the import graph, the
 * coverage table against coverage-floors.json and the packages' test setup,
 * its commands against the scripts, packages, files and bench parts they name,
 * and its paths and links against the files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coverageTable,
  covered,
  type Floors,
  floorsFile,
  metrics,
  readFloors,
  tableEnd,
  tableStart,
  withTable,
} from '../../scripts/coverage-floor.ts';
import { mapFile, regenerate, render, sourceFiles, testFiles, testMap } from '../../scripts/test-map.ts';
import { benchParts, commandProblem, repoDir } from './commands.js';
import { codeDefault, contributing, readsSwitch, switchesInRepo, switchName, switchTable } from './contributing.js';
import { blocksOf } from './snippets.js';

const read = (file: string) => readFileSync(join(repoDir, file), 'utf8');
const page = read(contributing);
const table = switchTable(page);
const inRepo = switchesInRepo();
const tableNames = new Set(table.map((row) => row.name));

describe('the environment switches', () => {
  it('every NEWSROOM_* name in the repo is a row of the table, and every row one that exists', () => {
    const missing = [...inRepo.keys()]
      .filter((name) => !tableNames.has(name))
      .map((name) => `${name} (in ${inRepo.get(name)?.join(', ')})`);
    const gone = table.filter((row) => !inRepo.has(row.name)).map((row) => `${contributing}:${row.line} ${row.name}`);
    expect(missing, `switches missing from the table in ${contributing}`).toEqual([]);
    expect(gone, `rows of ${contributing} naming a switch no file names any more`).toEqual([]);
    expect(table.length).toBe(inRepo.size);
    console.log(`NEWSROOM_* switches: ${table.length}, named in ${new Set([...inRepo.values()].flat()).size} files`);
  });

  it('each row says what the switch does and its default, once', () => {
    for (const row of table) {
      expect(row.name, `${contributing}:${row.line}`).toMatch(/^NEWSROOM_[A-Z0-9_]+$/);
      expect(row.does.length, `${contributing}:${row.line} what it does`).toBeGreaterThan(10);
      expect(row.fallback.length, `${contributing}:${row.line} default`).toBeGreaterThan(0);
    }
    expect(tableNames.size).toBe(table.length);
    expect(table.map((row) => row.name)).toEqual([...tableNames].sort());
  });

  it('"read in" names exactly the files that read the switch from the environment', () => {
    const problems: string[] = [];
    for (const row of table) {
      const readers = (inRepo.get(row.name) ?? []).filter((file) => readsSwitch(read(file), row.name));
      for (const file of row.readIn) {
        if (!existsSync(join(repoDir, file))) problems.push(`${row.name}: ${file} does not exist`);
        else if (!readers.includes(file)) problems.push(`${row.name}: ${file} does not read it`);
      }
      for (const file of readers.filter((reader) => !row.readIn.includes(reader)))
        problems.push(`${row.name}: read in ${file}, which its row does not name`);
      if (readers.length === 0) problems.push(`${row.name}: no file reads it from the environment`);
    }
    expect(problems).toEqual([]);
  });

  it('a default the code writes beside the switch is the default its row gives', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const row of table) {
      const defaults = new Set(row.readIn.map((file) => codeDefault(read(file), row.name)).filter(Boolean));
      if (defaults.size > 1)
        problems.push(`${row.name}: its files give different defaults (${[...defaults].join(', ')})`);
      for (const value of defaults) {
        checked++;
        // The cell starts with the value, as code (`value`) or, for a number, as written.
        const written = /^\d+$/.test(value ?? '') ? new RegExp(`^${value}\\b`) : undefined;
        if (!(row.fallback.startsWith(`\`${value}\``) || written?.test(row.fallback)))
          problems.push(
            `${contributing}:${row.line} ${row.name}: the code's default is ${value}, the row says "${row.fallback}"`,
          );
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(5);
    expect(codeDefault('const n = Number(process.env.NEWSROOM_RUNS ?? 2000);', 'NEWSROOM_RUNS')).toBe('2000');
    expect(codeDefault("env.NEWSROOM_DB ?? 'data/a.db'", 'NEWSROOM_DB')).toBe('data/a.db');
    expect(codeDefault("env.NEWSROOM_AGE ?? ''", 'NEWSROOM_AGE')).toBeUndefined();
    expect(codeDefault('env.NEWSROOM_AGE', 'NEWSROOM_AGE')).toBeUndefined();
  });

  it('the scan and the table reader find what they should, and nothing else', () => {
    const text =
      "const a = process.env.NEWSROOM_ALPHA_2 ?? '';\nenv['NEWSROOM_BETA'];\n// NEWSROOM_ and NEWSROOM_GAMMA_";
    expect(text.match(switchName)).toEqual(['NEWSROOM_ALPHA_2', 'NEWSROOM_BETA']);
    expect(readsSwitch(text, 'NEWSROOM_ALPHA_2')).toBe(true);
    expect(readsSwitch(text, 'NEWSROOM_BETA')).toBe(true);
    expect(readsSwitch(text, 'NEWSROOM_ALPHA')).toBe(false);
    expect(readsSwitch('{ NEWSROOM_DB: file }', 'NEWSROOM_DB')).toBe(false);
    const rows = switchTable(
      [
        '## Environment switches',
        '',
        '| switch | what it does | read in | default |',
        '| --- | --- | --- | --- |',
        '| `NEWSROOM_A` | a `x|y` choice | `a.ts`, `b/c.mjs` | `x` |',
        '',
        '| other | table |',
      ].join('\n'),
    );
    expect(rows).toEqual([
      { name: 'NEWSROOM_A', does: 'a `x|y` choice', readIn: ['a.ts', 'b/c.mjs'], fallback: '`x`', line: 5 },
    ]);
    // The scan reads real files: a switch this repo reads is found where it is read.
    expect(inRepo.get('NEWSROOM_DIFF_RUNS')).toContain('packages/remark-newsroom/test/differential.test.ts');
    expect([...inRepo.values()].flat().some((file) => /(^|\/)(node_modules|dist)\//.test(file))).toBe(false);
  });
});

describe(`the source-file → tests map (${mapFile})`, () => {
  it(`is what \`${regenerate}\` writes now`, async () => {
    const map = await testMap();
    const fresh = render(map);
    const stale = !existsSync(join(repoDir, mapFile)) || read(mapFile) !== fresh;
    expect(stale, `${mapFile} is stale: run \`npx pnpm@12.4.2 run build && ${regenerate}\` and commit ${mapFile}`).toBe(
      false,
    );
  }, 60_000);

  it('lists every source file once, and each test file that imports one itself', async () => {
    const map = await testMap();
    const sources = sourceFiles();
    expect(sources.length).toBeGreaterThan(50);
    expect([...map.keys()]).toEqual(sources);
    const tests = testFiles();
    expect(tests).toContain('packages/remark-newsroom/test/typography.test.ts');
    expect(tests).toContain('test/browser/pages.test.ts');
    // Read independently of the map: a test's own `../src/…` imports.
    let checked = 0;
    for (const test of tests.filter((file) => file.startsWith('packages/'))) {
      const dir = test.split('/').slice(0, 2).join('/');
      // Type-only imports run nothing, and the map leaves them out.
      for (const [, path] of read(test).matchAll(/^import\s+(?!type\s)[^;]*?from '\.\.\/src\/([^']+)\.js'/gm)) {
        const source = `${dir}/src/${path}.ts`;
        if (!existsSync(join(repoDir, source))) continue;
        expect(map.get(source)?.direct, `${test} imports ${source}`).toContain(test);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
    // An engine file is reached through the package entry by tests that never name it.
    const engine = [...map.entries()].find(([file]) => file.includes('remark-newsroom/src/engine/'));
    expect(engine?.[1].indirect.length).toBeGreaterThan(0);
  }, 60_000);

  it('renders unreached files in their own list, and bold for direct imports', () => {
    const text = render(
      new Map([
        [
          'packages/p/src/a.ts',
          { direct: ['packages/p/test/a.test.ts'], indirect: ['test/x.test.ts'], typesOnly: false },
        ],
        ['packages/p/src/b.ts', { direct: [], indirect: [], typesOnly: false }],
        ['packages/p/src/t.ts', { direct: [], indirect: [], typesOnly: true }],
      ]),
    );
    expect(text).toContain('| `src/a.ts` | **p/test/a.test.ts**, test/x.test.ts |');
    expect(text).toContain('| `src/t.ts` | (types only) |');
    expect(text).toMatch(/Reached by no test \(1;[^\n]*\n\n- `packages\/p\/src\/b\.ts`\n/);
    expect(text).toContain(regenerate);
  });
});

describe('coverage', () => {
  const floors = readFloors();

  it(`${contributing}'s table is written from ${floorsFile}`, () => {
    expect(Object.keys(floors)).toEqual([...covered]);
    expect(page, `run \`npx pnpm@12.4.2 run coverage-floor\` (after the three packages' tests)`).toBe(
      withTable(page, floors),
    );
    expect(page).toContain(tableStart);
    expect(page).toContain(tableEnd);
  });

  it('each floor is a whole percent at or below its measured figure, and above zero', () => {
    for (const name of covered) {
      for (const metric of metrics) {
        const { measured, floor } = floors[name] as (typeof floors)[string];
        expect(Number.isInteger(floor[metric]), `${name} ${metric}`).toBe(true);
        expect(floor[metric], `${name} ${metric}`).toBeLessThanOrEqual(measured[metric]);
        expect(floor[metric], `${name} ${metric}`).toBeGreaterThan(0);
      }
    }
    expect(
      coverageTable({
        p: {
          measured: { lines: 91.5, branches: 80, functions: 70, statements: 60.25 },
          floor: { lines: 91, branches: 80, functions: 70, statements: 60 },
        },
      }),
    ).toContain('| `p` | 91.5 (floor 91) | 80 (floor 80) | 70 (floor 70) | 60.25 (floor 60) |');
  });

  it('no commit lowered a floor, unless its message says why ("lower the coverage floor")', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' });
    const commits = git('log', '--format=%H %s', '--', floorsFile)
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ hash: line.slice(0, 40), subject: line.slice(41) }))
      .reverse();
    const at = (hash: string): Floors => JSON.parse(git('show', `${hash}:${floorsFile}`)) as Floors;
    const lowered = (before: Floors, after: Floors) =>
      Object.keys(before).flatMap((name) =>
        metrics
          .filter((metric) => (after[name]?.floor[metric] ?? 0) < (before[name]?.floor[metric] ?? 0))
          .map((metric) => `${name} ${metric}`),
      );
    const problems: string[] = [];
    // The working tree against the last commit, then each commit against the one before it.
    const states = [
      ...commits.map(({ hash, subject }) => ({ name: hash, subject, floors: at(hash) })),
      { name: 'working tree', subject: '', floors: floors },
    ];
    for (let index = 1; index < states.length; index++) {
      const { name, subject, floors: after } = states[index] as (typeof states)[number];
      const down = lowered((states[index - 1] as (typeof states)[number]).floors, after);
      if (down.length > 0 && !/lower the coverage floor/i.test(subject))
        problems.push(`${name.slice(0, 10)} lowers ${down.join(', ')}`);
    }
    expect(problems).toEqual([]);
    const figures = { lines: 90, branches: 80, functions: 90, statements: 90 };
    const base: Floors = { p: { measured: figures, floor: figures } };
    expect(lowered(base, { p: { measured: figures, floor: { ...figures, branches: 79 } } })).toEqual(['p branches']);
    expect(lowered(base, { p: { measured: figures, floor: { ...figures, lines: 91 } } })).toEqual([]);
  });

  it("each package's test script collects coverage, and its vitest config holds it to the floor", () => {
    for (const name of covered) {
      const manifest = JSON.parse(read(`packages/${name}/package.json`)) as { scripts: Record<string, string> };
      expect(manifest.scripts.test, name).toMatch(/\bvitest run --coverage\b/);
      const config = read(`packages/${name}/vitest.config.ts`);
      expect(config, name).toContain(`from '../../${floorsFile}'`);
      expect(config, name).toContain(`thresholds: floors['${name}'].floor`);
    }
  });
});

describe(`the commands and paths of ${contributing}`, () => {
  const blocks = blocksOf(contributing, page);
  const switches = new Set(table.map((row) => row.name));

  it('covers the inner loop (snippets.test.ts checks every run=repo command against the repo)', () => {
    const commands = blocks.filter((block) => block.meta.run === 'repo').flatMap((block) => block.body.split('\n'));
    // The inner loop: one file, one package, the browser, the soaks, the bench parts, the docs, lint and typecheck.
    for (const part of [
      'exec vitest run test/',
      'run test',
      'ensure-chromium',
      'run soak',
      'bench --only=',
      'newsroom-docs run build',
      'run lint',
      'run typecheck',
      'run test-map',
      'run coverage-floor',
    ])
      expect(
        commands.some((command) => command.includes(part)),
        part,
      ).toBe(true);
  });

  it('the command checker refuses what does not exist', () => {
    const problem = (command: string) => commandProblem(command, switches);
    expect(problem('npx pnpm@12.4.2 --filter remark-newsroom exec vitest run test/typography.test.ts')).toBeUndefined();
    expect(problem('npx pnpm@12.4.2 --filter remark-newsroom exec vitest run test/no-such.test.ts')).toMatch(
      /no such file/,
    );
    expect(problem('npx pnpm@12.4.2 --filter no-such-package run test')).toMatch(/no workspace package/);
    expect(problem('npx pnpm@12.4.2 --filter newsroom-cli run no-such-script')).toMatch(/no script/);
    expect(problem('npx pnpm@12.4.2 run no-such-script')).toMatch(/no script/);
    expect(problem('npx pnpm@12.4.2 exec no-such-binary')).toMatch(/no such binary/);
    expect(problem('npx pnpm@12.4.2 bench --only=no-such-part')).toMatch(/no bench part/);
    expect(problem('npx pnpm@12.4.2 docs')).toMatch(/neither/);
    expect(problem('pnpm test')).toMatch(/not `npx pnpm@12.4.2/);
    expect(problem('bash scripts/no-such.sh')).toMatch(/no such script/);
    expect(problem(`${'NEWSROOM'}_NO_SUCH=1 npx pnpm@12.4.2 test`)).toMatch(/not a switch/);
    expect(
      problem('NEWSROOM_VARIANTS=5 npx pnpm@12.4.2 --filter newsroom-cli exec vitest run test/variants.test.ts'),
    ).toBeUndefined();
    expect(benchParts().has('unified')).toBe(true);
  });

  it('every repo path in backticks and every relative link points at a file or folder that exists', () => {
    const paths = [
      ...page.matchAll(/`((?:packages|examples|test|bench|docs|scripts|\.ci)\/[^`\s*<>]*|[A-Za-z-]+\.(?:md|json))`/g),
    ].map((m) => m[1] as string);
    const links = [...page.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(20);
    const missing = [...paths, ...links].filter((path) => !existsSync(join(repoDir, path)));
    expect(missing).toEqual([]);
  });

  it('every in-page link names a heading of the page', () => {
    const slugs = new Set(
      [...page.matchAll(/^#{2,}\s+(.+)$/gm)].map((m) =>
        (m[1] as string)
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    const anchors = [...page.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((anchor) => !slugs.has(anchor))).toEqual([]);
  });
});
