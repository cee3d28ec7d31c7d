/**
 * `newsroom import`: agency copy to newsroom Markdown. The copy arrives as
 * blocks (paragraphs and, from HTML, headings); each block either is one of
 * the elements the rules in recognize.ts know, or stays a paragraph as
 * written. Nothing is reworded: a block's text goes into the Markdown with
 * only Markdown's own characters escaped.
 */
import type { Locale } from 'remark-newsroom';
import { resolveOptions } from 'remark-newsroom/engine';
import { stringify } from 'yaml';
import {
  correctionOf,
  creditOf,
  isPollMethodology,
  isSubhead,
  isTransparencyText,
  isTrustBadgeLine,
  localeOf,
  quoteOf,
  topicOf,
} from './recognize.js';

/** One block of the copy: its text as Markdown, and as plain text for the rules. */
export interface SourceBlock {
  kind: 'paragraph' | 'heading';
  /** Inline Markdown (escaped plain text, or converted HTML). */
  markdown: string;
  /** Plain text, for recognising. */
  text: string;
}

/** What the editor adds or the input carries besides the copy. */
export interface ImportOptions {
  /** Direct quotes with their attribution become quote blocks. */
  quotes?: boolean | undefined;
  title?: string | undefined;
  /** ISO 8601 date (and time) of publication. */
  published?: string | undefined;
  modified?: string | undefined;
  /** ISO 8601 date of a correction notice; default the modified date. */
  correctionDate?: string | undefined;
  locale?: Locale | undefined;
  pollId?: string | undefined;
  pollTitle?: string | undefined;
  pollExample?: boolean | undefined;
  /** Markdown of key points, for a summary box after the topic line. */
  summary?: string | undefined;
  topicHref?: string | undefined;
  trustHref?: string | undefined;
  /** The agency credit when the copy's text carries none (ninjs `copyrightholder`). */
  credit?: string | undefined;
}

export interface ImportResult {
  markdown: string;
  locale: Locale;
  /** What was recognised, one line each, for the report. */
  found: string[];
  /** What the editor still has to supply, one line each. */
  problems: string[];
}

/** Splits plain text into paragraphs at blank lines. */
export function textBlocks(text: string): SourceBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'paragraph', markdown: escapeMarkdown(paragraph), text: paragraph }));
}

/**
 * Plain text as Markdown that renders as exactly that text: characters
 * Markdown would read as syntax are escaped, nothing else changes.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>{}|~]/g, (char) => `\\${char}`)
    .replace(/&(?=[#\w]+;)/g, '&amp;')
    .replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s|=+$|-+$)/, (start) => `\\${start}`);
}

const attribute = (value: string) => JSON.stringify(value).slice(1, -1).replaceAll('\\"', '&quot;');

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The copy, as newsroom Markdown with frontmatter. */
export function importArticle(blocks: SourceBlock[], options: ImportOptions = {}): ImportResult {
  const found: string[] = [];
  const problems: string[] = [];
  const locale = options.locale ?? localeOf(blocks.map((block) => block.text).join('\n'));
  found.push(`locale: ${locale}${options.locale ? '' : ' (from the spelling)'}`);
  const methodology = resolveOptions({}).providers.civey?.methodology?.[locale];
  const frontmatter: Record<string, unknown> = { title: options.title ?? '' };
  if (!options.title) problems.push('title: the copy has no headline; give one with --title');
  const body: string[] = [];
  let credit = options.credit;

  const rest = [...blocks];
  const first = rest[0];
  if (first?.kind === 'paragraph') {
    frontmatter.teaser = first.text;
    rest.shift();
    found.push('teaser: the first paragraph');
  }
  frontmatter.published = options.published ?? '';
  if (!options.published)
    problems.push('published: the copy has no date; give one with --published 2024-06-18T22:30:00+02:00');
  if (options.modified) frontmatter.modified = options.modified;
  frontmatter.locale = locale;

  for (let index = 0; index < rest.length; index++) {
    const block = rest[index] as SourceBlock;
    const next = rest[index + 1];
    const text = block.text;
    if (block.kind === 'heading') {
      body.push(`## ${block.markdown}`);
      found.push(`subhead: ${text}`);
      continue;
    }
    const topic = topicOf(text);
    if (topic && body.length === 0) {
      const href = options.topicHref ?? `/themen/${slug(topic.replace(/^Mehr \S+ \S+ /, ''))}`;
      frontmatter.topic = { label: topic, href };
      body.push(`::topic[${block.markdown}]{href="${attribute(href)}"}`);
      found.push(`topic line: ${topic} → ${href}${options.topicHref ? '' : ' (check the link)'}`);
      if (options.summary) {
        body.push(`:::summary\n${options.summary.trim()}\n:::`);
        found.push('summary: the key points given with --summary');
      }
      continue;
    }
    const correction = correctionOf(text);
    if (correction !== undefined) {
      const date = options.correctionDate ?? options.modified?.slice(0, 10);
      if (!date) problems.push('correction: give its date with --correction-date 2024-06-19');
      const markdown = block.markdown.slice(block.markdown.length - escapeMarkdown(correction).length);
      body.push(`:::correction${date ? `{date="${attribute(date)}"}` : ''}\n${markdown}\n:::`);
      found.push(`correction${date ? ` of ${date}` : ' (date missing)'}`);
      continue;
    }
    if (isTrustBadgeLine(text)) {
      const href = options.trustHref ?? '/so-arbeitet-die-redaktion';
      if (next && isTransparencyText(next.text)) {
        body.push(`:::trust{badge="jti" href="${attribute(href)}"}\n${next.markdown}\n:::`);
        index++;
      } else {
        body.push(`::trust{badge="jti" href="${attribute(href)}"}`);
      }
      found.push(`trust badge: JTI, linking ${href}`);
      continue;
    }
    if (isPollMethodology(text)) {
      const id = options.pollId;
      if (!id) problems.push("poll: the copy has Civey's methodology but no poll id; give it with --poll-id");
      const attributes = [
        'provider="civey"',
        ...(id ? [`id="${attribute(id)}"`] : []),
        ...(options.pollTitle ? [`title="${attribute(options.pollTitle)}"`] : []),
        ...(options.pollExample ? ['example="true"'] : []),
      ];
      body.push(`::poll{${attributes.join(' ')}}`);
      found.push(`poll: Civey${id ? ` ${id}` : ' (id missing)'}, with its methodology note`);
      // The block shows the methodology itself; what follows it in the copy stays.
      const tail = methodology && text.startsWith(methodology) ? text.slice(methodology.length).trim() : text;
      if (tail && tail !== text) body.push(escapeMarkdown(tail));
      else if (tail === text) {
        body.push(block.markdown);
        problems.push("poll: the methodology differs from the provider's; it is kept as a paragraph");
      }
      continue;
    }
    if (isSubhead(text, next?.text)) {
      body.push(`## ${block.markdown}`);
      found.push(`subhead: ${text}`);
      continue;
    }
    let markdown = block.markdown;
    const agency = creditOf(text);
    if (agency && !credit) {
      credit = agency.label;
      markdown = markdown.replace(/\(([^()]*)\)\s*$/, (_, label: string) => `(:credit[${label}])`);
      found.push(`agency credit: ${agency.label}`);
    }
    const quote = options.quotes ? quoteOf(text) : undefined;
    if (quote && markdown === block.markdown) {
      if (quote.before) body.push(escapeMarkdown(quote.before));
      const role = quote.role ? ` role="${attribute(quote.role)}"` : '';
      body.push(`:::quote{by="${attribute(quote.by)}"${role}}\n${escapeMarkdown(quote.quote)}\n:::`);
      found.push(`quote: ${quote.by}${quote.role ? `, ${quote.role}` : ''}`);
      continue;
    }
    body.push(markdown);
  }
  if (credit) frontmatter.credit = credit;

  const yaml = stringify(frontmatter, { lineWidth: 0 }).trimEnd();
  return { markdown: `---\n${yaml}\n---\n\n${body.join('\n\n')}\n`, locale, found, problems };
}
