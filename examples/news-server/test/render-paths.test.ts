/**
 * One render API for every path: the static build (content collection,
 * prerendered), a live collection, an API route and a server island give the
 * same article body, byte for byte, on the example's articles and generated ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, database, slugs, staticBody as staticBodyOf } from './corpus.ts';
import { type RunningServer, startServer } from './server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ NEWSROOM_DB: database });
});
afterAll(() => server?.stop());

async function text(path: string): Promise<string> {
  const response = await server.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe.each(slugs)('%s', (slug) => {
  const staticBody = () => staticBodyOf(slug);

  it('the static build renders our blocks', () => {
    expect(staticBody()).toContain('data-nr="summary"');
  });

  it('live collection = static build', async () => {
    expect(bodyOf(await text(`/live/${slug}`))).toBe(staticBody());
  });

  it('API route = static build, with the record and the page assets', async () => {
    const rendered = await (await server.get(`/api/render/${slug}`)).json();
    expect(rendered.processor).toBe('satteri');
    expect(rendered.html).toBe(staticBody());
    expect(rendered.record.blocks).toBeGreaterThan(0);
    expect(rendered.assets.stylesheet).toBe('/_newsroom/newsroom.css');
    // The consent script exactly where a poll rendered.
    expect(rendered.assets.script).toBe(rendered.record.polls.length ? '/_newsroom/poll-consent.js' : undefined);
    expect(rendered.html.includes('poll-consent.js')).toBe(rendered.record.polls.length > 0);
  });

  it('unified, as in workerd, = static build on Sätteri', async () => {
    const rendered = await (await server.get(`/api/render/${slug}?processor=unified`)).json();
    expect(rendered.processor).toBe('unified');
    expect(rendered.html).toBe(staticBody());
  });

  it('server island = static build', async () => {
    const page = await text(`/island/${slug}`);
    const island = /\/_server-islands\/ArticleBody\?[^'"]+/.exec(page)?.[0];
    expect(island, 'the page defers the island').toBeDefined();
    expect(await text((island as string).replaceAll('&amp;', '&'))).toBe(staticBody());
  });
});
