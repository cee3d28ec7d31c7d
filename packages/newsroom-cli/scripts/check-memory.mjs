// Peak memory of `newsroom check` over N generated articles of about 16 KB
// with about 400 directives each (the shape that made check grow to 1.4 GB
// for 1,000 files): writes them to a temporary folder, runs the built bin
// under /usr/bin/time -v, prints files, seconds and peak RSS.
// Usage: node scripts/check-memory.mjs 1000 10000 (NEWSROOM_FILE_KB=2 for smaller files)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const size = Number(process.env.NEWSROOM_FILE_KB ?? 16) * 1000 - 500;
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

function article(index) {
  const paragraphs = [];
  for (let p = 0; paragraphs.join('\n\n').length < size; p++) {
    const credits = Array.from({ length: 12 }, (_, c) => `Satz ${c} von Absatz ${p} (:credit[dpa/a${c}])`).join(' ');
    paragraphs.push(p % 8 === 0 ? `## Zwischentitel ${p}` : `"Zitat ${p}", sagte Anna Berger. ${credits}.`);
  }
  return `---\ntitle: Artikel ${index}\nteaser: Ein Teaser.\npublished: 2025-06-19T08:00:00+02:00\nlocale: de\n---\n\n::topic[Mehr News zum Thema]{href="/themen/x"}\n\n${paragraphs.join('\n\n')}\n`;
}

for (const count of process.argv.slice(2).map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-check-memory-'));
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  const sample = article(0);
  for (let index = 0; index < count; index++) writeFileSync(join(folder, `a${index}.md`), article(index));
  const directives = sample.match(/:credit\[|::topic\[/g)?.length ?? 0;
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'check', folder], { encoding: 'utf8' });
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      files: count,
      bytesPerFile: sample.length,
      directivesPerFile: directives,
      exitCode: run.status,
      seconds: (Date.now() - started) / 1000,
      peakRssMB: Math.round(peak / 1024),
    }),
  );
}
