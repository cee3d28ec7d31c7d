/**
 * Install as a user would: `pnpm pack` both packages, create fresh Astro
 * sites outside the workspace, install the tarballs with npm and build.
 * Astro 7 on its default processor (Sätteri), Astro 7 on unified, Astro 6;
 * `.md` and `.mdx`. Then `astro add astro-newsroom` against the packed package.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockNames, pageFiles } from './pages.js';
import { type Packed, serveRegistry } from './registry.js';

const exec = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsroom-consumer-'));
const packed: Record<string, Packed> = {};

async function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return exec(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(
        `${command} ${args.join(' ')} failed in ${cwd}\n${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`,
      );
    },
  );
}

function writeFiles(root: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

beforeAll(async () => {
  const out = join(work, 'tarballs');
  mkdirSync(out, { recursive: true });
  for (const name of ['remark-newsroom', 'astro-newsroom']) {
    const dir = join(repo, 'packages', name);
    // pnpm pack turns `workspace:^` into a real range, as publishing does.
    const { stdout } = await sh('npx', ['--yes', 'pnpm@12.4.2', 'pack', '--pack-destination', out, '--json'], dir);
    const info = JSON.parse(stdout) as { filename: string };
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    manifest.dependencies = Object.fromEntries(
      Object.entries(manifest.dependencies as Record<string, string>).map(([dep, range]) => [
        dep,
        range.startsWith('workspace:') ? `^${manifest.version}` : range,
      ]),
    );
    packed[name] = { name, version: manifest.version, tarball: info.filename, manifest };
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tarballs', () => {
  for (const name of ['remark-newsroom', 'astro-newsroom']) {
    it(`${name}: holds no tests or fixtures`, async () => {
      const { stdout } = await sh('tar', ['-tzf', packed[name]!.tarball], work);
      const files = stdout.trim().split('\n');
      expect(files.filter((file) => /(^|\/)(test|tests|fixtures|__tests__)\/|\.test\.|tsbuildinfo/.test(file))).toEqual(
        [],
      );
      expect(files).toContain('package/README.md');
      expect(files).toContain('package/LICENSE');
      expect(files).toContain('package/dist/index.js');
      const size = statSync(packed[name]!.tarball).size;
      console.log(`tarball ${name}: ${size} bytes, ${files.length} files`);
      expect(size).toBeLessThan(200_000);
      // Every source map points at a file the tarball holds (no "missing source" warnings in dev).
      const maps = files.filter((file) => file.endsWith('.js.map'));
      expect(maps.length).toBeGreaterThan(0);
      const { stdout: mapText } = await sh('tar', ['-xzOf', packed[name]!.tarball, ...maps], work);
      const sources = [...mapText.matchAll(/"sources":\[([^\]]*)\]/g)].flatMap((match) =>
        JSON.parse(`[${match[1]}]`),
      ) as string[];
      expect(sources.length).toBeGreaterThan(0);
      const dirs = maps.map((map) => map.replace(/[^/]+$/, ''));
      for (const source of new Set(sources)) {
        const found = dirs.some((dir) => files.includes(posix.normalize(`${dir}${source}`)));
        expect(found, source).toBe(true);
      }
    });
  }
});

const sites = {
  'astro7-satteri': { deps: { astro: '^7.3.0', '@astrojs/mdx': '^8.0.0' }, config: '' },
  'astro7-unified': {
    deps: { astro: '^7.3.0', '@astrojs/mdx': '^8.0.0', '@astrojs/markdown-remark': '^7.3.0' },
    config: "import { unified } from '@astrojs/markdown-remark';\n",
  },
  astro6: { deps: { astro: '^6.4.0', '@astrojs/mdx': '^5.0.0' }, config: '' },
} as const;

describe.each(Object.keys(sites) as (keyof typeof sites)[])('a fresh %s site', (name) => {
  const site = sites[name];
  const root = join(work, name);

  it('installs the tarballs with npm and builds every block from .md and .mdx', async () => {
    const processor = name === 'astro7-unified' ? '  markdown: { processor: unified() },\n' : '';
    writeFiles(root, {
      'package.json': JSON.stringify(
        {
          name: `consumer-${name}`,
          private: true,
          type: 'module',
          dependencies: {
            ...site.deps,
            'remark-newsroom': `file:${packed['remark-newsroom']!.tarball}`,
            'astro-newsroom': `file:${packed['astro-newsroom']!.tarball}`,
          },
        },
        null,
        2,
      ),
      'astro.config.mjs': `${site.config}import mdx from '@astrojs/mdx';\nimport newsroom from 'astro-newsroom';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n${processor}  integrations: [newsroom({ locale: 'de-CH' }), mdx()],\n});\n`,
      ...pageFiles,
    });
    await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], root);
    const { stdout, stderr } = await sh(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], root);
    expect(`${stdout}${stderr}`).not.toMatch(/\[astro-newsroom\].*\[/);
    for (const page of ['markdown', 'mdx']) {
      const tree = fromHtml(readFileSync(join(root, 'dist', page, 'index.html'), 'utf8'));
      for (const block of blockNames)
        expect(selectAll(`[data-nr="${block}"]`, tree).length, `${page}: ${block}`).toBe(1);
    }
    expect(readFileSync(join(root, 'dist/_newsroom/poll-consent.js'), 'utf8')).toContain('data-nr-poll-load');
  });
});

describe('astro add', () => {
  it('finds astro-newsroom as an integration and adds it to astro.config', async () => {
    const root = join(work, 'astro-add');
    writeFiles(root, {
      'package.json': JSON.stringify(
        { name: 'consumer-astro-add', private: true, type: 'module', dependencies: { astro: '^7.3.0' } },
        null,
        2,
      ),
      'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
      'src/pages/index.md': '---\ntitle: Start\n---\n\n::topic[Mehr]{href="/x"}\n',
    });
    await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], root);
    const upstream = (await sh('npm', ['config', 'get', 'registry'], root)).stdout.trim();
    const registry = await serveRegistry([packed['remark-newsroom']!, packed['astro-newsroom']!], upstream);
    try {
      await sh(process.execPath, ['node_modules/astro/bin/astro.mjs', 'add', 'astro-newsroom', '--yes'], root, {
        npm_config_registry: registry.origin,
      });
    } finally {
      await registry.close();
    }
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/import newsroom from ['"]astro-newsroom['"]/);
    expect(config).toMatch(/integrations:\s*\[newsroom\(\)\]/);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.dependencies['astro-newsroom']).toBe('^0.1.0');
    await sh(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], root);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toContain('data-nr="topic"');
  });
});
