/**
 * GET /api/render/<slug>: an article through the render API, as JSON `{ html, record, assets, processor }`;
 * `?processor=unified` renders with unified as workerd does.
 */

import type { APIRoute } from 'astro';
import { articleStore } from '#store';
import { renderArticle } from '../../../article';

export const GET: APIRoute = async ({ params, url }) => {
  const stored = articleStore().get(String(params.slug));
  if (!stored) return new Response('Not found', { status: 404 });
  const asked = url.searchParams.get('processor') === 'unified' ? 'unified' : undefined;
  const { rendered } = await renderArticle(stored, asked);
  const { html, record, assets, processor } = rendered;
  const body = { html, record, assets, processor };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
