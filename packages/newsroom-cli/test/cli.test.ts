/** The `newsroom` command as a user runs it: the built bin in a child process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { locales } from 'remark-newsroom/engine';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { checkFlags, type Flag, importFlags } from '../src/flags.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const source = fileURLToPath(new URL('../../../examples/news-site/import/putin-nordkorea.txt', import.meta.url));

/** The command in this process, for many short runs. */
async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = (write: (chunk: string) => void) =>
    new Writable({
      write(chunk, _, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await main(
    args,
    sink(() => {}),
    sink((chunk) => {
      stderr += chunk;
    }),
  );
  return { code, stderr };
}

async function newsroom(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [bin, ...args], {
    cwd: fixtures,
    env: { ...process.env, NO_COLOR: '1' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe('newsroom', () => {
  it('--help explains both commands, with examples', async () => {
    const { code, stdout } = await newsroom('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('newsroom import <file|->');
    expect(stdout).toContain('newsroom check <paths…>');
    expect(stdout).toContain('Examples');
  });

  it('--help lists each flag of each command once, and each flag it lists is one the command takes', async () => {
    const { stdout } = await newsroom('--help');
    for (const [command, flags, section] of [
      ['import', importFlags, /Import options\n([\s\S]*?)\n\n/],
      ['check', checkFlags, /Check options\n([\s\S]*?)\n\n/],
    ] as const) {
      const listed = [...(section.exec(stdout)?.[1] ?? '').matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1]);
      expect(listed, command).toEqual(Object.keys(flags));
      for (const flag of listed) {
        const args = [
          command,
          'missing.txt',
          `--${flag}`,
          ...((flags as Record<string, Flag>)[flag as string]?.type === 'string' ? ['x'] : []),
        ];
        const { stderr } = await run(args);
        expect(stderr, args.join(' ')).not.toContain('Unknown option');
      }
    }
  });

  it('user mistakes end with one clear line, exit 2, no stack trace', async () => {
    for (const [args, message] of [
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['import'], 'needs a file'],
      [['import', 'missing.txt'], 'cannot read missing.txt: no such file'],
      [['import', 'ninjs-item.json', '--format', 'xml'], '--format must be text, ninjs or newsml; got "xml"'],
      [['import', 'check/good/artikel.md', '--format', 'ninjs'], 'not JSON'],
      [['import', 'ninjs-item.json', '--locale', 'xx'], `--locale must be one of ${locales.join(', ')}`],
      [['check'], 'needs files or folders'],
      [['import', 'x.txt', '--nope'], "Unknown option '--nope'"],
    ] as const) {
      const { code, stderr } = await newsroom(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--locale takes every locale the engine ships', async () => {
    for (const locale of locales) {
      const { code, stdout } = await newsroom(
        'import',
        source,
        '--title',
        'T',
        '--published',
        '2024-06-18',
        '--locale',
        locale,
      );
      expect(code, locale).toBe(0);
      expect(stdout).toContain(`\nlocale: ${locale}\n`);
    }
  });

  it('import writes Markdown to stdout and what it found to stderr', async () => {
    const { code, stdout, stderr } = await newsroom('import', source, '--title', 'T', '--published', '2024-06-18');
    expect(code).toBe(0);
    expect(stdout.startsWith('---\ntitle: T\n')).toBe(true);
    expect(stdout).toContain('(:credit[dpa/thp])');
    expect(stderr).toContain('✓ agency credit: dpa/thp');
    expect(stderr).toContain('! poll: the copy has Civey');
  });

  it('import reads ninjs from stdin (-) and writes a file with -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-cli-'));
    const out = join(dir, 'artikel.md');
    const json = readFileSync(join(fixtures, 'ninjs-item.json'), 'utf8');
    const child = execFile(process.execPath, [bin, 'import', '-', '-o', out]);
    child.stdin?.end(json);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('title: Putin zu Staatsbesuch in Nordkorea eingetroffen');
  });
});

describe('newsroom check', () => {
  it('a good folder passes', async () => {
    const { code, stderr } = await newsroom('check', 'check/good');
    expect(code).toBe(0);
    expect(stderr).not.toContain('warning');
  });

  it("reports the build's diagnostics and frontmatter errors with file:line:col and rule ids; errors fail", async () => {
    const { code, stderr } = await newsroom('check', 'check');
    expect(code).toBe(1);
    expect(stderr).toContain('check/bad/blocks.md');
    expect(stderr).toMatch(/7:1-9:4\s+warning\s+unknown block `:::sumary`: did you mean `:::summary`\?.*unknown-block/);
    expect(stderr).toMatch(/11:1-11:24\s+warning\s+poll is missing id\s+missing-attribute/);
    expect(stderr).toContain('check/bad/frontmatter.md');
    expect(stderr).toMatch(/error\s+frontmatter `title`/);
    expect(stderr).toMatch(/error\s+frontmatter `published`/);
  });

  it('knows the update block: invalid, duplicate and pre-publication times, against the frontmatter', async () => {
    const { code, stderr } = await newsroom('check', 'check/bad/updates.md', '--format', 'json');
    expect(code).toBe(0);
    const [file] = JSON.parse(stderr) as { messages: { ruleId: string; line: number }[] }[];
    expect(file?.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['update-before-published', 7],
      ['duplicate-update-time', 15],
      ['invalid-time', 19],
    ]);
  });

  it('warnings alone exit 0, and 1 with --strict', async () => {
    expect((await newsroom('check', 'check/bad/blocks.md')).code).toBe(0);
    expect((await newsroom('check', 'check/bad/blocks.md', '--strict')).code).toBe(1);
  });

  it('--format json gives one entry per file with its messages', async () => {
    const { stderr } = await newsroom('check', 'check', '--format', 'json');
    const report = JSON.parse(stderr) as { path: string; messages: { ruleId: string; line: number }[] }[];
    const blocks = report.find((file) => file.path.endsWith('blocks.md'));
    expect(blocks?.messages.map((m) => m.ruleId)).toEqual(['unknown-block', 'missing-attribute']);
    expect(report.find((file) => file.path.endsWith('artikel.md'))?.messages).toEqual([]);
  });
});
