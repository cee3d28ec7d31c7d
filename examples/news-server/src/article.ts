/** An article from the store as the pages read it: frontmatter parsed, rendered through astro-newsroom. */

import type { z } from 'astro/zod';
import { articleTag, createRenderer, renderNewsroom } from 'astro-newsroom/on-demand';
import { newsroomArticleSchema } from 'astro-newsroom/schema';
import type { StoredArticle } from './store/types.js';

/** The shared schema: it has the dated update notes (`updated`) the store appends. */
export const articleSchema = newsroomArticleSchema;

export type ArticleData = z.output<typeof articleSchema>;

export function articleData(article: StoredArticle): ArticleData {
  return articleSchema.parse(article.frontmatter);
}

/** unified, as it renders where Sätteri cannot load (workerd): the tests compare it on Node too. */
const renderOnUnified = createRenderer({ processor: 'unified' });

export async function renderArticle(article: StoredArticle, processor?: 'unified') {
  const data = articleData(article);
  const render = processor === 'unified' ? renderOnUnified : renderNewsroom;
  // The schema's output, as a content collection hands a static page's Markdown its frontmatter.
  const rendered = await render(article.body, { frontmatter: data });
  return { data, rendered, tags: [articleTag(article.slug)] };
}

/** The latest correction or update note, for teasers: what a topic page shows of each article's revisions. */
export function latestRevision(data: ArticleData): { date: Date; text: string } | undefined {
  const revisions = [
    ...(data.corrections ?? []).map((c) => ({ date: c.date, text: c.text })),
    ...(data.updated ?? []).map((u) => ({ date: u.time, text: u.note })),
  ];
  return revisions.sort((a, b) => b.date.getTime() - a.date.getTime())[0];
}
