import { z } from 'astro/zod';
import { locales } from 'remark-newsroom/engine';

// Every message names its field, so `astro build`, `astro sync` and `newsroom check`
// (which prints the field's path beside the file) say what to fix.

/** A date as written in frontmatter (ISO 8601); the message says which field and how to write it. */
function date(field: string) {
  // Coerced by hand: `z.coerce.date` turns a missing value into an invalid date, which reads as "not a date".
  return z.preprocess(
    (value) => (typeof value === 'string' || typeof value === 'number' ? new Date(value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is required: the date and time in ISO 8601, e.g. 2024-06-18T22:30:00+02:00`
          : `${field} is not a date: write ISO 8601, e.g. 2024-06-18T22:30:00+02:00`,
    }),
  );
}

/** A link for readers and search engines: only http(s), never `javascript:` or `data:`. */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'authors[].url must be an absolute http(s) URL, e.g. https://example.com/autorin',
});

/** One person of the byline. */
export const authorSchema = z.strictObject({
  name: z.string().min(1, 'authors: every author needs a name'),
  url: webUrl.optional(),
  /** e.g. `Korrespondentin in Moskau`. */
  role: z.string().min(1).optional(),
});

/** The lead image: `src` (a URL or a path of the site), and `alt` always. */
export const leadImageSchema = z.strictObject({
  src: z.string().min(1, 'image.src: the image URL or path is required'),
  alt: z
    .string({ error: 'image.alt is required: describe the image for readers who cannot see it' })
    .min(1, 'image.alt is empty: describe the image for readers who cannot see it'),
  caption: z.string().min(1).optional(),
  /** Who made it, as printed under the image, e.g. `Illustration: Newsroom Beispiel`. */
  credit: z.string().min(1).optional(),
  /** The rights holder, e.g. `© Newsroom Beispiel`. */
  copyright: z.string().min(1).optional(),
});

/** A dated update note beside the corrections ("Aktualisiert: …"). */
export const updateNoteSchema = z.strictObject({
  time: date('updated[].time'),
  note: z.string().min(1, 'updated[].note: say what changed'),
});

const articleFields = z.object({
  title: z.string().min(1),
  /** The standfirst under the headline; also the meta description. */
  teaser: z.string().min(1),
  published: date('published'),
  modified: date('modified').optional(),
  /** Beats the integration's `locale` for this article. */
  locale: z.enum(locales as unknown as [string, ...string[]]).optional(),
  /** Agency credit such as `dpa/thp`. */
  credit: z.string().optional(),
  topic: z.object({ label: z.string().min(1), href: z.string().min(1) }).optional(),
  /** Corrections not written as a `:::correction` block in the body. */
  corrections: z.array(z.object({ date: z.coerce.date(), text: z.string().min(1) })).optional(),
  /** The byline. */
  authors: z.array(authorSchema).optional(),
  image: leadImageSchema.optional(),
  /** The desk, e.g. `Politik` (schema.org `articleSection`). */
  section: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).optional(),
  /** Update notes, each with its time. */
  updated: z.array(updateNoteSchema).optional(),
  /** `false` for paywalled articles; then `paywall.cssSelector` says which part is paywalled. */
  isAccessibleForFree: z.boolean().default(true),
  paywall: z.strictObject({ cssSelector: z.string().min(1, 'paywall.cssSelector must not be empty') }).optional(),
  /** Where and from whom the copy came: `Frankfurt/Main (dpa) - ` → `{ place: Frankfurt/Main, agency: dpa }`. */
  dateline: z.strictObject({ place: z.string().min(1).optional(), agency: z.string().min(1).optional() }).optional(),
  /** A running story's coverage (LiveBlogPosting `coverageStartTime`/`coverageEndTime`). */
  coverageStart: date('coverageStart').optional(),
  coverageEnd: date('coverageEnd').optional(),
});

/** Frontmatter of a newsroom article, for `defineCollection({ schema })`. */
export const newsroomArticleSchema = articleFields
  .refine((article) => article.isAccessibleForFree !== false || article.paywall !== undefined, {
    path: ['paywall'],
    message:
      'paywall.cssSelector is required when isAccessibleForFree is false: the CSS selector of the paywalled part, e.g. { cssSelector: ".paywall" }',
    // Reported beside other problems, not only once everything else is right.
    when: (payload) => {
      const value = payload.value as { isAccessibleForFree?: unknown; paywall?: unknown };
      return value.isAccessibleForFree === false;
    },
  })
  .refine((article) => !(article.coverageStart && article.coverageEnd && article.coverageEnd < article.coverageStart), {
    path: ['coverageEnd'],
    message: 'coverageEnd is before coverageStart',
  });

export type NewsroomArticle = z.output<typeof newsroomArticleSchema>;
