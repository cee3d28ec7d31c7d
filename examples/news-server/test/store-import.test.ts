/** `newsroom import` output goes into the store through scripts/store-import.ts, as the README says. */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/store/from-markdown.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { work } from './corpus.ts';
import { root } from './server.ts';

const cwd = fileURLToPath(root);
const database = fileURLToPath(new URL('import.db', work));
const script = ['--no-warnings', 'scripts/store-import.ts', '--db', database];

function newsroomImport(): string {
  const bin = fileURLToPath(new URL('node_modules/newsroom-cli/dist/bin.js', root));
  return execFileSync(
    process.execPath,
    [
      bin,
      'import',
      '../news-site/import/putin-nordkorea.txt',
      '--title',
      'Putin in Nordkorea',
      '--published',
      '2024-06-18T22:30:00+02:00',
    ],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

describe('store-import', () => {
  it('stores newsroom import output read from standard input', () => {
    const markdown = newsroomImport();
    execFileSync(process.execPath, [...script, '--slug', 'putin-import', '-'], { cwd, input: markdown, stdio: 'pipe' });
    const store = openSqliteStore(database);
    const stored = store.get('putin-import');
    store.close();
    expect(stored?.frontmatter.title).toBe('Putin in Nordkorea');
    expect(stored?.body).toBe(fromMarkdown('putin-import', markdown).body);
    expect(stored?.body).toContain('::topic[Mehr News zum Krieg in der Ukraine]');
  });

  it('refuses a slug that is not lowercase letters, digits and hyphens, in one line', () => {
    const result = spawnSync(process.execPath, [...script, '--slug', '../etc', '-'], {
      cwd,
      input: '---\ntitle: x\n---\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'store-import: -: the slug must be lowercase letters, digits and hyphens (give --slug for standard input)',
    ]);
  });
});
