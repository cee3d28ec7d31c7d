import type { Element, ElementContent, Text } from 'hast';
import type { BlockInput, DirectiveKind, Point, Position } from '../block-input.js';
import type { Labels, Locale } from '../locales.js';

// The input of a block lives below the options, which hand it to `transformBlock`.
export type { BlockInput, DirectiveKind, Point, Position };

/**
 * Author content the engine never looks into: mdast nodes on the Markdown
 * paths, an HTML string on the component path. A front end puts it back where
 * the engine placed the slot.
 */
export interface Slot {
  type: 'newsroomSlot';
  content: unknown[];
}

/** What a block renders: hast, with slots where the author's content goes. */
export type BlockContent = Element | Text | Slot;

/** Every diagnostic rule, as data: the docs list each one (a test checks). */
export const ruleIds = [
  'missing-attribute',
  'missing-label',
  'invalid-date',
  'invalid-url',
  'unknown-provider',
  'unknown-badge',
  'unknown-attribute',
  'invalid-attribute',
  'unclosed-container',
  'wrong-directive-kind',
  'summary-without-headings',
  'unused-label',
  'nesting-too-deep',
  'unknown-block',
  'invalid-time',
  'duplicate-update-time',
  'update-before-published',
  'summary-without-updates',
  'restored-before-plugin',
  'fence-read-as-table-row',
] as const;

export type RuleId = (typeof ruleIds)[number];

export interface Diagnostic {
  ruleId: RuleId;
  message: string;
  position?: Position | undefined;
}

export interface HeadingEntry {
  depth: number;
  id: string;
  text: string;
}

export interface QuoteRecord {
  by?: string;
  role?: string;
  source?: string;
  href?: string;
  text: string;
}

/** One update of a running story, as the record lists it. */
export interface UpdateRecord {
  /** ISO 8601 as written, e.g. `2024-06-19T09:15+02:00`. */
  time: string;
  /** The anchor id, derived from the time: `update-2024-06-19t0915`. */
  id: string;
  title?: string;
  /** Plain text of the body. */
  text: string;
}

/** What the plugin rendered, on `file.data.newsroom`. */
export interface NewsroomRecord {
  locale: Locale;
  /** How many blocks rendered (a page with none needs no stylesheet). */
  blocks: number;
  /** `latest`: the anchor ids of the updates a summary's `latest` list links to. */
  summary?: { title: string; items: string[]; fromHeadings: boolean; latest?: string[] };
  quotes: QuoteRecord[];
  polls: { provider: string; id: string; title?: string }[];
  corrections: { date: string; text: string }[];
  credits: { label: string; agency: string; author?: string }[];
  trust: { badge: string; href?: string }[];
  topic?: { label: string; href: string };
  /** Updates of a running story with a valid time, newest first (empty when none). */
  updates: UpdateRecord[];
}

/** Per-document state that every block of one document shares. */
export interface DocumentContext {
  locale: Locale;
  labels: Labels;
  record: NewsroomRecord;
  /** `##` sections of the document, in order, with their ids. */
  headings: HeadingEntry[];
  /**
   * The document's updates with a valid time, newest first, known before any
   * block renders (a summary lists the latest). Empty where they are not known.
   */
  updates: UpdateRecord[];
  /** Frontmatter `published`, in milliseconds since the epoch, where the front end knows it. */
  published?: number | undefined;
  /** Where the site lives (`/` or e.g. `/example/`): root-relative links in blocks go under it. */
  base: string;
  report(diagnostic: Diagnostic): void;
  /** Deterministic ids derived from `seed` (the block's text), unique within the document. */
  nextId(prefix: string, seed: string): string;
}

export type { Element, ElementContent, Text };

// A slot may stand wherever hast content may, so an element takes it as a child.
declare module 'hast' {
  interface ElementContentMap {
    newsroomSlot: Slot;
  }
  interface RootContentMap {
    newsroomSlot: Slot;
  }
}
