/**
 * remark-newsroom ships the stylesheet and the poll consent script for sites
 * without Astro: the same files astro-newsroom serves, built from its sources.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { configMarker } from '../../astro-newsroom/src/client/poll-state.js';

const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(require.resolve(path), 'utf8');

it('remark-newsroom/styles.css is astro-newsroom’s stylesheet', () => {
  expect(read('remark-newsroom/styles.css')).toBe(read('../../astro-newsroom/styles/newsroom.css'));
  expect(read('remark-newsroom/styles.css')).toContain('[data-nr');
});

it('remark-newsroom/poll-consent.js is the consent script, with its default settings (Civey)', () => {
  const script = read('remark-newsroom/poll-consent.js');
  expect(script).toContain('data-nr-poll-load');
  expect(script).toContain(configMarker);
  expect(configMarker).toContain('widget.civey.com');
  expect(script.length).toBeLessThan(8000);
});
