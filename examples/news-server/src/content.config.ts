import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { newsroomArticleSchema } from 'astro-newsroom/schema';

// The example site's own articles, built statically here too: the reference the on-demand paths are compared with.
// Tests point NEWSROOM_STATIC_ARTICLES at a larger corpus.
export const collections = {
  articles: defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: process.env.NEWSROOM_STATIC_ARTICLES ?? '../news-site/src/content/articles',
    }),
    schema: newsroomArticleSchema,
  }),
};
