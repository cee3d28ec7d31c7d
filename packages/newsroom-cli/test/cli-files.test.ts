/**
 * The `newsroom` command against the file system and bad input, as a user
 * runs it (the built bin in a child process): `-o` never replaces the input
 * or an existing file without --force, every file-system error is one line
 * with exit 2, binary and invalid UTF-8 input is refused, dates are checked,
 * the format is detected and named; `check` reports missing and wrong
 * frontmatter plainly, empty and binary files, and the Markdown `import`
 * writes passes `check`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { frontmatterMessage } from '../src/check.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const corpus = fileURLToPath(new URL('./corpus/', import.meta.url));
const copy = `Hitzewelle: Länder sollen Schutzpläne umsetzen\n\nDie Bundesregierung mahnt zur Eile. Kliniken bereiten sich vor.\n\nBerlin (dpa) - Der Bund dringt auf schnellere Pläne. (dpa/lby)\n`;

async function newsroom(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-cli-'));
  writeFileSync(join(dir, 'in.txt'), copy);
  return dir;
}

/** One line on stderr, exit 2, no stack trace. */
function oneLine(result: { code: number; stderr: string }, message: string | RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |\[cause\]|unexpected error/);
}

describe('newsroom import and the file system', () => {
  it('-o never writes over the input, not even with --force', async () => {
    const dir = folder();
    oneLine(await newsroom(dir, 'import', 'in.txt', '-o', 'in.txt'), 'refusing to write in.txt: it is the input');
    oneLine(await newsroom(dir, 'import', 'in.txt', '-o', './in.txt', '--force'), 'it is the input');
    expect(readFileSync(join(dir, 'in.txt'), 'utf8')).toBe(copy);
  });

  it('-o does not replace an existing file without --force, and does with it', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'out.md'), 'keep me');
    oneLine(
      await newsroom(dir, 'import', 'in.txt', '-o', 'out.md'),
      'refusing to write out.md: it exists; add --force',
    );
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('keep me');
    expect((await newsroom(dir, 'import', 'in.txt', '-o', 'out.md', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain(
      'title: "Hitzewelle: Länder sollen Schutzpläne umsetzen"',
    );
  });

  it('every file-system error is one line with exit 2', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    oneLine(
      await newsroom(dir, 'import', 'in.txt', '-o', '/nonexistent/x.md'),
      'cannot write /nonexistent/x.md: no such file or folder',
    );
    oneLine(await newsroom(dir, 'import', 'in.txt', '-o', 'sub'), /refusing to write sub: it exists|cannot write sub/);
    oneLine(await newsroom(dir, 'import', 'sub'), 'cannot read sub: it is a folder');
    oneLine(await newsroom(dir, 'import', 'loop-a'), 'cannot read loop-a: too many symbolic links');
    oneLine(await newsroom(dir, 'check', 'nope-dir'), 'cannot read nope-dir: no such file or folder');
    oneLine(await newsroom(dir, 'check', 'loop-a'), 'cannot read loop-a: too many symbolic links');
  });

  it('refuses binary and broken UTF-8 input, and an empty file, with a clear line', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...Array(200).fill(0)]));
    // UTF-8 ("ü" as c3 bc) and a Latin-1 "ü" (fc) in one file: no single encoding reads it.
    writeFileSync(join(dir, 'mixed.txt'), Buffer.from('Die Lage ist ernst. Gr\xc3\xbc\xdfe aus Gr\xfcnau.', 'latin1'));
    writeFileSync(join(dir, 'empty.txt'), '');
    oneLine(await newsroom(dir, 'import', 'photo.txt'), 'photo.txt is a binary file');
    oneLine(
      await newsroom(dir, 'import', 'mixed.txt'),
      /mixed\.txt mixes UTF-8 with another encoding \(byte 25 is 0xdf\); re-type or re-encode the characters that are not UTF-8, not the whole file/,
    );
    oneLine(await newsroom(dir, 'import', 'empty.txt'), 'empty.txt is empty');
  });

  it('reads copy without any UTF-8 in it as Windows-1252, and says so', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'latin1.txt'),
      Buffer.from('Die Lage ist ernst. Gr\xfc\xdfe aus Berlin, \x84sagte er\x93.', 'latin1'),
    );
    const run = await newsroom(dir, 'import', 'latin1.txt');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Grüße aus Berlin, „sagte er“.');
    expect(run.stderr).toContain('not UTF-8: read as Windows-1252');
  });

  it('checks dates: an option that is not ISO 8601 is refused', async () => {
    const dir = folder();
    oneLine(await newsroom(dir, 'import', 'in.txt', '--published', 'notadate'), '--published must be an ISO 8601 date');
    oneLine(await newsroom(dir, 'import', 'in.txt', '--modified', '2024-02-30'), '--modified must be an ISO 8601 date');
    expect((await newsroom(dir, 'import', 'in.txt', '--published', '2024-02-29T10:00:00+01:00')).code).toBe(0);
  });

  it('says which format it recognised, and from what', async () => {
    const text = await newsroom(corpus, 'import', 'wire/dpa-de-01-hitzewelle.txt');
    expect(text.stderr).toContain('read as plain text (recognised: neither JSON nor XML)');
    const ninjs = await newsroom(corpus, 'import', 'ninjs/dpa-de-01-fahrradgipfel.json');
    expect(ninjs.stderr).toContain('read as IPTC ninjs, body_html (recognised: a JSON object)');
    const nitf = await newsroom(corpus, 'import', 'newsml/afp-de-05-nitf-namespaced.xml');
    expect(nitf.stderr).toContain('read as NewsML-G2 newsItem, NITF body (recognised: XML)');
    const xhtml = await newsroom(corpus, 'import', 'newsml/dpa-de-01-xhtml-hauptbahnhof.xml', '--format', 'newsml');
    expect(xhtml.stderr).toContain('read as NewsML-G2 newsItem, XHTML body (as given with --format)');
    oneLine(await newsroom(corpus, 'import', 'hostile/xml-01-xxe-file.xml'), /DTD .* is refused/);
  });
});

describe('check: frontmatter messages', () => {
  it("zod's wording becomes what is missing, or what was expected and the value it got", () => {
    const date = { path: ['published'], message: 'Invalid input: expected date, received Date', expected: 'date' };
    expect(frontmatterMessage(date, {})).toBe(
      "`published` is missing: the article's publication date, e.g. published: 2024-06-18T22:30:00+02:00",
    );
    expect(frontmatterMessage(date, { published: 'gestern' })).toBe(
      '`published` must be a date such as 2024-06-18T22:30:00+02:00; got "gestern"',
    );
    const own = { path: ['image', 'alt'], message: 'image.alt is required: describe the image' };
    expect(frontmatterMessage(own, { image: {} })).toBe('`image.alt`: image.alt is required: describe the image');
  });
});

describe('newsroom check on what import writes', () => {
  it('the Markdown import writes passes check: with the dates given, no errors and no warnings', async () => {
    const dir = folder();
    const out = await newsroom(dir, 'import', 'in.txt', '--published', '2025-07-02T10:00:00+02:00', '-o', 'artikel.md');
    expect(out.code).toBe(0);
    const checked = await newsroom(dir, 'check', 'artikel.md', '--strict');
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it('a missing field is reported as missing, a wrong one with the value it got', async () => {
    const dir = folder();
    await newsroom(dir, 'import', 'in.txt', '-o', 'ohne-datum.md');
    writeFileSync(join(dir, 'falsch.md'), '---\ntitle: T\nteaser: Ein Teaser.\npublished: notadate\n---\n\nText.\n');
    writeFileSync(join(dir, 'ohne-titel.md'), '---\nteaser: Ein Teaser.\npublished: 2025-07-02\n---\n\nText.\n');
    const { code, stderr } = await newsroom(dir, 'check', 'ohne-datum.md', 'falsch.md', 'ohne-titel.md');
    expect(code).toBe(1);
    // The schema's own message where it has one, else what the field is.
    expect(stderr).toMatch(
      /frontmatter `published`(?: is missing: |: published is required: ).*2024-06-18T22:30:00\+02:00/,
    );
    expect(stderr).toContain('frontmatter `title` is missing: the headline, e.g. title: Putin zu Staatsbesuch');
    expect(stderr).toMatch(/frontmatter `published`.*; got "notadate"/);
    expect(stderr).not.toContain('received undefined');
    expect(stderr).not.toContain('received Date');
  });

  it('reports an empty and a binary Markdown file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'leer.md'), '');
    writeFileSync(join(dir, 'bild.md'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...Array(100).fill(0)]));
    const { code, stderr } = await newsroom(dir, 'check', '.');
    expect(code).toBe(1);
    expect(stderr).toMatch(/leer\.md\n.*error\s+the file is empty/);
    expect(stderr).toMatch(/bild\.md\n.*error\s+bild\.md is a binary file/);
  });
});
