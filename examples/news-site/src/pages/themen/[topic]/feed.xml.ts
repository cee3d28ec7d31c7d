import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from 'astro-newsroom/distribution';
import { distributedArticles } from '../../../distribution';
import { path, site as siteInfo } from '../../../site';

/** One Atom feed per topic page (`/themen/ukraine` → `/themen/ukraine/feed.xml`), from the articles' `topic`. */
export const getStaticPaths = (async () => {
  const articles = await distributedArticles(new URL(import.meta.env.SITE));
  const topics = new Map<string, string>();
  for (const { data } of articles) {
    const slug = data.topic?.href.match(/^\/themen\/([^/]+)\/?$/)?.[1];
    if (slug && data.topic) topics.set(slug, data.topic.label);
  }
  return [...topics].map(([topic, label]) => ({ params: { topic }, props: { label } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params, props }) => {
  if (!site) throw new Error('Set `site` in astro.config: feeds need absolute URLs.');
  const topicPath = `/themen/${params.topic}`;
  const articles = (await distributedArticles(site)).filter(
    (article) => article.data.topic?.href.replace(/\/$/, '') === topicPath,
  );
  const xml = atomFeed(articles, {
    title: `${props.label} – ${siteInfo.name}`,
    url: new URL(path(`${topicPath}/feed.xml`), site),
    home: new URL(path(topicPath), site),
    language: 'de-CH',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
