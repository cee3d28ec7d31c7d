import type { APIRoute, GetStaticPaths } from 'astro';
import { newsSitemaps } from 'astro-newsroom/distribution';
import { distributedArticles } from '../distribution';
import { newsDay } from '../news-day';
import { site as siteInfo } from '../site';

/** The files the sitemap index names, when there are over 1,000 recent articles (none otherwise). */
export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  const files = newsSitemaps(await distributedArticles(site), {
    publication: siteInfo.name,
    locale: 'de-CH',
    now: newsDay,
  });
  return files.length === 1 ? [] : files.map((xml, index) => ({ params: { n: String(index + 1) }, props: { xml } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.xml as string, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
