/**
 * Resolution: checked options with their defaults filled and the built-in
 * labels, providers and badges merged in. Pure data work, no validation: the
 * schema has run before. The result is marked, so that every later consumer
 * (the plugins, the components, the asset route) takes it as it is.
 */
import { builtinBadges } from '../badges.js';
import { labels as builtinLabels, type Locale } from '../locales.js';
import { builtinProviders, type PollProvider } from '../providers.js';
import type { ResolvedOptions } from '../settings.js';
import type { CheckedOptions } from './schema.js';

export type { ResolvedOptions };

/**
 * The values this package resolved, by identity: module-private, so nothing
 * outside can mark a value, and a copy (`{ ...settings, locale: 'xx' }`) is
 * not resolved and is validated again. A resolved value is not frozen:
 * unified merges the options of a plugin used twice into the first value
 * (`extend(true, …)`), which a frozen value breaks (Astro 6 adds our plugin
 * that way). It is a copy, so the caller's objects and the built-in tables
 * stay as they were.
 */
const resolvedValues = new WeakSet<object>();

export function isResolved(value: unknown): value is ResolvedOptions {
  return typeof value === 'object' && value !== null && resolvedValues.has(value);
}

/** Marks a value built here from checked options. Not exported by the package: a mark skips validation. */
export function markResolved(value: ResolvedOptions): ResolvedOptions {
  const { transformBlock, ...data } = value;
  // A copy of the data: the caller's objects and the built-in tables are never the resolved value.
  const resolved = { ...structuredClone(data), transformBlock };
  resolvedValues.add(resolved);
  return resolved;
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
