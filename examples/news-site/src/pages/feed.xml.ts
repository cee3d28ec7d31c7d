import type { APIRoute } from 'astro';
import { atomFeed } from 'astro-newsroom/distribution';
import { distributedArticles } from '../distribution';
import { path, site as siteInfo } from '../site';

/** Atom feed of every article: ids stay, `updated` moves with each update or correction. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config: feeds need absolute URLs.');
  const xml = atomFeed(await distributedArticles(site), {
    title: siteInfo.name,
    description: siteInfo.tagline,
    url: new URL(path('/feed.xml'), site),
    home: new URL(path('/'), site),
    language: 'de-CH',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
