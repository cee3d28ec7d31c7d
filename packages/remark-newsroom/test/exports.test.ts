/** The public names of each entry point, pinned: adding or removing one is a decision, not an accident. */
import { expect, it } from 'vitest';

it('remark-newsroom', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['default', 'remarkNewsroomRestore']);
});

it('remark-newsroom/satteri', async () => {
  expect(Object.keys(await import('../src/satteri.js')).sort()).toEqual([
    'default',
    'newsroomMdastPlugin',
    'satteriAdapter',
    'satteriNewsroomRestore',
  ]);
});

it('remark-newsroom/engine', async () => {
  expect(Object.keys(await import('../src/engine/index.js')).sort()).toEqual([
    'OptionsError',
    'StrictModeError',
    'badgeFields',
    'blocks',
    'createDocument',
    'formatDate',
    'formatDiagnostic',
    'isIsoDate',
    'isRestored',
    'isSafeUrl',
    'labels',
    'locales',
    'maxNesting',
    'optionNames',
    'providerFields',
    'renderDirective',
    'resolveOptions',
    'restoreUnclaimed',
    'ruleIds',
    'runDocumentPass',
    'underBase',
    'withoutBom',
  ]);
});
