/** When an article last changed, for JSON-LD's `dateModified` and the feeds' `updated`. */
import type { ArticleRecord } from './jsonld.js';
import type { NewsroomArticle } from './schema.js';

/**
 * The latest of `modified`, the updates, the update notes and the
 * corrections; the publication time when there is none.
 */
export function latestChange(article: NewsroomArticle, record?: ArticleRecord): Date {
  const times = [
    article.published,
    article.modified,
    ...(article.updated ?? []).map((entry) => entry.time),
    ...(article.corrections ?? []).map((entry) => entry.date),
    ...(record?.updates ?? []).map((update) => new Date(update.time)),
    ...(record?.corrections ?? []).map((correction) => new Date(correction.date)),
  ].filter((time): time is Date => time instanceof Date && !Number.isNaN(time.getTime()));
  // A fold, not `Math.max(...)`: a hostile article may hold more updates than a call takes arguments.
  return new Date(times.reduce((latest, time) => Math.max(latest, time.getTime()), Number.NEGATIVE_INFINITY));
}
