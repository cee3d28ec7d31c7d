/**
 * Resolution: checked options with their defaults filled and the built-in
 * labels, providers and badges merged in. Pure data work, no validation: the
 * schema has run before. The result carries a mark, so that every later
 * consumer (the plugins, the components, the asset route) takes it as it is.
 */
import { builtinBadges, type TrustBadge } from '../badges.js';
import { labels as builtinLabels, type Labels, type Locale } from '../locales.js';
import { builtinProviders, type PollProvider } from '../providers.js';
import type { CheckedOptions, TransformBlock } from './schema.js';

export interface ResolvedOptions {
  locale: Locale;
  strict: boolean;
  typography: boolean;
  headingIds: boolean | 'auto';
  labels: Record<Locale, Labels>;
  providers: Record<string, PollProvider>;
  badges: Record<string, TrustBadge>;
  unknownDirectives: 'restore' | 'keep';
  base: string;
  transformBlock: TransformBlock | undefined;
}

/**
 * The mark of a resolved value: a registered symbol, so a copy made by
 * spreading (`{ ...settings, strict: false }`) keeps it and a second copy of
 * this package agrees. JSON drops it: a value that crossed JSON (Astro's
 * virtual module) is marked again by whoever wrote it, with {@link markResolved}.
 */
export const resolvedMark = 'remark-newsroom.resolved-options';
const mark = Symbol.for(resolvedMark);

export function isResolved(value: unknown): value is ResolvedOptions {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[mark] === true;
}

/** Marks a value this package resolved (and that lost its mark crossing JSON) as resolved. */
export function markResolved<T extends ResolvedOptions>(value: T): T {
  Object.defineProperty(value, mark, { value: true, enumerable: true });
  return value;
}

function merged<T>(builtin: Record<string, T>, given: Record<string, Partial<T>> | undefined): Record<string, T> {
  const all: Record<string, T> = { ...builtin };
  for (const [id, entry] of Object.entries(given ?? {})) all[id] = { ...all[id], ...entry } as T;
  return all;
}

/** Fills defaults of checked options. Call it once per run; the schema must have checked `options`. */
export function completeOptions(options: CheckedOptions): ResolvedOptions {
  const labels = structuredClone(builtinLabels);
  for (const [locale, overrides] of Object.entries(options.labels ?? {}))
    Object.assign(labels[locale as Locale], overrides);
  return markResolved({
    locale: options.locale ?? 'de',
    strict: options.strict ?? false,
    typography: options.typography ?? false,
    headingIds: options.headingIds ?? 'auto',
    labels,
    providers: merged(builtinProviders, options.providers as Record<string, Partial<PollProvider>> | undefined),
    badges: merged(builtinBadges, options.badges),
    unknownDirectives: options.unknownDirectives ?? 'restore',
    base: options.base ?? '/',
    transformBlock: options.transformBlock,
  });
}
