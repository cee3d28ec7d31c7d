/** The example's articles as feeds and the news sitemap take them: each with its page URL from `site` + route. */
import { getCollection } from 'astro:content';
import { distributedArticle } from 'astro-newsroom/distribution';
import { path } from './site';

export async function distributedArticles(site: URL) {
  const entries = await getCollection('articles');
  return entries.map((entry) => distributedArticle(entry, new URL(path(`/artikel/${entry.id}/`), site)));
}
