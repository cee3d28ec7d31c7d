import { z } from 'astro/zod';
import type { Options as RemarkOptions } from 'remark-newsroom';
import { locales } from 'remark-newsroom/engine';

const blockNames = ['summary', 'quote', 'poll', 'trust', 'correction', 'credit', 'topic'] as const;

const url = z.string().min(1);

/** The publisher of the site, for NewsArticle JSON-LD. */
export const publisherSchema = z.strictObject({
  name: z.string().min(1),
  url: url,
  logo: url.optional(),
  /** Editorial standards (schema.org `publishingPrinciples`). */
  publishingPrinciples: url.optional(),
  ethicsPolicy: url.optional(),
  correctionsPolicy: url.optional(),
  diversityPolicy: url.optional(),
  masthead: url.optional(),
  /** The JTI certification, when the newsroom holds one. */
  jti: z.strictObject({ certified: z.boolean(), url: url.optional() }).optional(),
});

/** Options of the integration. Nested remark options are checked by remark-newsroom itself. */
export const optionsSchema = z.strictObject({
  locale: z.enum(locales as unknown as [string, ...string[]]).default('de'),
  strict: z.boolean().default(false),
  typography: z.boolean().default(true),
  headingIds: z.boolean().default(true),
  styles: z.boolean().default(true),
  labels: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  providers: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  badges: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  components: z.partialRecord(z.enum(blockNames), z.string().min(1)).optional(),
  publisher: publisherSchema.optional(),
});

export type NewsroomOptions = z.input<typeof optionsSchema>;
export type ResolvedNewsroomOptions = z.output<typeof optionsSchema>;
export type Publisher = z.output<typeof publisherSchema>;

/** Validates options; a wrong one fails naming the option and what is allowed. */
export function parseOptions(options: unknown): ResolvedNewsroomOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.') || 'options';
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(optionsSchema.shape).join(', ');
      return `unknown option ${issue.keys.map((key) => `\`${[...issue.path, key].join('.')}\``).join(', ')}; allowed: ${allowed}`;
    }
    return `option \`${path}\`: ${issue.message}`;
  });
  throw new Error(`astro-newsroom: ${problems.join('; ')}`);
}

/** The remark-newsroom part of the options. */
export function remarkOptions(options: ResolvedNewsroomOptions, badgeBase: string): RemarkOptions {
  const jti = { src: `${badgeBase}jti-badge.svg`, width: 96, height: 96, ...options.badges?.jti };
  const badges = { ...options.badges, jti };
  return {
    locale: options.locale as RemarkOptions['locale'],
    strict: options.strict,
    typography: options.typography,
    headingIds: options.headingIds,
    ...(options.labels ? { labels: options.labels as RemarkOptions['labels'] } : {}),
    ...(options.providers ? { providers: options.providers as unknown as RemarkOptions['providers'] } : {}),
    badges: badges as unknown as RemarkOptions['badges'],
  };
}
