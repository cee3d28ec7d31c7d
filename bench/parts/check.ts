/**
 * `newsroom check` over a folder of 1,000 generated articles: files per
 * second, for a pre-commit hook. The articles are valid, as a newsroom's
 * content folder mostly is: each gets the `teaser` and `published` the
 * article schema asks for, except one in twenty, whose two errors keep the
 * report's cost in the figure. Reported beside the budget: the same articles
 * with every file failing the schema (two errors each), the corpus this part
 * checked before, where printing the report is a large share of the time.
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

/** Files per second of `check` over `folder`, once per round; what it printed, for the caller to check. */
async function timeCheck(
  folder: string,
  count: number,
  rounds: number,
): Promise<{ perSecond: number[]; reported: string }> {
  let reported = '';
  const report = new Writable({
    write: (chunk, _encoding, done) => {
      reported += chunk;
      done();
    },
  });
  const perSecond: number[] = [];
  // One untimed pass first: the first one also compiles the code paths (it read 327 files/s against 357–378).
  await check({ paths: [folder], report });
  for (let round = 0; round < rounds; round++) {
    reported = '';
    const started = performance.now();
    await check({ paths: [folder], report });
    perSecond.push(Math.round((count / (performance.now() - started)) * 1000));
  }
  return { perSecond, reported };
}

/** Writes the folder; `valid(index)` says whether an article gets the required fields. */
function writeFolder(articles: ReturnType<typeof corpus>, valid: (index: number) => boolean): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
  articles.forEach((a, index) => {
    writeFileSync(join(folder, `${a.slug}.md`), valid(index) ? withRequiredFields(a.markdown, index) : a.markdown);
  });
  return folder;
}

export const part: Part = {
  id: 'check',
  what: '`newsroom check` over 1,000 generated articles: files per second',
  async run({ smoke, rounds }) {
    const count = smoke ? 20 : 1000;
    const articles = corpus(count);
    const folders = {
      mostlyValid: writeFolder(articles, (index) => index % invalidEvery !== 0),
      // Reported beside the budget: every file with the two schema errors, the corpus this part checked before.
      everyFileFailing: writeFolder(articles, () => false),
    };
    try {
      const mostlyValid = await timeCheck(folders.mostlyValid, count, rounds);
      const everyFileFailing = await timeCheck(folders.everyFileFailing, count, rounds);
      // Each folder must be what the comment says: errors in one file of twenty, or in every file.
      const filesWithErrors = Math.ceil(count / invalidEvery);
      for (const [reported, errors] of [
        [mostlyValid.reported, 2 * filesWithErrors],
        [everyFileFailing.reported, 2 * count],
      ] as const) {
        if (!reported.includes(`${errors} errors`)) {
          throw new Error(`check bench: expected ${errors} errors in the report, got: ${reported.slice(-200)}`);
        }
      }
      return {
        measured: { 'check-files-per-second': mostlyValid.perSecond },
        data: {
          files: count,
          filesWithErrors,
          filesPerSecond: mostlyValid.perSecond,
          filesPerSecondEveryFileFailing: everyFileFailing.perSecond,
        },
      };
    } finally {
      for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
    }
  },
};
