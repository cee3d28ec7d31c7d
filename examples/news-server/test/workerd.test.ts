/**
 * The edge, for real: the same site built with @astrojs/cloudflare and served
 * by workerd renders every article — each with every block — with the same
 * HTML as the static build (Sätteri, in Node). In workerd the render API runs
 * unified: Sätteri's native addon cannot load there.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, bodyOf, slugs, staticBody } from './corpus.ts';
import { buildEdge, startEdge } from './edge.ts';
import type { RunningServer } from './server.ts';

let edge: RunningServer;
beforeAll(async () => {
  buildEdge(fileURLToPath(articlesDir));
  edge = await startEdge();
}, 400_000);
afterAll(() => edge?.stop());

describe('workerd', () => {
  it.each(slugs)('%s: API route = static build, rendered by unified', async (slug) => {
    const response = await edge.get(`/api/render/${slug}`);
    expect(response.status).toBe(200);
    const rendered = await response.json();
    expect(rendered.processor).toBe('unified');
    expect(rendered.html).toBe(staticBody(slug));
  });

  it.each(slugs)('%s: live collection = static build', async (slug) => {
    const response = await edge.get(`/live/${slug}`);
    expect(response.status).toBe(200);
    expect(bodyOf(await response.text())).toBe(staticBody(slug));
  });

  it('the article page renders every block, with the stylesheet and consent script served by the worker', async () => {
    const page = await (await edge.get('/artikel/putin-nordkorea')).text();
    for (const block of ['topic', 'summary', 'quote', 'poll', 'correction', 'trust'])
      expect(page).toContain(`data-nr="${block}"`);
    expect(page).toContain(staticBody('putin-nordkorea'));
    for (const asset of ['/_newsroom/newsroom.css', '/_newsroom/poll-consent.js']) {
      const response = await edge.get(asset);
      expect(response.status, asset).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });
});
