/**
 * Copy in any of the formats the importer reads (plain text, IPTC ninjs,
 * NewsML-G2) to an import result: what the CLI runs, and the corpus tests.
 */
import { isIsoDate } from './dates.js';
import { type ImportOptions, type ImportResult, importArticle } from './import.js';
import { type Format, withoutControls } from './input.js';
import { parseNewsml } from './newsml.js';
import { NinjsError, ninjsBlocks, ninjsOptions, parseNinjs } from './ninjs.js';
import { textBlocks } from './source.js';
import { XmlError } from './xml.js';

/** The copy cannot be read as the format says (not JSON, not well-formed XML, no body). */
export class CopyError extends Error {
  override name = 'CopyError';
}

/** Given options win over what the item says about itself. */
function merge(fromItem: ImportOptions, given: ImportOptions): ImportOptions {
  const merged = { ...fromItem } as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) if (value !== undefined) merged[key] = value;
  return merged as ImportOptions;
}

/**
 * Imports copy in one of the formats: its text read, its metadata taken as
 * options (the given options win), control characters removed with a line
 * in the report. Unreadable copy is a {@link CopyError}.
 */
export function importCopy(
  input: string,
  format: Format,
  given: ImportOptions = {},
): { result: ImportResult; read: string } {
  const warnings: string[] = [];
  try {
    if (format === 'ninjs') {
      const item = parseNinjs(input);
      for (const key of ['headline', 'body_html', 'body_text', 'description_text', 'byline'] as const) {
        const value = item[key];
        if (typeof value === 'string') item[key] = cleaned(value, warnings, `ninjs \`${key}\``);
      }
      const fromItem = checkedDates(ninjsOptions(item), warnings);
      const blocks = ninjsBlocks(item, warnings);
      return {
        result: importArticle(blocks, { ...merge(fromItem, given), warnings }),
        read: `IPTC ninjs, ${item.body_html !== undefined ? 'body_html' : 'body_text'}`,
      };
    }
    if (format === 'newsml') {
      const item = parseNewsml(input, warnings);
      const fromItem = checkedDates(item.meta, warnings);
      return {
        result: importArticle(item.blocks, { ...merge(fromItem, given), warnings }),
        read: `NewsML-G2 newsItem, ${item.body === 'nitf' ? 'NITF' : 'XHTML'} body`,
      };
    }
    const text = cleaned(input, warnings, 'the copy');
    return { result: importArticle(textBlocks(text), { ...given, warnings }), read: 'plain text' };
  } catch (error) {
    if (error instanceof NinjsError || error instanceof XmlError) throw new CopyError(error.message);
    throw error;
  }
}

/** The text without control characters, with a line saying how many went. */
function cleaned(text: string, warnings: string[], where: string): string {
  const { text: clean, removed } = withoutControls(text);
  if (removed)
    warnings.push(`${where}: removed ${removed} control character${removed === 1 ? '' : 's'} (they are not text)`);
  // A lone surrogate (from a JSON escape) is no character: U+FFFD, as any UTF-8 writer would make it.
  const wellFormed = clean.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (wellFormed !== clean) warnings.push(`${where}: a lone UTF-16 surrogate replaced by U+FFFD`);
  return wellFormed;
}

/** Dates from an item that are not ISO 8601 are left out, with a line saying so. */
function checkedDates(options: ImportOptions, warnings: string[]): ImportOptions {
  const out = { ...options };
  for (const key of ['published', 'modified'] as const) {
    const value = out[key];
    if (value !== undefined && !isIsoDate(value)) {
      warnings.push(`${key}: the item's date ${JSON.stringify(value)} is not ISO 8601; left out`);
      out[key] = undefined;
    }
  }
  return out;
}
