/**
 * Astro keeps rendered collection entries between builds. A changed option of
 * ours, or a new version of our packages, must still reach them, on both
 * processors, without `--force` (see src/fingerprint.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../src/fingerprint.js';
import { buildSite, fixtures } from './sites.js';

const packageJson = new URL('../package.json', import.meta.url);

describe.each(['satteri', 'unified'])('content cache on %s', (processor) => {
  const build = (summaryTitle: string) =>
    buildSite(
      'collection',
      { NEWSROOM_PROCESSOR: processor, NEWSROOM_SUMMARY_TITLE: summaryTitle },
      `dist-${processor}`,
    );

  it('a changed option re-renders cached entries; an unchanged one keeps the cache', async () => {
    rmSync(new URL(`collection/node_modules/.astro-${processor}/`, fixtures), { recursive: true, force: true });
    const first = await build('Erster Titel');
    expect(first.ok, first.output).toBe(true);
    expect(first.read('lage/index.html')).toContain('Erster Titel');

    const same = await build('Erster Titel');
    expect(same.output).not.toContain('Clearing content store');

    const second = await build('Zweiter Titel');
    expect(second.ok, second.output).toBe(true);
    expect(second.output).toContain('Astro config changed');
    expect(second.read('lage/index.html')).toContain('Zweiter Titel');
    expect(second.read('lage/index.html')).not.toContain('Erster Titel');
  });

  it('a new version of our packages re-renders cached entries', async () => {
    await build('Titel');
    const original = readFileSync(packageJson, 'utf8');
    try {
      const manifest = JSON.parse(original) as { version: string };
      writeFileSync(packageJson, JSON.stringify({ ...manifest, version: `${manifest.version}-next` }, null, 2));
      const bumped = await build('Titel');
      expect(bumped.ok, bumped.output).toBe(true);
      expect(bumped.output).toContain('Clearing content store');
    } finally {
      writeFileSync(packageJson, original);
    }
  });
});

it('the fingerprint follows options and versions, and nothing else', () => {
  const options = { locale: 'de', labels: { de: { summaryTitle: 'A' } } };
  expect(fingerprint(options, ['1.0.0', '1.0.0'])).toBe(fingerprint({ ...options }, ['1.0.0', '1.0.0']));
  expect(fingerprint(options, ['1.0.0', '1.0.0'])).not.toBe(fingerprint(options, ['1.0.1', '1.0.0']));
  expect(fingerprint(options, ['1.0.0', '1.0.0'])).not.toBe(
    fingerprint({ ...options, labels: { de: { summaryTitle: 'B' } } }, ['1.0.0', '1.0.0']),
  );
});
