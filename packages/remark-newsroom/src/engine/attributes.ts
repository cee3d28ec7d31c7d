import type { BlockInput, DocumentContext } from './types.js';
import { isSafeUrl } from './url.js';

/** How one attribute of a block is read. */
export interface AttributeSpec {
  required?: boolean;
  /** `url`: http(s), mailto, relative or fragment only. `date`: ISO 8601 date. */
  type?: 'text' | 'url' | 'date';
  /** Allowed values, when the attribute is an enumeration. */
  values?: readonly string[];
  description: string;
}

export type AttributeSpecs = Record<string, AttributeSpec>;

const isoDate =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** True for a real ISO 8601 date (or date-time), e.g. `2024-06-19`; rejects `2024-02-30`. */
export function isIsoDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  // The pattern fixed the digits' places: read them, rather than split, map and build a `Date` per block.
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  return digits(value, 8, 2) <= daysIn(year, month);
}

function digits(value: string, from: number, count: number): number {
  let number = 0;
  for (let index = from; index < from + count; index++) number = number * 10 + value.charCodeAt(index) - 48;
  return number;
}

/**
 * Days of a month, as the `Date` check this replaces counted them: `Date.UTC`
 * reads years 0–99 as 1900–1999, so year 0 was 1900, not a leap year.
 */
function daysIn(year: number, month: number): number {
  if (month === 2) return year !== 0 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a block's attributes against its specs. Reports unknown, missing and
 * invalid ones; returns only the valid values, so a block never renders a
 * value it refused.
 */
export function readAttributes(
  input: BlockInput,
  specs: AttributeSpecs,
  doc: DocumentContext,
): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  const where = input.name;
  // `for … in` over the block's own attributes and the specs (plain objects): no key lists built per block.
  for (const name in input.attributes) {
    if (!Object.hasOwn(input.attributes, name)) continue;
    if (!Object.hasOwn(specs, name)) {
      doc.report({
        ruleId: 'unknown-attribute',
        message: `${where} has unknown attribute \`${name}\` (allowed: ${Object.keys(specs).join(', ')})`,
        position: input.position,
      });
    }
  }
  for (const name in specs) {
    if (!Object.hasOwn(specs, name)) continue;
    const spec = specs[name] as AttributeSpec;
    const raw = Object.hasOwn(input.attributes, name) ? input.attributes[name] : undefined;
    const value = raw?.trim();
    if (value === undefined || value === '') {
      if (spec.required) {
        doc.report({
          ruleId: 'missing-attribute',
          message: `${where} is missing ${name}`,
          position: input.position,
        });
      }
      continue;
    }
    if (spec.type === 'url' && !isSafeUrl(value)) {
      doc.report({
        ruleId: 'invalid-url',
        message: `${where} has a refused URL in \`${name}\`: only http(s), mailto, relative and fragment URLs are allowed`,
        position: input.position,
      });
      continue;
    }
    if (spec.type === 'date' && !isIsoDate(value)) {
      doc.report({
        ruleId: 'invalid-date',
        message: `${where} has an invalid \`${name}\` ${JSON.stringify(value)}: use an ISO 8601 date such as 2024-06-19`,
        position: input.position,
      });
      continue;
    }
    if (spec.values && !spec.values.includes(value)) {
      doc.report({
        ruleId: 'invalid-attribute',
        message: `${where} has an invalid \`${name}\` ${JSON.stringify(value)} (allowed: ${spec.values.join(', ')})`,
        position: input.position,
      });
      continue;
    }
    values[name] = spec.type === 'url' ? underBase(value, doc.base) : value;
  }
  return values;
}

/**
 * A root-relative link (`/themen/ukraine`) in a site that lives under a base
 * path (`/example/`) points into the site: `/example/themen/ukraine`. Links
 * already under the base, protocol-relative and other URLs stay as written.
 */
export function underBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return `${base}${url.slice(1)}`;
}
