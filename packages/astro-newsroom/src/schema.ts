import { z } from 'astro/zod';
import { locales } from 'remark-newsroom/engine';

/** Frontmatter of a newsroom article, for `defineCollection({ schema })`. */
export const newsroomArticleSchema = z.object({
  title: z.string().min(1),
  /** The standfirst under the headline; also the meta description. */
  teaser: z.string().min(1),
  published: z.coerce.date(),
  modified: z.coerce.date().optional(),
  /** Beats the integration's `locale` for this article. */
  locale: z.enum(locales as unknown as [string, ...string[]]).optional(),
  /** Agency credit such as `dpa/thp`. */
  credit: z.string().optional(),
  topic: z.object({ label: z.string().min(1), href: z.string().min(1) }).optional(),
  /** Corrections not written as a `:::correction` block in the body. */
  corrections: z.array(z.object({ date: z.coerce.date(), text: z.string().min(1) })).optional(),
});

export type NewsroomArticle = z.output<typeof newsroomArticleSchema>;
