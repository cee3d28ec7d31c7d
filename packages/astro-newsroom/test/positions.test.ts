/**
 * Diagnostics name the author's file:line:col, wherever Astro renders the
 * Markdown from: a collection entry (glob loader, `.md` and `.mdx`), a
 * loader's own `renderMarkdown()`, on both processors, in a build, in a
 * strict build (also with a warm cache) and in `astro dev`. The fixture's
 * entries have their problems on line 10 (after five lines of frontmatter
 * and a blank line) and on line 15, column 3 (inside a list item).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entryMarkdown } from '../src/loader.js';
import { bodyStart, inFile } from '../src/positions.js';
import { buildSite, fixtures } from './sites.js';

const files = ['src/articles/zeile-zehn.md', 'src/articles/zeile-zehn-mdx.mdx', 'src/agency/meldung.md'];
const expected = (file: string) => [
  `${file}:10:1  unknown block \`:::sumary\`: did you mean \`:::summary\`?`,
  `${file}:15:3  trust has unknown badge "gold"`,
];

const cold = (name: string) =>
  rmSync(new URL(`positions/node_modules/.astro-${name}/`, fixtures), { recursive: true, force: true });

describe.each(['satteri', 'unified'])('positions on %s', (processor) => {
  it('build: every entry is reported at its own lines', async () => {
    cold(processor);
    const build = await buildSite('positions', { NEWSROOM_PROCESSOR: processor }, `dist-${processor}`);
    expect(build.ok, build.output).toBe(true);
    for (const file of files) for (const line of expected(file)) expect(build.output).toContain(line);
    // A loader's renderMarkdown gets the entry's locale through entryMarkdown; without one, the integration's.
    const english = build.read('cms/english/index.html');
    expect(english).toContain('The situation at a glance');
    expect(english).toContain('“Quoted,” she said.');
    const german = build.read('cms/deutsch/index.html');
    expect(german).toContain('Die Lage im Überblick');
    expect(german).toContain('„Zitiert“, sagte sie.');
  });

  it('strict: fails naming every place, also when the entries are cached from the last build', async () => {
    cold(`${processor}-strict`);
    for (const run of ['cold', 'warm']) {
      const build = await buildSite(
        'positions',
        { NEWSROOM_PROCESSOR: processor, NEWSROOM_STRICT: '1' },
        `dist-${processor}-strict`,
      );
      expect(build.ok, `${run}: ${build.output}`).toBe(false);
      for (const file of files) for (const line of expected(file)) expect(build.output, run).toContain(line);
      expect(build.output).toContain('astro-newsroom (strict): 6 problems in 3 files');
    }
  });
});

describe('dev', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill();
  });

  it('astro dev reports the entries at their own lines', async () => {
    const root = fileURLToPath(new URL('positions/', fixtures));
    const astro = fileURLToPath(new URL('positions/node_modules/astro/bin/astro.mjs', fixtures));
    rmSync(new URL('positions/.astro/', fixtures), { recursive: true, force: true });
    let output = '';
    server = spawn(process.execPath, [astro, 'dev', '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const collect = (chunk: Buffer) => {
      output += chunk;
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    for (let tries = 0; tries < 150 && !/Local\s+http:\/\/127\.0\.0\.1:\d+/.test(output); tries++)
      await new Promise((r) => setTimeout(r, 200));
    const origin = output.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
    expect(origin, output).toBeDefined();
    const page = await fetch(`${origin}/articles/zeile-zehn-mdx/`);
    expect(page.status, output).toBe(200);
    for (const file of files) for (const line of expected(file)) expect(output).toContain(line);
  }, 90_000);
});

describe('dev: a changed option', () => {
  let server: ChildProcess | undefined;
  const titleFile = fileURLToPath(new URL('positions/summary-title.txt', fixtures));
  const writeTitle = (title: string) => writeFileSync(titleFile, title);
  afterAll(() => {
    server?.kill();
    rmSync(titleFile, { force: true });
  });

  it('restarts: pages take it; collection entries cannot, and the log says to restart astro dev', async () => {
    writeTitle('Erster Titel');
    rmSync(new URL('positions/.astro/', fixtures), { recursive: true, force: true });
    let output = '';
    server = spawn(
      process.execPath,
      [
        fileURLToPath(new URL('positions/node_modules/astro/bin/astro.mjs', fixtures)),
        'dev',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
      ],
      {
        cwd: fileURLToPath(new URL('positions/', fixtures)),
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
          NEWSROOM_TITLE_FILE: titleFile,
        },
      },
    );
    const collect = (chunk: Buffer) => {
      output += chunk;
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    const waitFor = async (pattern: RegExp, from = 0) => {
      for (let tries = 0; tries < 200 && !pattern.test(output.slice(from)); tries++)
        await new Promise((r) => setTimeout(r, 200));
      expect(output.slice(from), output).toMatch(pattern);
    };
    await waitFor(/Local\s+http:\/\/127\.0\.0\.1:\d+/);
    const origin = output.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
    const read = async (path: string) => (await fetch(`${origin}${path}`)).text();
    expect(await read('/seite/')).toContain('Erster Titel');
    expect(await read('/cms/deutsch/')).toContain('Erster Titel');
    const notice = /options changed: .*until `astro dev` is stopped and started again/;

    // The same options after a restart: nothing to say.
    let mark = output.length;
    writeTitle('Erster Titel\n');
    await waitFor(/Restarting/, mark);
    await new Promise((r) => setTimeout(r, 5000));
    expect(output.slice(mark)).not.toMatch(notice);

    mark = output.length;
    writeTitle('Zweiter Titel');
    await waitFor(notice, mark);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await read('/seite/')).toContain('Zweiter Titel');
    // Astro's content layer keeps the old rendering (if this ever changes, the notice can go).
    expect(await read('/cms/deutsch/')).toContain('Erster Titel');
  }, 120_000);
});

describe('bodyStart: where the text a processor got starts in its file', () => {
  const frontmatter = '---\ntitle: x\nlocale: de\n---\n';
  it.each([
    ['a glob entry (frontmatter cut, body trimmed)', `${frontmatter}\n\nText.\n`, 'Text.', { line: 7, column: 1 }],
    ['renderMarkdown (frontmatter cut)', `${frontmatter}\nText.\n`, '\n\nText.\n', { line: 4, column: 4 }],
    ['a page without frontmatter', 'Text.\n', 'Text.\n', { line: 1, column: 1 }],
    ['CRLF', '---\r\ntitle: x\r\n---\r\n\r\nText.\r\n', 'Text.', { line: 5, column: 1 }],
    ['a byte-order mark', `\uFEFF${frontmatter}\nText.`, 'Text.', { line: 6, column: 1 }],
    ['TOML frontmatter', '+++\ntitle = "x"\n+++\n\nText.', 'Text.', { line: 5, column: 1 }],
    ['indented first line, trimmed', `${frontmatter}\n   Text.`, 'Text.', { line: 6, column: 4 }],
  ])('%s', (_name, file, body, place) => {
    expect(bodyStart(file, body)).toMatchObject(place);
  });

  it.each([
    ['text that is not the file', `${frontmatter}\nText.`, 'Other text.'],
    ['the file ends with the text but has more before it', `${frontmatter}\nIntro.\n\nText.`, 'Text.'],
    ['a field of a data file', 'items:\n  - body: Text.', 'Text.'],
    // Its positions are the file's already.
    ['a page (frontmatter blanked, lines kept)', `${frontmatter}Text.`, `${frontmatter.replace(/[^\n]/g, ' ')}Text.`],
  ])('%s: unknown', (_name, file, body) => {
    expect(bodyStart(file, body)).toBeUndefined();
  });

  it('moves start and end, and columns only on the first line', () => {
    const at = (line: number, column: number, offset: number) => ({ line, column, offset });
    const moved = inFile(
      [
        { ruleId: 'unknown-block', message: 'a', position: { start: at(1, 2, 1), end: at(2, 3, 8) } },
        { ruleId: 'unknown-badge', message: 'b' },
      ],
      { line: 10, column: 4, offset: 100 },
    );
    expect(moved[0]?.position).toEqual({ start: at(10, 5, 101), end: at(11, 3, 108) });
    expect(moved[1]?.position).toBeUndefined();
  });
});

describe("entryMarkdown: the entry's locale for renderMarkdown", () => {
  it('puts a known locale in front of the body as frontmatter, with no line between', () => {
    expect(entryMarkdown('Text.', { locale: 'en' })).toBe('---\nlocale: "en"\n---Text.');
  });
  it.each([
    ['no locale', {}],
    ['no data', undefined],
    ['a locale we do not ship', { locale: 'xx' }],
    ['a value that is not a string', { locale: { toString: (): string => 'en' } }],
  ])('%s: the body as it is', (_name, data) => {
    expect(entryMarkdown('Text.', data)).toBe('Text.');
  });
  it('a body with frontmatter of its own keeps it (its locale applies)', () => {
    const body = '---\nlocale: de\n---\nText.';
    expect(entryMarkdown(body, { locale: 'en' })).toBe(body);
  });
});
