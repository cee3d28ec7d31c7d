import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { newsroomArticleSchema } from 'astro-newsroom/schema';

// The example site's own articles, built statically here too: the reference the on-demand paths are compared with.
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: '../news-site/src/content/articles' }),
    schema: newsroomArticleSchema,
  }),
};
