/**
 * `newsroom check` over a folder of 1,000 generated articles: files per
 * second, for a pre-commit hook. The articles are valid, as a newsroom's
 * content folder mostly is: each gets the `teaser` and `published` the
 * article schema asks for, except one in twenty, whose two errors keep the
 * report's cost in the figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from 'newsroom-cli';
import { corpus } from '../generate.ts';
import type { Part } from './part.ts';

/** Every `invalidEvery`-th article keeps the generator's frontmatter, which lacks `teaser` and `published`. */
const invalidEvery = 20;

/** The article with the frontmatter fields the schema requires, added after its title. */
export function withRequiredFields(markdown: string, index: number): string {
  const published = new Date(Date.UTC(2024, 5, 1) + index * 60_000).toISOString();
  return markdown.replace(/^(---\ntitle: .*\n)/, `$1teaser: "Generated article ${index}."\npublished: ${published}\n`);
}

export const part: Part = {
  id: 'check',
  what: '`newsroom check` over 1,000 generated articles: files per second',
  async run({ smoke, rounds }) {
    const count = smoke ? 20 : 1000;
    const folder = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
    let reported = '';
    const report = new Writable({
      write: (chunk, _encoding, done) => {
        reported += chunk;
        done();
      },
    });
    const perSecond: number[] = [];
    try {
      corpus(count).forEach((a, index) => {
        const markdown = index % invalidEvery === 0 ? a.markdown : withRequiredFields(a.markdown, index);
        writeFileSync(join(folder, `${a.slug}.md`), markdown);
      });
      for (let round = 0; round < rounds; round++) {
        reported = '';
        const started = performance.now();
        await check({ paths: [folder], report });
        perSecond.push(Math.round((count / (performance.now() - started)) * 1000));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // The folder must be what the comment says: errors in one file of twenty, and only there.
    const filesWithErrors = Math.ceil(count / invalidEvery);
    if (!reported.includes(`${2 * filesWithErrors} errors`)) {
      throw new Error(
        `check bench: expected ${2 * filesWithErrors} errors in the report, got: ${reported.slice(-200)}`,
      );
    }
    return {
      measured: { 'check-files-per-second': perSecond },
      data: { files: count, filesWithErrors, filesPerSecond: perSecond },
    };
  },
};
