/** Lighthouse (Debian's Chromium) on the example site's article, served on 127.0.0.1. */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Part } from './part.ts';

const exec = promisify(execFile);

export const part: Part = {
  id: 'lighthouse',
  what: 'Lighthouse scores of the example article',
  skipInSmoke: true,
  async run({ here, rounds }) {
    const { serveSite } = await import('../../test/browser/server.ts');
    const server = await serveSite();
    const scores: Record<string, number[]> = {};
    try {
      for (let round = 0; round < rounds; round++) {
        const out = join(here, '.lighthouse.json');
        await exec(
          process.execPath,
          [
            join(here, 'node_modules/lighthouse/cli/index.js'),
            `${server.origin}/artikel/putin-nordkorea/`,
            '--quiet',
            '--output=json',
            `--output-path=${out}`,
            '--only-categories=performance,accessibility,best-practices,seo',
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
          ],
          {
            env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
        rmSync(out);
        for (const [id, category] of Object.entries(report.categories)) {
          scores[id] = [...(scores[id] ?? []), Math.round(category.score * 100)];
        }
      }
      return {
        measured: Object.fromEntries(Object.entries(scores).map(([id, values]) => [`lighthouse-${id}`, values])),
        data: scores,
      };
    } finally {
      await server.close();
    }
  },
};
