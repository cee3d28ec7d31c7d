/**
 * POST /api/articles/<slug>/corrections  {"date": "…", "text": "…"}
 * POST /api/articles/<slug>/updates      {"time": "…", "note": "…"}
 *
 * Stores the correction or update and invalidates exactly the cached pages
 * that show it: every page tagged with the article's tag (its own, its topic's listing).
 */

import type { APIRoute } from 'astro';
import { articleTag } from 'astro-newsroom/on-demand';
import { articleStore } from '#store';
import { authorized, correctionInput, problem, updateInput } from '../../../../editor';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const POST: APIRoute = async ({ params, request, cache }) => {
  if (!authorized(request, process.env.NEWSROOM_EDITOR_TOKEN)) return json({ error: 'not authorized' }, 401);
  const kind = params.kind;
  if (kind !== 'corrections' && kind !== 'updates') return json({ error: 'not found' }, 404);
  const body = await request.json().catch(() => undefined);
  const store = articleStore();
  const slug = String(params.slug);
  let article: ReturnType<typeof store.get>;
  if (kind === 'corrections') {
    const input = correctionInput.safeParse(body);
    if (!input.success) return json({ error: problem(input.error) }, 400);
    article = store.addCorrection(slug, input.data);
  } else {
    const input = updateInput.safeParse(body);
    if (!input.success) return json({ error: problem(input.error) }, 400);
    article = store.addUpdate(slug, input.data);
  }
  if (!article) return json({ error: `no article "${slug}"` }, 404);
  const tags = [articleTag(article.slug)];
  await cache.invalidate({ tags });
  return json({ slug, invalidated: tags });
};
