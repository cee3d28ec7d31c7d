import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import type { Labels, Locale, PollProvider, Options as RemarkOptions, TrustBadge } from 'remark-newsroom';
import { locales } from 'remark-newsroom/engine';

const blockNames = ['summary', 'quote', 'poll', 'trust', 'correction', 'credit', 'topic', 'update'] as const;

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

/** A provider's IAB TCF vendor (remark-newsroom checks it again, with the rest of the provider). */
const tcfSchema = z.strictObject({
  vendorId: z.number().int().min(1),
  purposes: z.array(z.number().int().min(1).max(11)).min(1),
});

/** How the poll consent script treats a consent management platform (CMP) on the page. */
export const consentSchema = z.strictObject({
  /** A TCF CMP says GDPR does not apply to the reader: `load` polls without a click, or `ask` (click to load). */
  outsideGdpr: z.enum(['load', 'ask']).default('ask'),
});

/** Options of the integration. Nested remark options are checked by remark-newsroom itself. */
export const optionsSchema = z.strictObject({
  // Every locale remark-newsroom ships (one file each there).
  locale: z.enum(locales as unknown as [Locale, ...Locale[]]).default('de'),
  strict: z.boolean().default(false),
  typography: z.boolean().default(true),
  headingIds: z.union([z.boolean(), z.literal('auto')]).default(true),
  styles: z.boolean().default(true),
  labels: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  providers: z.record(z.string(), z.looseObject({ tcf: tcfSchema.optional() })).optional(),
  badges: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  components: z.partialRecord(z.enum(blockNames), z.string().min(1)).optional(),
  publisher: publisherSchema.optional(),
  consent: consentSchema.default({ outsideGdpr: 'ask' }),
});

/** Options of `newsroom()`. Every one is optional. */
export interface NewsroomOptions {
  /** Default locale of articles: labels and typography. Frontmatter `locale` beats it. Default `'de'`. */
  locale?: Locale;
  /** Fail the build on any diagnostic, after listing every one. Default `false`. */
  strict?: boolean;
  /** Locale quotes, dashes and ellipses in prose (replaces Astro's English smartypants). Default `true`. */
  typography?: boolean;
  /** github-slugger ids on headings: `true` (as Astro gives them), `false`, or `'auto'` (only where a summary links to them). Default `true`. */
  headingIds?: boolean | 'auto';
  /** Link our stylesheet where a block renders; `false` to bring your own CSS. Default `true`. */
  styles?: boolean;
  /** Override fixed strings per locale, e.g. `{ 'de-CH': { summaryTitle: 'Das Wichtigste' } }`. */
  labels?: Partial<Record<Locale, Partial<Labels>>>;
  /** Register poll providers (or override `civey`): `name`, `company`, `embedUrl`, `pollUrl`, `privacyUrl`, `methodology`, `tcf`. */
  providers?: Record<string, Partial<PollProvider>>;
  /** Register trust badges (or override `jti`): `src`, `width`, `height`, `alt`. */
  badges?: Record<string, Partial<TrustBadge>>;
  /** Render a block with your own component in `.mdx`: `{ quote: './src/components/MyQuote.astro' }`. */
  components?: Partial<Record<(typeof blockNames)[number], string>>;
  /** The publisher, for NewsArticle JSON-LD: name, url, logo and policy links. */
  publisher?: z.input<typeof publisherSchema>;
  /** With a consent management platform: `outsideGdpr` (`'ask'` or `'load'`, default `'ask'`). */
  consent?: z.input<typeof consentSchema>;
}

// The interface is what editors show; the schema is what runs. Each must accept what the other does.
type Assignable<A, B> = A extends B ? true : false;
const interfaceFitsSchema: Assignable<NewsroomOptions, z.input<typeof optionsSchema>> = true;
const schemaFitsInterface: Assignable<z.input<typeof optionsSchema>, NewsroomOptions> = true;
void interfaceFitsSchema;
void schemaFitsInterface;

export type ResolvedNewsroomOptions = z.output<typeof optionsSchema>;
export type Publisher = z.output<typeof publisherSchema>;
export type ConsentOptions = z.output<typeof consentSchema>;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function received(options: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    options,
  );
}

/**
 * Validates options; a wrong one fails as Astro's own errors do: naming the
 * option, what is allowed and what was given, with a hint, and a stack that
 * starts in the user's config (at the call of `caller`).
 */
export function parseOptions(options: unknown, caller?: (...args: never[]) => unknown): ResolvedNewsroomOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.') || 'options';
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(optionsSchema.shape).join(', ');
      return `unknown option ${issue.keys.map((key) => `\`${[...issue.path, key].join('.')}\``).join(', ')}; allowed: ${allowed}`;
    }
    return `option \`${path}\`: ${issue.message}; got ${describe(received(options, issue.path))}`;
  });
  const error = new AstroError(
    `astro-newsroom: ${problems.join('; ')}`,
    'Check the options passed to newsroom({ … }) in your Astro config. Every option is listed on the docs page "Configuration".',
  );
  // The first frame is then the user's config, not our validation.
  if (caller) Error.captureStackTrace(error, caller);
  throw error;
}

/** The remark-newsroom part of the options. */
export function remarkOptions(options: ResolvedNewsroomOptions, base: string): RemarkOptions {
  const badgeBase = `${base}_newsroom/`;
  const jti = { src: `${badgeBase}jti-badge.svg`, width: 96, height: 96, ...options.badges?.jti };
  const badges = { ...options.badges, jti };
  return {
    locale: options.locale as RemarkOptions['locale'],
    strict: options.strict,
    typography: options.typography,
    headingIds: options.headingIds,
    base,
    ...(options.labels ? { labels: options.labels as RemarkOptions['labels'] } : {}),
    ...(options.providers ? { providers: options.providers as unknown as RemarkOptions['providers'] } : {}),
    badges: badges as unknown as RemarkOptions['badges'],
  };
}
