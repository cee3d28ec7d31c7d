/**
 * The integration's options: remark-newsroom's schema (the one validator of
 * block options), extended with what is Astro's — stylesheet, component
 * overrides, publisher, consent — and Astro's defaults. Types come from the
 * schema; errors from remark-newsroom's one formatter, wrapped in AstroError.
 */
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { underBase } from 'remark-newsroom/engine';
import {
  type BlockName,
  blockNames,
  builtinBadges,
  formatOptionProblems,
  type ResolvedOptions,
  optionsSchema as remarkOptionsSchema,
  resolveOptions,
} from 'remark-newsroom/options';

/** The hint of every option error. */
export const optionsHint =
  'Check the options passed to newsroom({ … }) in your Astro config. Every option is listed on the docs page "Configuration".';

const mustBeObject = { error: 'must be an object' };
const nonEmpty = { error: 'must be a non-empty string' };
const text = z.string(nonEmpty).min(1, nonEmpty);
/** `true` or `false`: remark-newsroom's rule (of `strict`), so the message is the same. */
const flag = remarkOptionsSchema.shape.strict.def.innerType;

/** The publisher of the site, for NewsArticle JSON-LD. */
export const publisherSchema = z.strictObject(
  {
    name: text,
    url: text,
    logo: z.optional(text),
    /** Editorial standards (schema.org `publishingPrinciples`). */
    publishingPrinciples: z.optional(text),
    ethicsPolicy: z.optional(text),
    correctionsPolicy: z.optional(text),
    diversityPolicy: z.optional(text),
    masthead: z.optional(text),
    /** The JTI certification, when the newsroom holds one. */
    jti: z.optional(z.strictObject({ certified: flag, url: z.optional(text) }, mustBeObject)),
  },
  mustBeObject,
);

/** How the poll consent script treats a consent management platform (CMP) on the page. */
export const consentSchema = z.strictObject(
  {
    /** A TCF CMP says GDPR does not apply to the reader: `load` polls without a click, or `ask` (click to load). */
    outsideGdpr: z.enum(['load', 'ask'], { error: 'must be "load" or "ask"' }).default('ask'),
  },
  mustBeObject,
);

// Set by the integration itself: `base` from Astro's, the others to fit Astro's pipeline.
const {
  base: _base,
  unknownDirectives: _unknown,
  transformBlock: _transform,
  ...blockOptions
} = remarkOptionsSchema.shape;
// The rules of the options Astro gives a default: remark-newsroom's, without their `optional`.
const locale = blockOptions.locale.def.innerType;
const headingIds = blockOptions.headingIds.def.innerType;

/**
 * Options of `newsroom()`: remark-newsroom's schema (built with `zod/mini`,
 * the same zod 4 as `astro/zod`, so the two mix), with Astro's defaults and
 * what is Astro's.
 */
export const optionsSchema = z.strictObject(
  {
    ...blockOptions,
    /** Default locale of articles: labels and typography. Frontmatter `locale` beats it. Default `'de'`. */
    locale: z._default(locale, 'de'),
    /** Fail the build on any diagnostic, after listing every one. Default `false`. */
    strict: z._default(flag, false),
    /** Locale quotes, dashes and ellipses in prose (replaces Astro's English smartypants). Default `true`. */
    typography: z._default(flag, true),
    /** github-slugger ids on headings: `true` (as Astro gives them), `false`, or `'auto'` (only where a summary links to them). Default `true`. */
    headingIds: z._default(headingIds, true),
    /** Link our stylesheet where a block renders; `false` to bring your own CSS. Default `true`. */
    styles: z._default(flag, true),
    /** Render a block with your own component in `.mdx`: `{ quote: './src/components/MyQuote.astro' }`. */
    components: z.optional(
      z.strictObject(Object.fromEntries(blockNames.map((name) => [name, z.optional(text)])), mustBeObject),
    ) as z.ZodOptional<z.ZodType<Partial<Record<BlockName, string>>>>,
    /** The publisher, for NewsArticle JSON-LD: name, url, logo and policy links. */
    publisher: z.optional(publisherSchema),
    /** With a consent management platform: `outsideGdpr` (`'ask'` or `'load'`, default `'ask'`). */
    consent: consentSchema.default({ outsideGdpr: 'ask' }),
  },
  mustBeObject,
);

/** Options of `newsroom()`. Every one is optional. */
export type NewsroomOptions = z.input<typeof optionsSchema>;
export type ResolvedNewsroomOptions = z.output<typeof optionsSchema>;
export type Publisher = z.output<typeof publisherSchema>;
export type ConsentOptions = z.output<typeof consentSchema>;

/**
 * Validates options; a wrong one fails as Astro's own errors do: one line per
 * problem naming the option, what is allowed and what was given, with a hint,
 * and a stack that starts in the user's config (at the call of `caller`).
 */
export function parseOptions(options: unknown, caller?: (...args: never[]) => unknown): ResolvedNewsroomOptions {
  const input = options ?? {};
  const result = optionsSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const message = formatOptionProblems('astro-newsroom', result.error, input, optionsSchema);
  const error = new AstroError(message, optionsHint);
  // The first frame is then the user's config, not our validation.
  if (caller) Error.captureStackTrace(error, caller);
  throw error;
}

/**
 * The block options, resolved once for the whole run: both processors, the
 * virtual module (components, the asset route, on-demand rendering) get this value.
 */
export function resolveBlockOptions(options: ResolvedNewsroomOptions, base: string): ResolvedOptions {
  const { styles: _styles, components: _components, publisher: _publisher, consent: _consent, ...block } = options;
  // The JTI badge ships with the integration and is served under the site's base; its size is remark-newsroom's.
  const jti = { src: underBase(builtinBadges.jti?.src ?? '', base), ...options.badges?.jti };
  // Checked again by remark-newsroom's schema (what Astro's added is gone): microseconds, and the one resolution.
  return resolveOptions({ ...block, base, badges: { ...options.badges, jti } });
}
