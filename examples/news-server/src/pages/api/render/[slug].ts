/** GET /api/render/<slug>: an article through the render API, as JSON `{ html, record, assets }`. */

import type { APIRoute } from 'astro';
import { articleStore } from '#store';
import { renderArticle } from '../../../article';

export const GET: APIRoute = async ({ params }) => {
  const stored = articleStore().get(String(params.slug));
  if (!stored) return new Response('Not found', { status: 404 });
  const { rendered } = await renderArticle(stored);
  const body = { html: rendered.html, record: rendered.record, assets: rendered.assets };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
