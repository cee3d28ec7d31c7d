/**
 * The static-build part tells a build that failed for the size of Astro's
 * single-file data store from any other failure, and writes the chunked
 * store into the site's config only when asked.
 */
import { expect, it } from 'vitest';
import { astroConfig } from './astro-site.ts';
import { storeTooLong } from './static-build.ts';

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
