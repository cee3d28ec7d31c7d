/**
 * The locales, as data: one file per locale under `locales/` (its labels and
 * typography rules, like Starlight's `translations/`). Adding a locale is
 * that file and one line here.
 */
import { de } from './locales/de.js';
import { deCH } from './locales/de-CH.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import { frCH } from './locales/fr-CH.js';
import { it } from './locales/it.js';
import { itCH } from './locales/it-CH.js';
import type { Labels, LocaleDefinition, QuotePair, TypographyRules } from './locales/types.js';

export type { Labels, LocaleDefinition, QuotePair, TypographyRules };

const definitions = {
  de,
  'de-CH': deCH,
  en,
  fr,
  'fr-CH': frCH,
  it,
  'it-CH': itCH,
} satisfies Record<string, LocaleDefinition>;

export type Locale = keyof typeof definitions;

export const locales = Object.keys(definitions) as readonly Locale[];

/** Whether a value (a frontmatter field, an option) names a locale we ship. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(definitions, value);
}

export const labels = Object.fromEntries(locales.map((locale) => [locale, definitions[locale].labels])) as Record<
  Locale,
  Labels
>;

export const typographyRules = Object.fromEntries(
  locales.map((locale) => [locale, definitions[locale].typography]),
) as Record<Locale, TypographyRules>;

const placeholderName = /^\w+$/;

/**
 * Fills `{name}` placeholders; an unknown name stays as written. Searched
 * with `indexOf`, not a global regular expression with a callback, which
 * showed in the profile (a poll fills five labels).
 */
export function format(template: string, values: Record<string, string>): string {
  let out = '';
  let from = 0;
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open + 1);
    if (close === -1) break;
    const name = template.slice(open + 1, close);
    if (!placeholderName.test(name)) continue;
    out += template.slice(from, open) + (values[name] ?? template.slice(open, close + 1));
    from = close + 1;
    open = close;
  }
  return from === 0 ? template : out + template.slice(from);
}
