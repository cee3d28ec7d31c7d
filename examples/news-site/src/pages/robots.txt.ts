import type { APIRoute } from 'astro';
import { path } from '../site';

/** robots.txt naming the news sitemap, with the absolute URL search engines need. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config: robots.txt names absolute sitemap URLs.');
  const lines = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(path('/news-sitemap.xml'), site)}`];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
