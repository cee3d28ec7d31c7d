import { defineLiveCollection } from 'astro:content';
import { newsroomLiveLoader } from 'astro-newsroom/on-demand';
import { articleStore } from '#store';

// The store's articles as a live collection: rendered at request time by astro-newsroom's render API.
export const collections = {
  live: defineLiveCollection({
    loader: newsroomLiveLoader({
      entry(id) {
        const article = articleStore().get(id);
        return article && { id, markdown: article.body, frontmatter: article.frontmatter };
      },
      entries: (filter?: { topic?: string }) =>
        articleStore()
          .list({ topic: filter?.topic })
          .map((article) => ({ id: article.slug, markdown: article.body, frontmatter: article.frontmatter })),
    }),
  }),
};
