import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { newsroomArticleSchema } from 'astro-newsroom/schema';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './src/content/articles' }),
    schema: newsroomArticleSchema,
  }),
};
