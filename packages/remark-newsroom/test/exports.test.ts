/**
 * The public names of each entry point, pinned: adding or removing one is a
 * decision, not an accident. Every subpath of `exports` in package.json is
 * listed here (a test below checks), so a new entry cannot go unpinned.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/** Each code subpath of package.json `exports`, with its source file and exact export list. */
const entries: Record<string, { source: () => Promise<object>; names: string[] }> = {
  '.': {
    source: () => import('../src/index.js'),
    names: ['OptionsError', 'StrictModeError', 'default', 'remarkNewsroomRestore'],
  },
  './satteri': {
    source: () => import('../src/satteri.js'),
    names: ['default', 'newsroomMdastPlugin', 'satteriNewsroomRestore'],
  },
  './options': {
    source: () => import('../src/options.js'),
    names: [
      'OptionsError',
      'blockNames',
      'builtinBadges',
      'builtinProviders',
      'formatOptionProblems',
      'optionNames',
      'optionsSchema',
      'providerFields',
      'resolveOptions',
      'withOptions',
    ],
  },
  './engine': {
    source: () => import('../src/engine-entry.js'),
    names: [
      'StrictModeError',
      'blocks',
      'createDocument',
      'formatDate',
      'formatDiagnostic',
      'isIsoDate',
      'isLocale',
      'isRestored',
      'isSafeUrl',
      'labels',
      'locales',
      'problemCount',
      'renderDirective',
      'ruleIds',
      'runDocumentPass',
      'underBase',
    ],
  },
};

for (const [subpath, { source, names }] of Object.entries(entries)) {
  it(`remark-newsroom${subpath === '.' ? '' : subpath.slice(1)}`, async () => {
    expect(Object.keys(await source()).sort()).toEqual(names);
  });
}

it('every code subpath of package.json is pinned here, and points at the built file of its source', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, string | { types: string; default: string }>;
  };
  const code = Object.entries(manifest.exports).filter(([, target]) => typeof target === 'object');
  expect(code.map(([subpath]) => subpath).sort()).toEqual(Object.keys(entries).sort());
  expect(Object.fromEntries(code)).toEqual({
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './satteri': { types: './dist/satteri.d.ts', default: './dist/satteri.js' },
    './engine': { types: './dist/engine-entry.d.ts', default: './dist/engine-entry.js' },
    './options': { types: './dist/options.d.ts', default: './dist/options.js' },
  });
  // The other subpaths are files, not modules.
  expect(
    Object.keys(manifest.exports)
      .filter((subpath) => !Object.keys(entries).includes(subpath))
      .sort(),
  ).toEqual(['./assets/*', './package.json', './poll-consent.js', './styles.css']);
});

it('each option name comes from one subpath: /options, never also /engine', async () => {
  const engine = Object.keys(await import('../src/engine-entry.js'));
  const options = Object.keys(await import('../src/options.js'));
  expect(engine.filter((name) => options.includes(name))).toEqual([]);
});

it('the README names every export of /options, and never a name that skips validation', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const names = Object.keys(await import('../src/options.js'));
  expect(names.filter((name) => !readme.includes(`\`${name}`))).toEqual([]);
  expect(names.filter((name) => /mark|complete|check/i.test(name))).toEqual([]);
});
