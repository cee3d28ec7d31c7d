import type { APIRoute } from 'astro';
import { newsSitemaps, sitemapIndex } from 'astro-newsroom/distribution';
import { distributedArticles } from '../distribution';
import { newsDay } from '../news-day';
import { path, site as siteInfo } from '../site';

/** The Google News sitemap: one file, or an index of files of 1,000 articles each (news-sitemap-[n].xml). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config: sitemaps need absolute URLs.');
  const files = newsSitemaps(await distributedArticles(site), {
    publication: siteInfo.name,
    locale: 'de-CH',
    now: newsDay, // the example's news day; leave `now` out on a real site
  });
  // No recent article: no valid sitemap exists (a urlset needs one url), so none is served.
  if (files.length === 0) return new Response(null, { status: 404 });
  const xml =
    files.length === 1
      ? files[0]
      : sitemapIndex(files.map((_, index) => new URL(path(`/news-sitemap-${index + 1}.xml`), site)));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
