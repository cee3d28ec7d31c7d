import type { VFile } from 'vfile';
import { builtinBadges, type TrustBadge } from './badges.js';
import type { BlockInput } from './engine/types.js';
import { labels as builtinLabels, type Labels, type Locale, locales } from './locales.js';
import { builtinProviders, type PollProvider } from './providers.js';

/** Options of `remark-newsroom` (and, through it, of `astro-newsroom`). */
export interface Options {
  /** Default locale of documents. Default: `'de'`. */
  locale?: Locale;
  /** Fail on any diagnostic instead of warning. Default: `false`. */
  strict?: boolean;
  /** Locale quotes, apostrophes, dashes and ellipses in prose. Default: `false` (on in Astro). */
  typography?: boolean;
  /**
   * Give headings github-slugger ids, as Astro does. `auto` (default): only on
   * pages with a summary from headings, which links to them.
   */
  headingIds?: boolean | 'auto';
  /** Override fixed strings, per locale. */
  labels?: Partial<Record<Locale, Partial<Labels>>>;
  /** Register poll providers (or override `civey`). */
  providers?: Record<string, PollProvider>;
  /** Register trust badges (or override `jti`, e.g. its `src`). */
  badges?: Record<string, TrustBadge>;
  /**
   * Directives that are not ours: `restore` puts back their exact source text
   * (default); `keep` leaves them for a later plugin (Starlight's asides, say),
   * with `remarkNewsroomRestore` run last to restore what nobody claimed.
   */
  unknownDirectives?: 'restore' | 'keep';
  /**
   * The path the site lives under, e.g. `/example/`: root-relative links in
   * blocks (`/themen/ukraine`) are resolved under it. Default `/`.
   * astro-newsroom sets it from Astro's `base`.
   */
  base?: string;
  /**
   * Advanced: lets a front end put its own node where a block would render
   * (astro-newsroom uses it for component overrides in MDX). The block is still
   * validated and recorded. Return `undefined` to keep the engine's markup.
   */
  transformBlock?: (input: BlockInput, context: { file: VFile; locale: Locale }) => unknown;
}

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
  transformBlock: Options['transformBlock'];
}

/** Every option, as data: the docs list each one (a test checks). */
export const optionNames = [
  'locale',
  'strict',
  'typography',
  'headingIds',
  'labels',
  'providers',
  'badges',
  'unknownDirectives',
  'base',
  'transformBlock',
];
export const providerFields = ['name', 'company', 'embedUrl', 'pollUrl', 'privacyUrl', 'methodology', 'tcf'];
export const badgeFields = ['src', 'width', 'height', 'alt'];

/** An option error: names the option and what is allowed. */
export class OptionsError extends Error {
  constructor(option: string, allowed: string, got: unknown) {
    super(`remark-newsroom: option \`${option}\` ${allowed}; got ${describe(got)}`);
    this.name = 'OptionsError';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRecord(value: unknown, path: string): asserts value is Record<string, unknown> {
  if (!isRecord(value)) throw new OptionsError(path, 'must be an object', value);
}

function checkKeys(value: Record<string, unknown>, allowed: string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new OptionsError(path ? `${path}.${key}` : key, `is unknown; allowed: ${allowed.join(', ')}`, value[key]);
    }
  }
}

function checkBoolean(value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw new OptionsError(path, 'must be true or false', value);
}

function checkString(value: unknown, path: string): asserts value is string {
  if (typeof value !== 'string' || value === '') throw new OptionsError(path, 'must be a non-empty string', value);
}

function checkHttpsTemplate(value: unknown, path: string): void {
  checkString(value, path);
  let url: URL | undefined;
  try {
    url = new URL(value.replaceAll('{id}', 'id'));
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || !url.host) throw new OptionsError(path, 'must be an https:// URL', value);
}

function checkLocaleMap(value: unknown, path: string): void {
  if (value === undefined) return;
  checkRecord(value, path);
  checkKeys(value, [...locales], path);
}

/** A provider's TCF vendor: a GVL vendor id and the TCF v2.2 purposes (1–11) it needs consent for. */
function checkTcf(value: unknown, path: string): void {
  if (value === undefined) return;
  checkRecord(value, path);
  checkKeys(value, ['vendorId', 'purposes'], path);
  const { vendorId, purposes } = value;
  if (!Number.isInteger(vendorId) || (vendorId as number) < 1)
    throw new OptionsError(
      `${path}.vendorId`,
      'must be the vendor id from the Global Vendor List, a whole number ≥ 1',
      vendorId,
    );
  const purpose = (id: unknown) => Number.isInteger(id) && (id as number) >= 1 && (id as number) <= 11;
  if (!Array.isArray(purposes) || !purposes.length || !purposes.every(purpose))
    throw new OptionsError(`${path}.purposes`, 'must be a non-empty array of TCF purpose ids (1–11)', purposes);
}

/** Validates user options and fills defaults. Throws {@link OptionsError}. */
export function resolveOptions(options: Options | null | undefined = {}): ResolvedOptions {
  const input: unknown = options ?? {};
  checkRecord(input, 'options');
  checkKeys(input, optionNames, '');
  const locale = input.locale ?? 'de';
  if (!locales.includes(locale as Locale))
    throw new OptionsError('locale', `must be one of ${locales.map((l) => `"${l}"`).join(', ')}`, locale);
  checkBoolean(input.strict, 'strict');
  checkBoolean(input.typography, 'typography');
  if (input.headingIds !== undefined && input.headingIds !== 'auto' && typeof input.headingIds !== 'boolean')
    throw new OptionsError('headingIds', 'must be true, false or "auto"', input.headingIds);
  if (input.transformBlock !== undefined && typeof input.transformBlock !== 'function')
    throw new OptionsError('transformBlock', 'must be a function', input.transformBlock);
  const unknownDirectives = input.unknownDirectives ?? 'restore';
  if (unknownDirectives !== 'restore' && unknownDirectives !== 'keep')
    throw new OptionsError('unknownDirectives', 'must be "restore" or "keep"', unknownDirectives);

  const base = input.base ?? '/';
  if (typeof base !== 'string' || !base.startsWith('/') || !base.endsWith('/'))
    throw new OptionsError('base', 'must be a path that starts and ends with "/", e.g. "/example/"', base);

  const labels = structuredClone(builtinLabels);
  if (input.labels !== undefined) {
    checkLocaleMap(input.labels, 'labels');
    for (const [lang, overrides] of Object.entries(input.labels as Record<string, unknown>)) {
      checkRecord(overrides, `labels.${lang}`);
      checkKeys(overrides, Object.keys(builtinLabels.de), `labels.${lang}`);
      for (const [key, text] of Object.entries(overrides)) checkString(text, `labels.${lang}.${key}`);
      Object.assign(labels[lang as Locale], overrides);
    }
  }

  const providers: Record<string, PollProvider> = { ...builtinProviders };
  if (input.providers !== undefined) {
    checkRecord(input.providers, 'providers');
    for (const [id, provider] of Object.entries(input.providers)) {
      const path = `providers.${id}`;
      checkRecord(provider, path);
      checkKeys(provider, providerFields, path);
      const merged = { ...providers[id], ...provider } as Record<string, unknown>;
      checkString(merged.name, `${path}.name`);
      checkString(merged.company, `${path}.company`);
      checkHttpsTemplate(merged.embedUrl, `${path}.embedUrl`);
      checkHttpsTemplate(merged.pollUrl, `${path}.pollUrl`);
      checkHttpsTemplate(merged.privacyUrl, `${path}.privacyUrl`);
      checkLocaleMap(merged.methodology, `${path}.methodology`);
      checkTcf(merged.tcf, `${path}.tcf`);
      providers[id] = merged as unknown as PollProvider;
    }
  }

  const badges: Record<string, TrustBadge> = { ...builtinBadges };
  if (input.badges !== undefined) {
    checkRecord(input.badges, 'badges');
    for (const [id, badge] of Object.entries(input.badges)) {
      const path = `badges.${id}`;
      checkRecord(badge, path);
      checkKeys(badge, badgeFields, path);
      const merged = { ...badges[id], ...badge } as Record<string, unknown>;
      checkString(merged.src, `${path}.src`);
      for (const side of ['width', 'height'] as const) {
        const size = merged[side];
        if (typeof size !== 'number' || !(size > 0))
          throw new OptionsError(`${path}.${side}`, 'must be a positive number', size);
      }
      checkLocaleMap(merged.alt, `${path}.alt`);
      badges[id] = merged as unknown as TrustBadge;
    }
  }

  return {
    locale: locale as Locale,
    strict: input.strict === true,
    typography: input.typography === true,
    headingIds: (input.headingIds ?? 'auto') as boolean | 'auto',
    labels,
    providers,
    badges,
    unknownDirectives,
    base,
    transformBlock: input.transformBlock as Options['transformBlock'],
  };
}
