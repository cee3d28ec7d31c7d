/**
 * The layers of remark-newsroom (ARCHITECTURE.md draws them), kept: an import
 * may only go down a layer or sideways within one. And the packages built on
 * remark-newsroom import only what its `exports` publish, never its files.
 * Imports are read by es-module-lexer (type-only imports and re-exports
 * included), not by matching text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockNames } from '../src/block-names.js';
import { blocks } from '../src/blocks/index.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageRoot, '..', '..');
const srcRoot = join(packageRoot, 'src');

/**
 * Bottom to top. A path ending in `/` holds everything under that folder; any
 * other path is one file. Every source file must be listed: a new file's
 * layer is a decision.
 */
const layers: readonly { name: string; files: readonly string[] }[] = [
  {
    name: 'shared data and types',
    files: [
      'locales.ts',
      'locales/',
      'badges.ts',
      'providers.ts',
      'block-names.ts',
      'block-input.ts',
      'settings.ts',
      'near-name.ts',
    ],
  },
  { name: 'options', files: ['options.ts', 'options/'] },
  { name: 'engine', files: ['engine/'] },
  { name: 'blocks', files: ['blocks/'] },
  {
    name: 'adapters and entries',
    files: [
      'plugin.ts',
      'satteri.ts',
      'satteri-mirror.ts',
      'satteri-crowded.ts',
      'satteri-list-item.ts',
      'index.ts',
      'engine-entry.ts',
    ],
  },
];

/** The layer (1 = bottom) of a file, by its path under `src/` (posix). */
function layerOf(file: string): number | undefined {
  const at = layers.findIndex(({ files }) =>
    files.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry)),
  );
  return at === -1 ? undefined : at + 1;
}

/** Module specifiers a file imports or re-exports (static, dynamic with a literal, type-only). */
function importsOf(code: string, file: string): string[] {
  const [imports] = parse(code, file);
  return imports.flatMap((entry) => (entry.n !== undefined && entry.t !== 3 ? [entry.n] : []));
}

/** Every import that goes up a layer, or from or into a file no layer holds; files by path under `src/`. */
function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, code] of files) {
    const from = layerOf(file);
    if (from === undefined) {
      found.push(`${file} is in no layer`);
      continue;
    }
    for (const specifier of importsOf(code, file)) {
      // The package by its own name resolves too (Node reads `exports`), and would skip the layers.
      if (/^remark-newsroom(\/|$)/.test(specifier)) {
        found.push(`${file} imports ${specifier}, the package by its own name`);
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = posix.join(posix.dirname(file), specifier).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      if (to === undefined) found.push(`${file} imports ${specifier}, which is in no layer`);
      else if (to > from) {
        found.push(
          `${file} (${layers[from - 1]?.name}) imports ${specifier} (${layers[to - 1]?.name}), a layer above it`,
        );
      }
    }
  }
  return found;
}

/** `exports` keys of remark-newsroom as patterns (`./assets/*` matches any file under it). */
function isPublished(subpath: string, exported: readonly string[]): boolean {
  return exported.some((key) =>
    key.endsWith('*') ? subpath.startsWith(key.slice(0, -1)) && subpath.length > key.length - 1 : subpath === key,
  );
}

/**
 * Imports of remark-newsroom that reach past its `exports`: a deep path
 * (`remark-newsroom/src/…`, `remark-newsroom/dist/…`) or a relative path into
 * its folder. `files` by repository-relative path.
 */
function internalImports(files: ReadonlyMap<string, string>, exported: readonly string[]): string[] {
  const found: string[] = [];
  for (const [file, code] of files) {
    for (const specifier of importsOf(code, file)) {
      const bare = /^remark-newsroom(\/.*)?$/.exec(specifier);
      if (bare) {
        if (!isPublished(`.${bare[1] ?? ''}`, exported)) found.push(`${file} imports ${specifier}`);
      } else if (specifier.startsWith('.')) {
        const target = posix.join(posix.dirname(file), specifier);
        if (target.startsWith('packages/remark-newsroom/')) found.push(`${file} imports ${specifier}`);
      }
    }
  }
  return found;
}

/** Files under the folder `dir` (none if it is a file) with one of `extensions`, by path relative to `base` (posix); no dependencies or builds. */
function filesUnder(dir: string, base: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      return ['node_modules', 'dist', '.astro', 'fixtures'].includes(entry) ? [] : filesUnder(path, base, extensions);
    }
    return extensions.some((extension) => entry.endsWith(extension))
      ? [relative(base, path).split('\\').join('/')]
      : [];
  });
}

/** The script of a file: an Astro component's frontmatter and `<script>` bodies, or the whole file. */
function scriptOf(path: string): string {
  const code = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return code;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(code)?.[1] ?? '';
  const scripts = [...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join(';\n');
}

beforeAll(async () => {
  await init;
});

describe('remark-newsroom layers', () => {
  it('no file imports a layer above its own, and every file is in a layer', () => {
    const files = new Map(
      filesUnder(srcRoot, srcRoot, ['.ts']).map((file) => [file, readFileSync(join(srcRoot, file), 'utf8')]),
    );
    expect(files.size).toBeGreaterThan(40);
    expect(layerViolations(files)).toEqual([]);
  });

  it('catches an import that runs back up, a type-only one and a re-export too', () => {
    const files = new Map([
      ['engine/pass.ts', "import { blocks } from '../blocks/index.js';\nexport const x = 1;"],
      ['options.ts', "import type { BlockInput } from './engine/types.js';"],
      ['locales.ts', "export { plugin } from './plugin.js';"],
      ['blocks/quote.ts', "import { h } from 'hastscript';\nimport { slot } from '../engine/block.js';"],
      ['engine/render.ts', "import { restore } from './restore.js';\nconst lazy = () => import('../satteri.js');"],
      ['options/schema.ts', "import { blocks } from 'remark-newsroom/engine';"],
      ['stray.ts', ''],
    ]);
    expect(layerViolations(files)).toEqual([
      'engine/pass.ts (engine) imports ../blocks/index.js (blocks), a layer above it',
      'options.ts (options) imports ./engine/types.js (engine), a layer above it',
      'locales.ts (shared data and types) imports ./plugin.js (adapters and entries), a layer above it',
      'engine/render.ts (engine) imports ../satteri.js (adapters and entries), a layer above it',
      'options/schema.ts imports remark-newsroom/engine, the package by its own name',
      'stray.ts is in no layer',
    ]);
  });

  it('every entry of the layers names a file or folder that exists', () => {
    const missing = layers.flatMap(({ files }) => files).filter((entry) => !existsSync(join(srcRoot, entry)));
    expect(missing).toEqual([]);
  });

  it('ARCHITECTURE.md draws the same layers: each layer with the files this test holds', () => {
    const architecture = readFileSync(join(repoRoot, 'ARCHITECTURE.md'), 'utf8');
    const section = architecture.slice(architecture.indexOf('## Layers'));
    const drawing = /```[^\n]*\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
    // Each layer's row starts with its number and name; its files follow, over one or more lines.
    const rows = drawing.split(/\n(?=\s*\d+\s{2})/);
    expect(rows).toHaveLength(layers.length);
    layers.forEach(({ name, files }, index) => {
      const row = rows.find((text) => new RegExp(`^\\s*${index + 1}\\s+${name}\\b`).test(text)) ?? '';
      expect(row, `layer ${index + 1} (${name}) in ARCHITECTURE.md`).not.toBe('');
      const named = [...row.matchAll(/[\w-]+(?:\/[\w<>*-]+)*(?:\.ts|\/)/g)].map((match) => match[0]);
      const held = new Set(files.map((entry) => entry.replace(/\/$/, '')));
      const drawn = new Set(named.map((entry) => entry.replace(/\/.*$/, '')));
      for (const entry of held) expect(drawn, `ARCHITECTURE.md, layer ${index + 1}, names ${entry}`).toContain(entry);
      for (const entry of drawn)
        expect(held, `layer ${index + 1} in this test holds ${entry} (ARCHITECTURE.md names it)`).toContain(entry);
    });
  });
});

describe('packages built on remark-newsroom', () => {
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const exported = Object.keys(manifest.exports);

  it('ship code that imports only what its exports publish, never its source or build files', () => {
    // What each package publishes (its `files`, without builds): a test may still mock an internal module.
    const extensions = ['.ts', '.mts', '.mjs', '.js', '.astro'];
    const paths = ['astro-newsroom', 'newsroom-cli'].flatMap((name) => {
      const root = join(repoRoot, 'packages', name);
      const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
      return files
        .filter((entry) => !entry.startsWith('!') && entry !== 'dist')
        .flatMap((entry) => filesUnder(join(root, entry), repoRoot, extensions));
    });
    const files = new Map(paths.map((path) => [path, scriptOf(join(repoRoot, path))]));
    // Both packages import remark-newsroom: the scan sees them.
    expect([...files.values()].filter((code) => code.includes("from 'remark-newsroom")).length).toBeGreaterThan(10);
    expect(internalImports(files, exported)).toEqual([]);
  });

  it('catches a deep import, a build path, a relative path into the package, and an unpublished subpath', () => {
    const files = new Map([
      ['packages/astro-newsroom/src/a.ts', "import { runDocumentPass } from 'remark-newsroom/src/engine/pass.js';"],
      ['packages/astro-newsroom/src/b.ts', "export { blocks } from 'remark-newsroom/dist/blocks/index.js';"],
      ['packages/newsroom-cli/src/c.ts', "import type { MdastNode } from '../../remark-newsroom/src/engine/tree.js';"],
      ['packages/newsroom-cli/src/d.ts', "const m = await import('remark-newsroom/blocks');"],
      [
        'packages/newsroom-cli/src/fine.ts',
        "import x from 'remark-newsroom';\nimport { blocks } from 'remark-newsroom/engine';\nimport css from 'remark-newsroom/assets/newsroom.css';",
      ],
    ]);
    expect(internalImports(files, exported)).toEqual([
      'packages/astro-newsroom/src/a.ts imports remark-newsroom/src/engine/pass.js',
      'packages/astro-newsroom/src/b.ts imports remark-newsroom/dist/blocks/index.js',
      'packages/newsroom-cli/src/c.ts imports ../../remark-newsroom/src/engine/tree.js',
      'packages/newsroom-cli/src/d.ts imports remark-newsroom/blocks',
    ]);
  });
});

describe('facts the options layer holds about the blocks', () => {
  it('the block registry holds exactly the block names the options read', () => {
    expect(Object.keys(blocks).sort()).toEqual([...blockNames].sort());
    for (const [name, block] of Object.entries(blocks)) expect(block.name).toBe(name);
  });
});

/**
 * Spreading a list into a call (`push(...nodes)`, `Math.max(...times)`)
 * throws past about 125,000 items: where the list comes from a document or
 * a feed, a loop or a fold is written instead (hostile.test.ts renders such
 * a document). The calls left spread lists our own code bounds.
 */
describe('no call spreads a list that outside input can make long', () => {
  const spreadCall = /\b(?:push|unshift|Math\.max|Math\.min)\(\.\.\./;
  /** File → how many spread calls it keeps, and why each list is short. */
  const bounded: Record<string, number> = {
    // The page's one stylesheet link and one consent script.
    'astro-newsroom/src/unified.ts': 2,
    // Astro's and our own plugin lists.
    'astro-newsroom/src/processor.ts': 4,
    // The poll commands queued before the script loaded (one per poll button).
    'astro-newsroom/src/client/poll-consent.ts': 1,
    // The CLI's own flag table.
    'newsroom-cli/src/flags.ts': 1,
    // The Markdown blocks one paragraph or one topic line of copy becomes (a handful).
    'newsroom-cli/src/import.ts': 8,
  };
  const packagesRoot = join(repoRoot, 'packages');
  const found = (text: string) =>
    text.split('\n').filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line) && spreadCall.test(line)).length;

  it('finds spread calls and passes over comments', () => {
    expect(found('out.push(...nodes);\n// push(...x) in a comment\n * Math.max(...a)\nMath.min(...b)')).toBe(2);
  });

  it('only the files that bound their lists spread them, as many times as written down', () => {
    const counts: Record<string, number> = {};
    for (const name of ['remark-newsroom', 'astro-newsroom', 'newsroom-cli']) {
      const src = join(packagesRoot, name, 'src');
      for (const file of filesUnder(src, src, ['.ts'])) {
        const count = found(readFileSync(join(src, file), 'utf8'));
        if (count) counts[`${name}/src/${file}`] = count;
      }
    }
    expect(counts).toEqual(bounded);
  });
});
