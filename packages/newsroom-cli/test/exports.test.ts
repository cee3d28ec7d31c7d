/**
 * The public surface, pinned: the subpaths of package.json `exports` and the
 * runtime names of the entry, imported from the build by the package's own
 * name, so the exports map itself is what resolves it. Adding or removing
 * one is a decision, not an accident; each is named in the README.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  bin: Record<string, string>;
};
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('the subpaths and the command', () => {
  expect(Object.keys(manifest.exports)).toEqual(['.', './package.json']);
  expect(manifest.bin).toEqual({ newsroom: './dist/bin.js' });
});

it('newsroom-cli', async () => {
  expect(Object.keys(await import('newsroom-cli')).sort()).toEqual([
    'FileError',
    'InputError',
    'NinjsError',
    'XmlError',
    'check',
    'decodeCopy',
    'decodeText',
    'detectFormat',
    'htmlBlocks',
    'importArticle',
    'main',
    'ninjsBlocks',
    'ninjsOptions',
    'parseNewsml',
    'parseNinjs',
    'textBlocks',
  ]);
});

it('the README names every export', async () => {
  const missing = Object.keys(await import('newsroom-cli')).filter((name) => !readme.includes(`\`${name}`));
  expect(missing).toEqual([]);
});

it('its errors are the classes its functions throw', async () => {
  const cli = await import('newsroom-cli');
  expect(() => cli.decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'copy.txt')).toThrow(cli.InputError);
  expect(() => cli.parseNinjs('{ not json')).toThrow(cli.NinjsError);
  expect(() => cli.parseNewsml('<html/>')).toThrow(cli.XmlError);
  await expect(cli.check({ paths: ['no-such-folder-here/x.md'] })).rejects.toThrow(cli.FileError);
});

it('its errors say their own name when printed', async () => {
  const cli = await import('newsroom-cli');
  for (const ErrorClass of [cli.InputError, cli.NinjsError, cli.XmlError, cli.FileError]) {
    expect(String(new ErrorClass('x'))).toBe(`${ErrorClass.name}: x`);
  }
});
