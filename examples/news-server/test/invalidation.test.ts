/**
 * Route caching on the Node server: pages are cached per article and topic;
 * storing a correction or update through the editors' endpoint invalidates
 * exactly the pages that show it. A page's `X-Newsroom-Render` counts renders,
 * so "unchanged" means served from the cache, not rendered again the same.
 */
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database, work } from './corpus.ts';
import { type RunningServer, startServer } from './server.ts';

const token = 'test-editor-token';
const pages = [
  '/',
  '/artikel/putin-nordkorea',
  '/artikel/north-korea-explainer',
  '/themen/ukraine',
  '/artikel/article-0000',
  '/artikel/article-0003',
  '/artikel/article-0001',
  '/themen/thema-0',
  '/themen/thema-1',
];

interface Seen {
  body: string;
  render: string | null;
  cache: string | null;
}

let server: RunningServer;
beforeAll(async () => {
  // A copy: this file writes to its store.
  const file = fileURLToPath(new URL('invalidation.db', work));
  copyFileSync(database, file);
  // `/` must stay a HIT across the tests: its 60 s default could run out on a slow runner.
  server = await startServer({ NEWSROOM_DB: file, NEWSROOM_EDITOR_TOKEN: token, NEWSROOM_HOME_MAX_AGE: '86400' });
});
afterAll(() => server?.stop());

async function visit(path: string): Promise<Seen> {
  const response = await server.get(path);
  expect(response.status, path).toBe(200);
  return {
    body: await response.text(),
    render: response.headers.get('x-newsroom-render'),
    cache: response.headers.get('x-astro-cache'),
  };
}

async function visitAll(): Promise<Map<string, Seen>> {
  const seen = new Map<string, Seen>();
  for (const path of pages) seen.set(path, await visit(path));
  return seen;
}

function post(path: string, body: unknown, auth = `Bearer ${token}`) {
  return server.get(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify(body),
  });
}

/** The pages whose HTML changed between two visits; the others must have come from the cache. */
function changed(before: Map<string, Seen>, after: Map<string, Seen>): string[] {
  const paths: string[] = [];
  for (const path of pages) {
    const [old, now] = [before.get(path) as Seen, after.get(path) as Seen];
    if (old.body !== now.body) {
      paths.push(path);
      expect(now.render, `${path} was rendered again`).not.toBe(old.render);
    } else {
      expect(now.cache, `${path} from the cache`).toBe('HIT');
      expect(now.render, `${path} not rendered again`).toBe(old.render);
    }
  }
  return paths;
}

describe('route cache', () => {
  it('serves a page from the cache the second time', async () => {
    const first = await visit('/artikel/article-0000');
    const second = await visit('/artikel/article-0000');
    expect(second.cache).toBe('HIT');
    expect(second.render).toBe(first.render);
    expect(second.body).toBe(first.body);
  });
});

describe('editors endpoint', () => {
  it('refuses without the token, with a bad body, and for an unknown article', async () => {
    const correction = { date: '2024-06-20T10:00:00+02:00', text: 'Fixed.' };
    expect((await post('/api/articles/article-0000/corrections', correction, 'Bearer wrong')).status).toBe(401);
    expect((await post('/api/articles/article-0000/corrections', correction, '')).status).toBe(401);
    const bad = await post('/api/articles/article-0000/corrections', { date: 'yesterday', text: '' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^date: .*; text: /);
    expect((await post('/api/articles/article-0000/corrections', { ...correction, extra: 1 })).status).toBe(400);
    expect((await post('/api/articles/no-such-article/corrections', correction)).status).toBe(404);
    expect((await post('/api/articles/article-0000/retractions', correction)).status).toBe(404);
  });

  it('a correction changes exactly the article and its topic page', async () => {
    const before = await visitAll();
    const text = 'In einer früheren Fassung stand <script>alert(1)</script> ein falsches Datum.';
    const response = await post('/api/articles/article-0000/corrections', { date: '2024-06-20T10:00:00+02:00', text });
    expect(response.status).toBe(200);
    expect((await response.json()).invalidated).toEqual(['article:article-0000']);
    const after = await visitAll();
    expect(changed(before, after)).toEqual(['/artikel/article-0000', '/themen/thema-0']);
    for (const path of ['/artikel/article-0000', '/themen/thema-0']) {
      const body = after.get(path)?.body ?? '';
      // Shown, and escaped: editors' text is never markup.
      expect(body).toContain(
        'In einer früheren Fassung stand &lt;script&gt;alert(1)&lt;/script&gt; ein falsches Datum.',
      );
      expect(body).not.toContain('<script>alert(1)');
    }
  });

  it('an update changes exactly the article and its topic page', async () => {
    const before = await visitAll();
    const note = 'Kim Jong Un und Putin unterzeichnen ein Partnerschaftsabkommen.';
    const response = await post('/api/articles/putin-nordkorea/updates', { time: '2024-06-19T14:05:00+02:00', note });
    expect(response.status).toBe(200);
    const after = await visitAll();
    expect(changed(before, after)).toEqual(['/artikel/putin-nordkorea', '/themen/ukraine']);
    expect(after.get('/artikel/putin-nordkorea')?.body).toContain(note);
    expect(after.get('/themen/ukraine')?.body).toContain(note);
    // The other article of the same topic is its own page: untouched.
    expect(after.get('/artikel/north-korea-explainer')?.cache).toBe('HIT');
  });
});
