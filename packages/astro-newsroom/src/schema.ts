import { z } from 'astro/zod';
import { isSafeUrl, locales } from 'remark-newsroom/engine';
import { instantOf } from './written-date.js';

// Every message names its field, so `astro build`, `astro sync` and `newsroom check`
// (which prints the field's path beside the file) say what to fix.

/**
 * A date as written in frontmatter: a YAML timestamp, or an ISO 8601 string
 * (a date, or a date-time with an optional offset; without one it is UTC).
 * Numbers and other strings are refused, not guessed (`"1"` is not 2001).
 */
function date(field: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? (instantOf(value) ?? value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is required: the date and time in ISO 8601, e.g. 2024-06-18T22:30:00+02:00`
          : `${field} is not an ISO 8601 date: ${JSON.stringify(issue.input)}; write e.g. 2024-06-18 or 2024-06-18T22:30:00+02:00`,
    }),
  );
}

/**
 * An image or a page of the site, as the author writes it: an http(s) URL or
 * a relative or root-relative path. The engine's check refuses other schemes
 * (also disguised by case, whitespace or control characters); a colon before
 * the first `/`, character references (`&#106;avascript:…`), surrounding whitespace, control
 * characters and `//host` are refused here too.
 */
function isWebUrlOrPath(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refused outright, not stripped
  if (!isSafeUrl(value) || value !== value.trim() || /[\u0000-\u001f\u007f-\u009f]/.test(value)) return false;
  if (/^https?:\/\/[^/]/i.test(value)) return true;
  // Written for HTML by mistake or on purpose, a character reference is never part of a path.
  return !value.startsWith('//') && !value.split('/', 1)[0]?.includes(':') && !/&#?[a-z\d]+;/i.test(value);
}

function webUrlOrPath(field: string) {
  return z
    .string()
    .min(1, `${field}: the URL or path is required`)
    .refine(isWebUrlOrPath, {
      error: (issue) =>
        `${field} is refused: ${JSON.stringify(issue.input)}; write an http(s) URL or a path of the site, e.g. /bilder/a.jpg`,
    });
}

/** A link for readers and search engines: only http(s), never `javascript:` or `data:`. */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'authors[].url must be an absolute http(s) URL, e.g. https://example.com/autorin',
});

/** One person of the byline. */
const authorSchema = z.strictObject({
  name: z.string().min(1, 'authors: every author needs a name'),
  url: webUrl.optional(),
  /** e.g. `Korrespondentin in Moskau`. */
  role: z.string().min(1).optional(),
});

/** The lead image: `src` (a URL or a path of the site), and `alt` always. */
const leadImageSchema = z.strictObject({
  src: webUrlOrPath('image.src'),
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
const updateNoteSchema = z.strictObject({
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
  topic: z.object({ label: z.string().min(1), href: webUrlOrPath('topic.href') }).optional(),
  /** Corrections not written as a `:::correction` block in the body. */
  corrections: z.array(z.object({ date: date('corrections[].date'), text: z.string().min(1) })).optional(),
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
