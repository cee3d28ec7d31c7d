/**
 * The one schema of the block options, in zod (4, as Astro ships it as
 * `astro/zod`): astro-newsroom extends it with what is Astro's. Each rule
 * carries its expectation as the error text; `format.ts` adds the path, what
 * was given and a "did you mean".
 */
import type { VFile } from 'vfile';
import { z } from 'zod';
import { builtinBadges, type TrustBadge } from '../badges.js';
import type { BlockInput } from '../block-input.js';
import { labels as builtinLabels, type Labels, type Locale, locales } from '../locales.js';
import { builtinProviders, type PollProvider } from '../providers.js';

/** Lets a front end put its own node where a block would render; `undefined` keeps the engine's markup. */
export type TransformBlock = (input: BlockInput, context: { file: VFile; locale: Locale }) => unknown;

const mustBeObject = { error: 'must be an object' };
const localeTuple = locales as unknown as [Locale, ...Locale[]];

/** `true` or `false`. */
export const flag = z.boolean({ error: 'must be true or false' });

/** A non-empty string. */
export const text = z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' });

export const localeSchema = z.enum(localeTuple, {
  error: `must be one of ${locales.map((locale) => `"${locale}"`).join(', ')}`,
});

export const headingIdsSchema = z.union([z.boolean(), z.literal('auto')], {
  error: 'must be true, false or "auto"',
});

/** An object keyed by locale, each value optional. */
function perLocale<T extends z.ZodType>(value: T) {
  return z.strictObject(
    Object.fromEntries(locales.map((locale) => [locale, value.optional()])),
    mustBeObject,
  ) as z.ZodType<Partial<Record<Locale, z.output<T>>>, Partial<Record<Locale, z.input<T>>>>;
}

/** An https URL template; `{id}` stands for the poll id. */
const httpsTemplate = z.string({ error: 'must be an https:// URL' }).refine(
  (value) => {
    try {
      const url = new URL(value.replaceAll('{id}', 'id'));
      return url.protocol === 'https:' && url.host !== '';
    } catch {
      return false;
    }
  },
  { error: 'must be an https:// URL' },
);

const tcfPurposes = 'must be a non-empty array of TCF purpose ids (1–11)';
/** A provider's IAB TCF v2.2 vendor: its Global Vendor List id and the purposes (1–11) it needs consent for. */
export const tcfSchema = z.strictObject(
  {
    vendorId: z
      .number({ error: 'must be the vendor id from the Global Vendor List, a whole number ≥ 1' })
      .int({ error: 'must be the vendor id from the Global Vendor List, a whole number ≥ 1' })
      .min(1, { error: 'must be the vendor id from the Global Vendor List, a whole number ≥ 1' }),
    purposes: z
      .array(
        z
          .number({ error: 'must be a TCF purpose id, a whole number 1–11' })
          .int({ error: 'must be a TCF purpose id, a whole number 1–11' })
          .min(1, { error: 'must be a TCF purpose id, a whole number 1–11' })
          .max(11, { error: 'must be a TCF purpose id, a whole number 1–11' }),
        { error: tcfPurposes },
      )
      .min(1, { error: tcfPurposes }),
  },
  mustBeObject,
);

/** A provider as the option gives it: a new one names every required field, an override of a built-in one any. */
export const providerSchema = z.strictObject(
  {
    name: text.optional(),
    company: text.optional(),
    embedUrl: httpsTemplate.optional(),
    pollUrl: httpsTemplate.optional(),
    privacyUrl: httpsTemplate.optional(),
    methodology: perLocale(text).optional(),
    tcf: tcfSchema.optional(),
  },
  mustBeObject,
);

const positive = z.number({ error: 'must be a positive number' }).positive({ error: 'must be a positive number' });

/** A trust badge as the option gives it (an override of `jti` may give only `src`). */
export const badgeSchema = z.strictObject(
  { src: text.optional(), width: positive.optional(), height: positive.optional(), alt: perLocale(text).optional() },
  mustBeObject,
);

/**
 * Entries of a record that extend built-in ones (providers, badges): once
 * merged with the built-in entry of the same id, each must have its required
 * fields. Only fields the merge leaves missing are reported here (a wrong
 * given field is reported by the entry's own schema).
 */
function completeEntries<T>(builtin: Record<string, T>, shape: z.ZodRawShape, required: readonly string[]) {
  return (ctx: z.core.ParsePayload<Record<string, Record<string, unknown>>>) => {
    for (const [id, entry] of Object.entries(ctx.value)) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
      const merged = { ...(Object.hasOwn(builtin, id) ? builtin[id] : {}), ...entry } as Record<string, unknown>;
      for (const field of required) {
        if (merged[field] !== undefined) continue;
        const message = (shape[field] as z.ZodType).safeParse(undefined).error?.issues[0]?.message ?? 'is required';
        ctx.issues.push({ code: 'custom', path: [id, field], message, input: undefined });
      }
    }
  };
}

const requiredProviderFields = ['name', 'company', 'embedUrl', 'pollUrl', 'privacyUrl'] as const;
const requiredBadgeFields = ['src', 'width', 'height'] as const;
const requiredShape = (schema: z.ZodObject) =>
  Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, (field as z.ZodOptional).unwrap()]));

const labelsSchema = z.strictObject(
  Object.fromEntries(
    locales.map((locale) => [
      locale,
      z
        .strictObject(
          Object.fromEntries(Object.keys(builtinLabels.de).map((key) => [key, text.optional()])),
          mustBeObject,
        )
        .optional(),
    ]),
  ),
  mustBeObject,
);

/** Options of `remark-newsroom` (and, through it, of `astro-newsroom`). Defaults are filled by `resolveOptions`. */
export const optionsSchema = z.strictObject(
  {
    /** Default locale of documents. Default: `'de'`. */
    locale: localeSchema.optional(),
    /** Fail on any diagnostic instead of warning. Default: `false`. */
    strict: flag.optional(),
    /** Locale quotes, apostrophes, dashes and ellipses in prose. Default: `false` (on in Astro). */
    typography: flag.optional(),
    /** Give headings github-slugger ids, as Astro does. `auto` (default): only on pages with a summary from headings, which links to them. */
    headingIds: headingIdsSchema.optional(),
    /** Override fixed strings, per locale. */
    labels: (labelsSchema as unknown as z.ZodType<Partial<Record<Locale, Partial<Labels>>>>).optional(),
    /** Register poll providers (or override `civey`). */
    providers: z
      .record(z.string(), providerSchema, mustBeObject)
      .check(completeEntries(builtinProviders, requiredShape(providerSchema), requiredProviderFields))
      .optional(),
    /** Register trust badges (or override `jti`, e.g. its `src`). */
    badges: z
      .record(z.string(), badgeSchema, mustBeObject)
      .check(completeEntries(builtinBadges, requiredShape(badgeSchema), requiredBadgeFields))
      .optional(),
    /**
     * Directives that are not ours: `restore` puts back their exact source text
     * (default); `keep` leaves them for a later plugin (Starlight's asides, say),
     * with `remarkNewsroomRestore` run last to restore what nobody claimed.
     */
    unknownDirectives: z.enum(['restore', 'keep'], { error: 'must be "restore" or "keep"' }).optional(),
    /**
     * The path the site lives under, e.g. `/example/`: root-relative links in
     * blocks (`/themen/ukraine`) are resolved under it. Default `/`.
     * astro-newsroom sets it from Astro's `base`.
     */
    base: z
      .string({ error: 'must be a path that starts and ends with "/", e.g. "/example/"' })
      .refine((base) => base.startsWith('/') && base.endsWith('/'), {
        error: 'must be a path that starts and ends with "/", e.g. "/example/"',
      })
      .optional(),
    /**
     * Advanced: lets a front end put its own node where a block would render
     * (astro-newsroom uses it for component overrides in MDX). The block is still
     * validated and recorded. Return `undefined` to keep the engine's markup.
     */
    transformBlock: z
      .custom<TransformBlock>((value) => typeof value === 'function', { error: 'must be a function' })
      .optional(),
  },
  mustBeObject,
);

/** Options as a user writes them. */
export type Options = z.input<typeof optionsSchema>;
/** Options once the schema checked them. */
export type CheckedOptions = z.output<typeof optionsSchema>;

/** Every option, as data: the docs list each one (a test checks). */
export const optionNames = Object.keys(optionsSchema.shape);
export const providerFields = Object.keys(providerSchema.shape);
export const badgeFields = Object.keys(badgeSchema.shape);

export type { PollProvider, TrustBadge };
