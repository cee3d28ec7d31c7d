/**
 * IPTC ninjs (news in JSON): the item's `body_html` becomes blocks through
 * html.ts (links checked, headings kept); headline, language, dates and the
 * copyright holder become import options.
 */
import type { Locale } from 'remark-newsroom';
import { locales } from 'remark-newsroom/engine';
import { htmlBlocks } from './html.js';
import type { ImportOptions } from './import.js';
import { type SourceBlock, textBlocks } from './source.js';

/** The ninjs fields the importer reads (ninjs 1.x and 2.x spell them alike). */
export interface NinjsItem {
  headline?: string;
  body_html?: string;
  body_text?: string;
  language?: string;
  versioncreated?: string;
  firstcreated?: string;
  byline?: string;
  copyrightholder?: string;
  located?: string;
  description_text?: string;
  /** A 2.x headline with the role `kicker` (provider-specific). */
  kicker?: string;
  /** ninjs 2.x: headlines with roles (`main`, provider-specific ones such as `kicker`). */
  headlines?: { role?: string; value?: string }[];
  /** ninjs 2.x: bodies with roles and content types (`text/html`, `text/plain`). */
  bodies?: { role?: string; contenttype?: string; value?: string }[];
  descriptions?: { role?: string; contenttype?: string; value?: string }[];
}

/** ninjs that cannot be read: not JSON, no body, a field of the wrong type. */
export class NinjsError extends Error {
  override name = 'NinjsError';
}

const stringFields = [
  'headline',
  'body_html',
  'body_text',
  'language',
  'versioncreated',
  'firstcreated',
  'byline',
  'copyrightholder',
  'located',
  'description_text',
] as const;

type Entry = { role?: string; contenttype?: string; value?: string };

/** A 2.x list of role-tagged texts: the main one (or the first) with a string value. */
function mainEntry(list: unknown, field: string): Entry | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new NinjsError(`ninjs \`${field}\` must be a list`);
  const entries = list.filter(
    (entry): entry is Entry => !!entry && typeof entry === 'object' && typeof (entry as Entry).value === 'string',
  );
  return entries.find((entry) => !entry.role || entry.role === 'main' || entry.role === 'body') ?? entries[0];
}

/** Parses ninjs JSON; a clear error when it is not. */
export function parseNinjs(json: string): NinjsItem {
  let item: unknown;
  try {
    item = JSON.parse(json);
  } catch (error) {
    throw new NinjsError(`not JSON: ${(error as Error).message}`);
  }
  if (!item || typeof item !== 'object' || Array.isArray(item)) throw new NinjsError('ninjs must be a JSON object');
  const record = item as Record<string, unknown>;
  for (const field of stringFields) {
    if (record[field] !== undefined && typeof record[field] !== 'string') {
      throw new NinjsError(`ninjs \`${field}\` must be a string; got ${typeof record[field]}`);
    }
  }
  const ninjs = record as NinjsItem;
  // ninjs 2.x carries its texts in lists; the 1.x fields are read the same way from them.
  const body = mainEntry(record.bodies, 'bodies');
  if (body && ninjs.body_html === undefined && ninjs.body_text === undefined) {
    if (/html/.test(body.contenttype ?? 'text/html')) ninjs.body_html = body.value;
    else ninjs.body_text = body.value;
  }
  const headline = mainEntry(record.headlines, 'headlines');
  if (headline && ninjs.headline === undefined) ninjs.headline = headline.value;
  const kicker = Array.isArray(record.headlines)
    ? (record.headlines as Entry[]).find((entry) => entry?.role === 'kicker' && typeof entry.value === 'string')
    : undefined;
  if (kicker) ninjs.kicker = kicker.value;
  const description = mainEntry(record.descriptions, 'descriptions');
  if (description && ninjs.description_text === undefined) {
    // An HTML description is read as the text it shows (its markup and scripts dropped).
    ninjs.description_text = /html/.test(description.contenttype ?? '')
      ? htmlBlocks(description.value ?? '')
          .map((block) => block.text)
          .join(' ')
      : description.value;
  }
  if (typeof ninjs.body_html !== 'string' && typeof ninjs.body_text !== 'string') {
    throw new NinjsError('this ninjs item has no body (body_html, body_text or bodies)');
  }
  return ninjs;
}

/** The engine's locales by their lower-case tag: the one list, so a locale added there is read here too. */
const localeByTag = new Map<string, Locale>(locales.map((locale) => [locale.toLowerCase(), locale]));

/** A language tag as one of the locales the engine ships, when it is one: the tag itself ("fr-CH"), else its language ("de-AT" → "de"). */
export function localeOfLanguage(language: string | undefined): Locale | undefined {
  const tag = language?.trim().toLowerCase().replaceAll('_', '-');
  if (!tag) return undefined;
  return localeByTag.get(tag) ?? localeByTag.get(tag.split('-')[0] as string);
}

const nonEmpty = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
/** Headline, teaser and kicker are one line each (NewsML-G2's are read so too): line breaks in the item's value are spaces. */
const oneLine = (value: string | undefined) => nonEmpty(value?.replace(/\s+/g, ' '));

/** What the item says about itself, as import options (the editor's options win). */
export function ninjsOptions(item: NinjsItem): ImportOptions {
  const initials = item.byline && /^[a-zäöü]{1,6}$/.test(item.byline) ? item.byline : undefined;
  const holder = nonEmpty(item.copyrightholder);
  return {
    title: oneLine(item.headline),
    published: nonEmpty(item.firstcreated) ?? nonEmpty(item.versioncreated),
    modified: nonEmpty(item.versioncreated),
    locale: localeOfLanguage(item.language),
    language: nonEmpty(item.language),
    credit: holder ? (initials ? `${holder}/${initials}` : holder) : undefined,
    teaser: oneLine(item.description_text),
    section: oneLine(item.kicker),
    origin: 'the ninjs item',
  };
}

export function ninjsBlocks(item: NinjsItem, warnings: string[] = []): SourceBlock[] {
  if (item.body_html !== undefined) return htmlBlocks(item.body_html, warnings);
  return textBlocks(item.body_text ?? '');
}
