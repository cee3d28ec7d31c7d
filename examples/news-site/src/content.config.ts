import { glob } from 'astro/loaders';
import { newsroomArticleSchema } from 'astro-newsroom/schema';
import { defineCollection } from 'astro:content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './src/content/articles' }),
    schema: newsroomArticleSchema,
  }),
};
