import type { APIRoute } from 'astro';
import { rssFeed } from 'astro-newsroom/distribution';
import { distributedArticles } from '../distribution';
import { path, site as siteInfo } from '../site';

/** The same articles as RSS 2.0, for readers and aggregators that want it. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config: feeds need absolute URLs.');
  const xml = rssFeed(await distributedArticles(site), {
    title: siteInfo.name,
    description: siteInfo.tagline,
    url: new URL(path('/rss.xml'), site),
    home: new URL(path('/'), site),
    language: 'de-CH',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
