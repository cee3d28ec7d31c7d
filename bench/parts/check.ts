/** `newsroom check` over a folder of 1,000 generated articles: files per second, for a pre-commit hook. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from 'newsroom-cli';
import { corpus } from '../generate.ts';
import type { Part } from './part.ts';

export const part: Part = {
  id: 'check',
  what: '`newsroom check` over 1,000 generated articles: files per second',
  async run({ smoke, rounds }) {
    const count = smoke ? 20 : 1000;
    const folder = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
    const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
    const perSecond: number[] = [];
    try {
      for (const a of corpus(count)) writeFileSync(join(folder, `${a.slug}.md`), a.markdown);
      for (let round = 0; round < rounds; round++) {
        const started = performance.now();
        await check({ paths: [folder], report: quiet });
        perSecond.push(Math.round((count / (performance.now() - started)) * 1000));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return { measured: { 'check-files-per-second': perSecond }, data: { files: count, filesPerSecond: perSecond } };
  },
};
