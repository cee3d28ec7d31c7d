/**
 * Docs that run as written. Every fenced code block of the docs pages and the
 * READMEs is either run here or is an excerpt of a tested file (see
 * snippets.ts for the fence meta). The runnable ones run in one fresh site
 * outside the workspace (`test/docs/site/`, plus every `run=page` block as a
 * page), with our packages from their packed tarballs and the packages the
 * docs' `npm install` lines name, at the versions the workspace has installed.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandProblem } from './commands.js';
import { contributing, switchTable } from './contributing.js';
import { allBlocks, type Block, blockProblem, blocksOf, documents, imported, installed, repo } from './snippets.js';

const exec = promisify(execFile);

/** The workspace packages whose dependencies the docs' installs are pinned to. */
const importers = [
  'examples/news-site',
  'docs',
  'test',
  ...readdirSync(new URL('packages/', repo)).map((name) => `packages/${name}`),
];

/** The exact version of `name` installed in the workspace (the lockfile's), or a clear error naming the package. */
function workspaceVersion(name: string): string {
  for (const importer of importers) {
    const manifest = join(fileURLToPath(new URL(`${importer}/node_modules/${name}/`, repo)), 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  throw new Error(
    `docs: \`npm install ${name}\` names a package the workspace does not depend on, so it has no version to pin; ` +
      `add it to a workspace package (e.g. \`npx pnpm@12.4.2 --filter newsroom-tests add -D ${name}\`)`,
  );
}
const blocks = allBlocks();
const where = (block: Block) => `${block.file}:${block.line}`;

describe('every code block is run or an excerpt of a tested file', () => {
  it('has a fence meta saying which, and excerpts match their file', () => {
    const problems = blocks.flatMap((block) => {
      const problem = blockProblem(block);
      return problem ? [`${where(block)}  ${problem}`] : [];
    });
    expect(problems).toEqual([]);
    const excerpts = blocks.filter((block) => 'excerpt-of' in block.meta).length;
    const drawings = blocks.filter((block) => 'diagram-of' in block.meta).length;
    console.log(
      `doc code blocks: ${blocks.length}; run: ${blocks.length - excerpts - drawings}; excerpts: ${excerpts}; drawings: ${drawings}`,
    );
    expect(documents().length).toBeGreaterThan(15);
  });

  it('a drawing (diagram-of=) passes only when every file it names is under its folder', () => {
    const [good, renamed, empty, nowhere] = blocksOf(
      'x.md',
      [
        '```text diagram-of=packages',
        ' plugin.ts ──► engine/pass.ts ──► astro-newsroom/src/render.ts ──► blocks/*.ts',
        '```',
        '```text diagram-of=packages/remark-newsroom/src',
        ' plugin.ts ──► engine/no-such-step.ts',
        '```',
        '```text diagram-of=packages',
        ' a ──► b',
        '```',
        '```text diagram-of=no/such/folder',
        ' plugin.ts',
        '```',
      ].join('\n'),
    ) as Block[];
    expect(blockProblem(good as Block)).toBeUndefined();
    expect(blockProblem(renamed as Block)).toMatch(/no such file: engine\/no-such-step\.ts$/);
    expect(blockProblem(empty as Block)).toMatch(/names no file/);
    expect(blockProblem(nowhere as Block)).toMatch(/no such folder/);
    expect(blocks.filter((block) => 'diagram-of' in block.meta).length).toBeGreaterThan(1);
    expect(documents()).toEqual(expect.arrayContaining(['bench/README.md', 'ARCHITECTURE.md']));
  });

  it('the checker finds an unmarked block, a line not in the file, lines out of order, a part of a line and a distant line', () => {
    const [plain, wrong, swapped, good, part, distant, marked, alone] = blocksOf(
      'x.md',
      [
        '```js',
        'a()',
        '```',
        '```js excerpt-of=test/docs/site/astro.config.mjs',
        "site: 'https://www.example.org',",
        '```',
        '~~~js excerpt-of=test/docs/site/astro.config.mjs',
        "integrations: [newsroom({ locale: 'de-CH' }), mdx()],",
        "  site: 'https://www.example.com',",
        '~~~',
        '  ```js excerpt-of="test/docs/site/astro.config.mjs"',
        '  export default defineConfig({',
        '',
        "    site: 'https://www.example.com',",
        '  ```',
        '```js excerpt-of=test/docs/site/astro.config.mjs',
        'export default defineConfig({',
        "  site: 'https://www.example.com'",
        '```',
        '```js excerpt-of=test/docs/site/astro.config.mjs',
        "import mdx from '@astrojs/mdx';",
        'export default defineConfig({',
        '```',
        '```js excerpt-of=test/docs/site/astro.config.mjs',
        "import mdx from '@astrojs/mdx';",
        '// …',
        'export default defineConfig({',
        '```',
        '```js excerpt-of=test/docs/site/astro.config.mjs',
        '})',
        '```',
      ].join('\n'),
    ) as [Block, Block, Block, Block, Block, Block, Block, Block];
    expect(blockProblem(plain)).toMatch(/neither run/);
    expect(blockProblem(wrong)).toMatch(/line not found in order .*: site: 'https:\/\/www.example.org'/);
    expect(blockProblem(swapped)).toMatch(/line not found in order/);
    expect(good.line).toBe(11);
    expect(blockProblem(good)).toBeUndefined();
    // Only a part of a file line (the comma left out) is not that line.
    expect(blockProblem(part)).toMatch(/line not found in order .*: site: 'https:\/\/www.example.com'$/);
    // Lines 2 and 6 of the file are not consecutive; marked with `// …`, they may be.
    expect(blockProblem(distant)).toMatch(/line not found in order .*: export default defineConfig\(\{/);
    expect(blockProblem(marked)).toBeUndefined();
    // `})` is a part of the file's `});`, not a line of it.
    expect(blockProblem(alone)).toMatch(/line not found in order .*: \}\)/);
    expect(blockProblem({ ...good, meta: { 'excerpt-of': 'no/such/file.ts' } })).toMatch(/no such file/);
    expect(blockProblem({ ...good, meta: { run: 'maybe' } })).toMatch(/unknown/);
  });
});

describe('commands in the docs', () => {
  it('run=repo: every command names a script, package, binary, file or bench part that exists (commands.ts)', () => {
    const switches = new Set(switchTable(readFileSync(new URL(contributing, repo), 'utf8')).map((row) => row.name));
    const problems: string[] = [];
    for (const block of blocks.filter((b) => b.meta.run === 'repo')) {
      for (const command of block.body.split(/&&|\n/).map((part) => part.trim())) {
        if (!command) continue;
        const problem = commandProblem(command, switches);
        if (problem) problems.push(`${where(block)}  ${command}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no inline `pnpm …` without npx pnpm@12.4.2 (pnpm is not installed globally)', () => {
    const problems = documents().flatMap((file) =>
      readFileSync(new URL(file, repo), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          [...line.matchAll(/`(pnpm [^`]*)`|\((pnpm [^)]*)\)/g)].map((m) => `${file}:${index + 1}  ${m[1] ?? m[2]}`),
        ),
    );
    expect(problems).toEqual([]);
  });

  it('run=astro-add is what the consumer test runs against the packed package', () => {
    const consumer = readFileSync(new URL('test/consumer/consumer.test.ts', repo), 'utf8');
    expect(consumer).toContain("'add', 'astro-newsroom', '--yes'");
    for (const block of blocks.filter((b) => b.meta.run === 'astro-add'))
      expect(block.body.trim(), where(block)).toBe('npx astro add astro-newsroom');
  });

  it('run=browser-csp: every directive is one the browser test serves the example under', () => {
    const browser = readFileSync(new URL('test/browser/pages.test.ts', repo), 'utf8');
    for (const block of blocks.filter((b) => b.meta.run === 'browser-csp')) {
      const header = /^Content-Security-Policy: (.+)$/.exec(block.body.trim());
      expect(header, where(block)).not.toBeNull();
      for (const directive of (header?.[1] ?? '').split(/;\s*/)) expect(browser, where(block)).toContain(directive);
    }
  });

  it('every other package an `npm install` line names has a workspace version to pin', () => {
    const ours = new Set(['remark-newsroom', 'astro-newsroom', 'newsroom-cli']);
    const others = [...new Set(blocks.filter((b) => b.meta.run === 'install').flatMap(installed))].filter(
      (name) => !ours.has(name),
    );
    expect(others.length).toBeGreaterThan(3);
    for (const name of others) expect(workspaceVersion(name), name).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => workspaceVersion('no-such-package-of-the-docs')).toThrow(/workspace does not depend on/);
  });

  // A Starlight site has Starlight; every Astro site has Astro.
  const comesWithTheSite = new Set(['astro', '@astrojs/starlight']);
  it('a page that says what to npm install names every package its code imports', () => {
    const problems: string[] = [];
    for (const file of documents()) {
      const own = blocks.filter((block) => block.file === file);
      const installs = own.filter((block) => block.meta.run === 'install');
      if (installs.length === 0) continue;
      const names = new Set(installs.flatMap(installed));
      for (const block of own) {
        for (const name of imported(block.body)) {
          if (!names.has(name) && !comesWithTheSite.has(name)) problems.push(`${where(block)}  imports ${name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the runnable snippets, in a fresh site from the packed tarballs', () => {
  // NEWSROOM_DOCS_KEEP=1 keeps the site for a look after the run.
  const work = mkdtempSync(join(tmpdir(), 'newsroom-docs-'));
  const keep = process.env.NEWSROOM_DOCS_KEEP === '1';
  const site = join(work, 'site');
  let build = { ok: false, output: '' };
  const pages = blocks.filter((block) => block.meta.run === 'page');
  const pageName = (block: Block) =>
    `snippet-${block.file.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${block.line}.${block.lang === 'mdx' ? 'mdx' : 'md'}`;

  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trimEnd())
      .filter(Boolean);
  const sh = (command: string, args: string[], cwd: string) =>
    exec(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 64 << 20 });

  beforeAll(async () => {
    const tarballs: Record<string, string> = {};
    for (const name of ['remark-newsroom', 'astro-newsroom', 'newsroom-cli']) {
      const { stdout } = await sh(
        'npx',
        ['--yes', 'pnpm@12.4.2', 'pack', '--pack-destination', work, '--json'],
        fileURLToPath(new URL(`packages/${name}/`, repo)),
      );
      tarballs[name] = (JSON.parse(stdout) as { filename: string }).filename;
    }
    cpSync(fileURLToPath(new URL('site/', import.meta.url)), site, { recursive: true });
    // The packages the docs tell a reader to install, ours from the tarballs; Astro itself comes with the site.
    // The others at the version the workspace has installed, so that an upstream release does not change the run.
    const names = new Set(['astro', ...blocks.filter((b) => b.meta.run === 'install').flatMap(installed)]);
    const dependencies = Object.fromEntries(
      [...names].sort().map((name) => [name, tarballs[name] ? `file:${tarballs[name]}` : workspaceVersion(name)]),
    );
    writeFileSync(
      join(site, 'package.json'),
      JSON.stringify({ name: 'docs-snippets', private: true, type: 'module', dependencies }, null, 2),
    );
    mkdirSync(join(site, 'src/pages/snippets'), { recursive: true });
    for (const block of pages) {
      const text = block.body.startsWith('---\n') ? block.body : `---\ntitle: ${where(block)}\n---\n\n${block.body}`;
      writeFileSync(join(site, 'src/pages/snippets', pageName(block)), `${text}\n`);
    }
    await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], site);
    build = await sh(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], site).then(
      ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout}${error.stderr}` }),
    );
  }, 600_000);
  afterAll(() => {
    if (keep) console.log(`docs site kept in ${site}`);
    else rmSync(work, { recursive: true, force: true });
  });

  it('builds, printing no diagnostic or warning of ours but those a run=page block expects (expect=<rule-id>)', () => {
    expect(build.ok, build.output).toBe(true);
    const unexpected = build.output
      .split('\n')
      .filter((line) => line.includes('[astro-newsroom]'))
      .filter((line) => {
        const block = pages.find((page) => line.includes(`src/pages/snippets/${pageName(page)}:`));
        const rule = /\[([a-z-]+)\]\s*$/.exec(line)?.[1];
        return !block || !rule || !(block.meta.expect ?? '').split(',').includes(rule);
      });
    expect(unexpected).toEqual([]);
  });

  it('the article route renders the article in ArticleLayout, with every block and JSON-LD', () => {
    const tree = fromHtml(readFileSync(join(site, 'dist/artikel/putin-nordkorea/index.html'), 'utf8'));
    expect(select('article.nr-article h1.nr-article__headline', tree)).toBeTruthy();
    expect(select('.nr-article__teaser', tree)).toBeTruthy();
    for (const block of ['summary', 'quote', 'poll', 'trust', 'correction', 'credit', 'topic'])
      expect(selectAll(`.nr-article__body [data-nr="${block}"]`, tree).length, block).toBe(1);
    const json = select('script[type="application/ld+json"]', tree)?.children[0] as { value: string } | undefined;
    expect(JSON.parse(json?.value ?? '{}').headline).toBe('Putin zu Staatsbesuch in Nordkorea eingetroffen');
  });

  it('the components page renders the components and a summary from the headings', () => {
    const tree = fromHtml(readFileSync(join(site, 'dist/komponenten/putin-nordkorea/index.html'), 'utf8'));
    expect(select('[data-nr="summary"] a[href="#der-besuch"]', tree)).toBeTruthy();
    for (const block of ['quote', 'poll', 'correction', 'credit', 'topic', 'trust'])
      expect(selectAll(`[data-nr="${block}"]`, tree).length, block).toBeGreaterThan(0);
  });

  it('every run=page block renders its blocks', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const block of pages) {
      const html = readFileSync(
        join(site, 'dist/snippets', pageName(block).replace(/\.mdx?$/, ''), 'index.html'),
        'utf8',
      );
      expect(selectAll('[data-nr]', fromHtml(html)).length, where(block)).toBeGreaterThan(0);
    }
  });

  it('every script runs, and each output-of block is what its script prints', async () => {
    const scripts = readdirSync(join(site, 'scripts'));
    expect(scripts.length).toBeGreaterThan(0);
    const printed: Record<string, string> = {};
    for (const script of scripts) {
      printed[`test/docs/site/scripts/${script}`] = (await sh(process.execPath, [`scripts/${script}`], site)).stdout;
    }
    for (const block of blocks.filter((b) => 'output-of' in b.meta && b.meta['output-of'] !== 'shell')) {
      const output = printed[block.meta['output-of'] as string];
      expect(output, `${where(block)}: not a script of test/docs/site/scripts`).toBeDefined();
      expect(lines(block.body), where(block)).toEqual(lines(output ?? ''));
    }
  });
  it('every run=shell block (and the rest of every run=install block) runs in the site and prints what the docs show', async () => {
    // The files the CLI's examples name: agency copy and key points.
    const copy = (from: string, to: string) => cpSync(fileURLToPath(new URL(from, repo)), join(site, to));
    for (const name of ['agentur.txt', 'putin-nordkorea.txt'])
      copy('examples/news-site/import/putin-nordkorea.txt', name);
    copy('examples/news-site/import/summary.md', 'summary.md');
    const problems: string[] = [];
    let ran = 0;
    for (const file of documents()) {
      let printed: string | undefined;
      for (const block of blocks.filter((b) => b.file === file)) {
        if (block.meta['output-of'] === 'shell') {
          if (printed === undefined)
            problems.push(`${where(block)}  output-of=shell with no run=shell block before it`);
          else if (lines(block.body).join('\n') !== lines(printed).join('\n'))
            problems.push(`${where(block)}  the command prints:\n${printed}`);
          continue;
        }
        const script =
          block.meta.run === 'shell'
            ? block.body
            : block.meta.run === 'install'
              ? block.body
                  .split('\n')
                  .filter((line) => line.trim() && !/^npm (install|i)\b/.test(line.trim()))
                  .join('\n')
              : '';
        if (!script) continue;
        ran++;
        const extra = (block.meta.articles ?? '')
          .split(',')
          .filter(Boolean)
          .map((path) => join(site, 'src/content/articles', path.split('/').at(-1) as string));
        (block.meta.articles ?? '')
          .split(',')
          .filter(Boolean)
          .forEach((path, index) => {
            copy(path, relative(site, extra[index] as string));
          });
        const result = await exec('sh', ['-e', '-c', script], {
          cwd: site,
          env: { ...process.env, PATH: `${join(site, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1' },
        }).then(
          ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
          (error: { code?: number; stdout?: string; stderr?: string }) => ({
            code: error.code ?? 1,
            output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
          }),
        );
        for (const file of extra) rmSync(file);
        printed = result.output;
        if (result.code !== Number(block.meta.exit ?? 0))
          problems.push(`${where(block)}  exit code ${result.code}:\n${result.output}`);
      }
    }
    expect(ran).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
