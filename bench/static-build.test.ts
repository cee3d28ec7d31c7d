/**
 * The static-build part tells a build that failed for the size of Astro's
 * single-file data store from any other failure, and writes the chunked
 * store into the site's config only when asked.
 */
import { describe, expect, it } from 'vitest';
import { astroConfig } from './astro-site.ts';
import { type BuildSite, measureStaticBuilds, storeTooLong } from './static-build.ts';

it('a data store longer than V8 allows is a failure of its own; anything else is not', () => {
  const astro = new Error(
    'astro build failed (1):\n[UnknownFilesystemError]\n  Caused by:\n  Invalid string length\n    at Array.join',
  );
  expect(storeTooLong(astro)).toMatch(/single-file data store.*Invalid string length/);
  expect(storeTooLong(new Error('astro build failed (1):\n[InvalidContentEntryDataError] title: Required'))).toBe(
    undefined,
  );
  expect(storeTooLong('ENOSPC: no space left on device')).toBe(undefined);
});

it('the chunked store is in the config only when asked', () => {
  expect(astroConfig('satteri', true)).not.toMatch(/collectionStorage/);
  expect(astroConfig('satteri', true, 'chunked')).toMatch(/experimental: \{ collectionStorage: 'chunked' \}/);
  expect(astroConfig('unified', false, 'single-file')).not.toMatch(/collectionStorage/);
});

describe('the builds it runs', () => {
  const tooLong = new Error('astro build failed (1):\n  Caused by:\n  Invalid string length');
  const timing = { ms: 1000, peakTreeMB: 500, peakMainMB: 400 };
  /** A build that fails for the listed sizes and stores, and records what it was asked. */
  const fake = (fails: Record<string, Error>) => {
    const asked: string[] = [];
    const build: BuildSite = async (count, storage) => {
      asked.push(`${count} ${storage}`);
      const error = fails[`${count} ${storage}`];
      if (error) throw error;
      return timing;
    };
    return { asked, build };
  };

  it('a size whose single-file store is too long is recorded as failed and built with the chunked store', async () => {
    const { asked, build } = fake({ '30 single-file': tooLong });
    const results = await measureStaticBuilds([10, 30], { build });
    expect(asked).toEqual(['10 single-file', '30 single-file', '30 chunked']);
    expect(results.map((r) => [r.articles, r.storage, r.failed === undefined, r.msPerArticle])).toEqual([
      [10, 'single-file', true, 100],
      [30, 'single-file', false, undefined],
      [30, 'chunked', true, 33.33],
    ]);
  });

  it('any other failure, and a chunked store longer than a string, end the run', async () => {
    const other = fake({ '10 single-file': new Error('astro build failed (1): title: Required') });
    await expect(measureStaticBuilds([10], { build: other.build })).rejects.toThrow(/title: Required/);
    const both = fake({ '10 single-file': tooLong, '10 chunked': tooLong });
    await expect(measureStaticBuilds([10], { build: both.build })).rejects.toThrow(/Invalid string length/);
  });

  it('a build out of heap is recorded as failed, with the heap limit it had, and the next size still runs', async () => {
    const heap = new Error(
      'astro build failed (null):\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    );
    const { asked, build } = fake({ '30 single-file': tooLong, '30 chunked': heap });
    const results = await measureStaticBuilds([30, 10], { build, heapMB: 4096 });
    expect(asked).toEqual(['30 single-file', '30 chunked', '10 single-file']);
    expect(results.map((r) => [r.articles, r.storage, r.failed?.slice(0, 20), r.heapMB])).toEqual([
      [30, 'single-file', "Astro's single-file ", 4096],
      [30, 'chunked', "the build's main pro", 4096],
      [10, 'single-file', undefined, 4096],
    ]);
  });

  it('chunkedOnly builds only the chunked store', async () => {
    const { asked, build } = fake({});
    await measureStaticBuilds([10], { build, chunkedOnly: true });
    expect(asked).toEqual(['10 chunked']);
  });

  it('with chunkedToo both stores are built for every size', async () => {
    const { asked, build } = fake({});
    const results = await measureStaticBuilds([10], { build, chunkedToo: true });
    expect(asked).toEqual(['10 single-file', '10 chunked']);
    expect(results.every((r) => r.ms === 1000)).toBe(true);
  });
});
