/**
 * The one schema of the block options. zod 4, the library Astro ships as
 * `astro/zod`, in its tree-shakable form `zod/mini`: astro-newsroom extends
 * this schema with what is Astro's. Measured with esbuild (the plugin bundled,
 * minified): 131 kB before, 158 kB with `zod/mini`; `zod`'s chained API would
 * have added 454 kB. Each rule carries its expectation as its error text;
 * `format.ts` adds the path, what was given and a "did you mean".
 */
import * as z from 'zod/mini';
import { builtinBadges, type TrustBadge } from '../badges.js';
import { labels as builtinLabels, type Labels, type Locale, locales } from '../locales.js';
import { builtinProviders, type PollProvider } from '../providers.js';
import type { TransformBlock } from '../settings.js';

export type { TransformBlock };

const mustBeObject = { error: 'must be an object' };

/** `true` or `false`. */
export const flag = z.boolean({ error: 'must be true or false' });

const nonEmpty = { error: 'must be a non-empty string' };
/** A non-empty string. */
export const text = z.string(nonEmpty).check(z.minLength(1, nonEmpty));

export const localeSchema = z.enum(locales as unknown as [Locale, ...Locale[]], {
  error: `must be one of ${locales.map((locale) => `"${locale}"`).join(', ')}`,
});

export const headingIdsSchema = z.union([z.boolean(), z.literal('auto')], { error: 'must be true, false or "auto"' });

/** An object keyed by locale, each value optional. */
const perLocale = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject(
    Object.fromEntries(locales.map((locale) => [locale, z.optional(value)])),
    mustBeObject,
  ) as unknown as z.ZodMiniType<Partial<Record<Locale, z.output<T>>>>;

const https = { error: 'must be an https:// URL' };
/** An https URL template; `{id}` stands for the poll id. */
const httpsTemplate = z.string(https).check(
  z.refine((value) => {
    try {
      const url = new URL(value.replaceAll('{id}', 'id'));
      return url.protocol === 'https:' && url.host !== '';
    } catch {
      return false;
    }
  }, https),
);

const vendorId = { error: 'must be the vendor id from the Global Vendor List, a whole number ≥ 1' };
const purpose = { error: 'must be a TCF purpose id, a whole number 1–11' };
const purposes = { error: 'must be a non-empty array of TCF purpose ids (1–11)' };
/** A provider's IAB TCF v2.2 vendor: its Global Vendor List id and the purposes (1–11) it needs consent for. */
const tcfSchema = z.strictObject(
  {
    vendorId: z.int(vendorId).check(z.minimum(1, vendorId)),
    purposes: z
      .array(z.int(purpose).check(z.minimum(1, purpose), z.maximum(11, purpose)), purposes)
      .check(z.minLength(1, purposes)),
  },
  mustBeObject,
);

/** A provider as the option gives it: a new one names every required field, an override of a built-in one any. */
const providerShape = {
  name: text,
  company: text,
  embedUrl: httpsTemplate,
  pollUrl: httpsTemplate,
  privacyUrl: httpsTemplate,
  methodology: perLocale(text),
  tcf: tcfSchema,
};

const positive = { error: 'must be a positive number' };
/** A trust badge as the option gives it (an override of `jti` may give only `src`). */
const badgeShape = {
  src: text,
  width: z.number(positive).check(z.positive(positive)),
  height: z.number(positive).check(z.positive(positive)),
  alt: perLocale(text),
};

const allOptional = <S extends Record<string, z.ZodMiniType>>(shape: S) =>
  Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, z.optional(field)])) as {
    [K in keyof S]: z.ZodMiniOptional<S[K]>;
  };

/**
 * A record whose entries extend built-in ones (providers, badges): each entry
 * is checked as given, and once merged with the built-in entry of the same id
 * it must have the required fields (only those the merge leaves missing are
 * reported here; a wrong given field is reported by the entry's own schema).
 */
function extendingRecord<S extends Record<string, z.ZodMiniType>>(
  shape: S,
  builtin: Record<string, object>,
  required: readonly (keyof S & string)[],
) {
  return z.record(z.string(), z.strictObject(allOptional(shape), mustBeObject), mustBeObject).check((ctx) => {
    for (const [id, entry] of Object.entries(ctx.value)) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
      const merged = { ...(Object.hasOwn(builtin, id) ? builtin[id] : {}), ...entry } as Record<string, unknown>;
      for (const field of required) {
        if (merged[field] !== undefined) continue;
        const message = (shape[field] as z.ZodMiniType).safeParse(undefined).error?.issues[0]?.message ?? '';
        ctx.issues.push({ code: 'custom', path: [id, field], message, input: undefined });
      }
    }
  });
}

/** am/pm after a time: empty in the locales with a 24-hour clock (their built-in value), so a complete value passes. */
const clockLabels = new Set(['updateAm', 'updatePm']);
const clockLabel = z.string({ error: 'must be a string ("" for a 24-hour clock)' });

const labelsSchema = z.strictObject(
  Object.fromEntries(
    locales.map((locale) => [
      locale,
      z.optional(
        z.strictObject(
          Object.fromEntries(
            Object.keys(builtinLabels.de).map((key) => [key, z.optional(clockLabels.has(key) ? clockLabel : text)]),
          ),
          mustBeObject,
        ),
      ),
    ]),
  ),
  mustBeObject,
) as unknown as z.ZodMiniType<Partial<Record<Locale, Partial<Labels>>>>;

const base = { error: 'must be a path that starts and ends with "/", e.g. "/example/"' };

/** Options of `remark-newsroom` (and, through it, of `astro-newsroom`). Defaults are filled by `resolveOptions`. */
export const optionsSchema = z.strictObject(
  {
    /** Default locale of documents. Default: `'de'`. */
    locale: z.optional(localeSchema),
    /** Fail on any diagnostic instead of warning. Default: `false`. */
    strict: z.optional(flag),
    /** Locale quotes, apostrophes, dashes and ellipses in prose. Default: `false` (on in Astro). */
    typography: z.optional(flag),
    /** Give headings github-slugger ids, as Astro does. `auto` (default): only on pages with a summary from headings, which links to them. */
    headingIds: z.optional(headingIdsSchema),
    /** Override fixed strings, per locale. */
    labels: z.optional(labelsSchema),
    /** Register poll providers (or override `civey`). */
    providers: z.optional(
      extendingRecord(providerShape, builtinProviders, ['name', 'company', 'embedUrl', 'pollUrl', 'privacyUrl']),
    ),
    /** Register trust badges (or override `jti`, e.g. its `src`). */
    badges: z.optional(extendingRecord(badgeShape, builtinBadges, ['src', 'width', 'height'])),
    /**
     * Directives that are not ours: `restore` puts back their exact source text
     * (default); `keep` leaves them for a later plugin (Starlight's asides, say),
     * with `remarkNewsroomRestore` run last to restore what nobody claimed.
     */
    unknownDirectives: z.optional(z.enum(['restore', 'keep'], { error: 'must be "restore" or "keep"' })),
    /**
     * The path the site lives under, e.g. `/example/`: root-relative links in
     * blocks (`/themen/ukraine`) are resolved under it. Default `/`.
     * astro-newsroom sets it from Astro's `base`.
     */
    base: z.optional(z.string(base).check(z.refine((path) => path.startsWith('/') && path.endsWith('/'), base))),
    /**
     * Advanced: lets a front end put its own node where a block would render
     * (astro-newsroom uses it for component overrides in MDX). The block is still
     * validated and recorded. Return `undefined` to keep the engine's markup.
     */
    transformBlock: z.optional(
      z.custom<TransformBlock>((value) => typeof value === 'function', { error: 'must be a function' }),
    ),
  },
  mustBeObject,
);

/** Options as a user writes them. */
export type Options = z.input<typeof optionsSchema>;
/** Options once the schema checked them. */
export type CheckedOptions = z.output<typeof optionsSchema>;

/** Every option, as data: the docs list each one (a test checks). */
export const optionNames = Object.keys(optionsSchema.shape);
export const providerFields = Object.keys(providerShape);

export type { PollProvider, TrustBadge };
