/**
 * `newsroom import`: agency copy to newsroom Markdown. The copy arrives as
 * blocks (see source.ts); the headline, teaser and dateline go to the
 * frontmatter, and each body block either is one of the elements the rules in
 * recognize.ts and quotes.ts know, or stays as written. The result is an mdast
 * tree written by remark-stringify (markdown.ts): nothing is reworded and
 * nothing is escaped by hand.
 */

import slugify from '@sindresorhus/slugify';
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import type { Locale } from 'remark-newsroom';
import { locales } from 'remark-newsroom/engine';
import { builtinProviders } from 'remark-newsroom/options';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { dayAndOffset, isIsoDate, nextDay, zoneOffset } from './dates.js';
import { inlineText, sliceInline, textInline, trimInline } from './inline.js';
import { container, heading, leaf, paragraph, textDirective, writeArticle } from './markdown.js';
import { quoteOf } from './quotes.js';
import {
  correctionOf,
  creditOf,
  datelineOf,
  endsLikeSentence,
  isEmbargo,
  isHeadline,
  isKicker,
  isNote,
  isPollMethodology,
  isSubhead,
  isTransparencyText,
  isTrustBadgeLine,
  languageOf,
  topicName,
  topicOf,
  updateOf,
  withoutCredit,
} from './recognize.js';
import type { SourceBlock } from './source.js';

export type { SourceBlock } from './source.js';
export { textBlocks } from './source.js';

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
  /** The language the item declares (ninjs `language`, NewsML-G2 `language/@tag`): when it is no locale, none is guessed. */
  language?: string | undefined;
  pollId?: string | undefined;
  pollTitle?: string | undefined;
  pollExample?: boolean | undefined;
  /** Markdown of key points, for a summary box after the topic line. */
  summary?: string | undefined;
  topicHref?: string | undefined;
  trustHref?: string | undefined;
  /** The agency credit when the copy's text carries none (ninjs `copyrightholder`). */
  credit?: string | undefined;
  /** The kicker or desk, when the item carries it apart from the text. */
  section?: string | undefined;
  /** The teaser when the copy has none (or the item carries it apart from the text). */
  teaser?: string | undefined;
  /** The dateline when the input carries it apart from the text (NewsML-G2 `dateline`). */
  dateline?: { place?: string; agency?: string } | undefined;
  /** Where the title, dates and dateline came from, for the report (default "the copy"). */
  origin?: string | undefined;
  /** Lines for the report from reading the input (links and images dropped). */
  warnings?: string[] | undefined;
}

export interface ImportResult {
  markdown: string;
  /** The blocks the importer wrote, by directive name, in document order: nothing else in the Markdown is a block. */
  directives: string[];
  locale: Locale;
  /** The frontmatter as written. */
  frontmatter: Record<string, unknown>;
  /** What was recognised and where it came from, one line each, for the report. */
  found: string[];
  /** What the editor still has to supply or check, one line each. */
  problems: string[];
}

/**
 * A topic page's path segment: ASCII, lower case, words joined by `-`, with
 * German transliteration (München → muenchen, Straße → strasse) as German
 * news sites write their topic URLs. Not github-slugger: that one keeps
 * non-ASCII letters and punctuation runs (heading ids, not paths).
 */
const slug = (text: string) => slugify(text, { decamelize: false, customReplacements: [['&', ' ']] });

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** Locales remark-newsroom ships: a language is written as a locale only when it is one. */
const shipped = new Set<string>(locales);

/** The copy's locale: given, or from its language and, for French and Italian, a Swiss agency's credit. */
function localeFor(
  text: string,
  given: Locale | undefined,
  declared: string | undefined,
): { locale?: Locale; note: string } {
  if (given) return { locale: given, note: 'given' };
  // Spanish copy reads as Italian to a guess: the item's own word is better than one.
  if (declared?.trim())
    return {
      note: `the item's language is ${JSON.stringify(declared.trim())}, which remark-newsroom has no locale for`,
    };
  const language = languageOf(text);
  const swiss = /\((?:ats|ATS|Keystone-ATS|sda|SDA|Keystone-SDA)\)/.test(text);
  const candidates =
    language === 'fr' || language === 'it' ? (swiss ? [`${language}-CH`, language] : [language]) : [language];
  const locale = candidates.find((candidate) => shipped.has(candidate)) as Locale | undefined;
  return locale
    ? { locale, note: language === 'de-CH' ? 'from the spelling' : 'from the language' }
    : { note: `the copy reads as ${language}, which remark-newsroom has no locale for` };
}

/** The copy, as newsroom Markdown with frontmatter. */
export function importArticle(blocks: SourceBlock[], options: ImportOptions = {}): ImportResult {
  const found: string[] = [];
  const problems: string[] = [...(options.warnings ?? [])];
  const origin = options.origin ?? 'the copy';
  const allText = blocks.map((block) => block.text).join('\n');
  const detected = localeFor(allText, options.locale, options.language);
  const locale: Locale = detected.locale ?? 'en';
  if (detected.locale)
    found.push(`locale: ${locale} (${options.locale && options.origin ? `from ${origin}` : detected.note})`);
  else problems.push(`locale: ${detected.note}; left out (give one with --locale)`);
  const frontmatter: Record<string, unknown> = {};
  const body: RootContent[] = [];
  const rest = [...blocks];

  /** Takes a topic line ("Mehr zum Thema: …") off the start of `rest`; whether there was one. */
  const topicBlocks: RootContent[] = [];
  const takeTopicLine = (): boolean => {
    const next = rest[0];
    if (next?.kind !== 'paragraph') return false;
    const topic = topicOf(next.text);
    if (!topic) return false;
    rest.shift();
    topicBlocks.push(...topicLine(topic, 'at the top', next.inline));
    return true;
  };

  // An embargo note above everything: the desk's, so neither headline nor teaser; it stays the text's first paragraph.
  const embargo = rest[0]?.kind === 'paragraph' && isEmbargo(rest[0].text) ? rest.shift() : undefined;
  if (embargo?.kind === 'paragraph') {
    body.push(paragraph(embargo.inline));
    problems.push(`embargo: ${quoted(embargo.text)} stays the first paragraph; publish after it, then delete it`);
  }

  // A topic line above everything (the file's first line).
  const topicFirst = takeTopicLine();

  // Headline: the copy's first line when it reads as one; a kicker may sit on the line above it.
  let title = options.title?.trim() || undefined;
  let first = rest[0];
  let kicker: string | undefined;
  /** Kicker and headline lines the item's own headline left in the text: prose, never the teaser. */
  let keptLines: SourceBlock | undefined;
  // The kicker line is split off only in this candidate: the copy's block stays whole until the headline is taken.
  if (first?.kind === 'paragraph' && first.lines?.length === 2 && isKicker(first.lines[0] as string)) {
    const headline = first.lines[1] as string;
    if (isHeadline(headline, rest[1]?.text)) {
      kicker = first.lines[0] as string;
      first = { kind: 'paragraph', inline: textInline(headline), text: headline, lines: [headline] };
    }
  }
  // Items (ninjs, NewsML-G2) carry their headline apart: their text's first line is text, unless it repeats it.
  const fromItem = options.origin !== undefined;
  if (first?.kind === 'paragraph' && (fromItem ? first.text === title : isHeadline(first.text, rest[1]?.text))) {
    rest.shift();
    if (!title) {
      title = first.text;
      found.push(`title: the copy's first line, ${quoted(first.text)}`);
    } else if (title !== first.text) {
      problems.push(`title: --title replaces the copy's headline ${quoted(first.text)}`);
    }
    if (kicker) {
      frontmatter.section = kicker;
      found.push(`section: the kicker ${quoted(kicker)} above the headline (check it)`);
    }
  } else {
    if (kicker) {
      // The item's headline is another: kicker and headline line stay in the text, as written.
      problems.push(
        `title: the item's headline differs from the copy's first lines ${quoted(`${kicker} / ${first?.text}`)}; they stay in the text`,
      );
      kicker = undefined;
      keptLines = rest[0];
    } else if (first?.kind === 'heading' && title !== undefined && first.text === title) {
      rest.shift();
    }
  }
  if (!frontmatter.section && options.section?.trim()) {
    frontmatter.section = options.section.trim();
    found.push(`section: ${quoted(options.section.trim())}, from ${origin}`);
  }
  if (title) {
    frontmatter.title = title;
    if (options.title) found.push(`title: ${options.origin ? `from ${origin}` : 'given with --title'}`);
  } else {
    problems.push('title: the copy has no headline line; give one with --title');
  }

  // A topic line between the headline and the text.
  if (!topicFirst) takeTopicLine();

  // Teaser: the first paragraph, unless it opens with the dateline (then the copy has none: it is the text's first paragraph).
  const teaserBlock = rest[0];
  if (options.teaser?.trim()) {
    frontmatter.teaser = options.teaser.trim();
    found.push(`teaser: ${options.origin ? `from ${origin}` : 'given with --teaser'}`);
  } else if (
    teaserBlock?.kind === 'paragraph' &&
    teaserBlock !== keptLines &&
    isTeaser(teaserBlock.text) &&
    !datelineOf(teaserBlock.text)
  ) {
    rest.shift();
    frontmatter.teaser = teaserBlock.text;
    found.push(`teaser: the ${title && !options.title ? 'paragraph after the headline' : 'first paragraph'}`);
  } else {
    problems.push(
      'teaser: the copy has no teaser paragraph (the text starts with its dateline); give one with --teaser',
    );
  }

  const published = options.published?.trim();
  if (published && isIsoDate(published)) {
    frontmatter.published = published;
    found.push(`published: ${published} (${options.origin ? `from ${origin}` : 'given with --published'})`);
  } else if (published) {
    problems.push(
      `published: ${JSON.stringify(published)} is not an ISO 8601 date; give one with --published 2024-06-18T22:30:00+02:00`,
    );
  } else {
    problems.push('published: the copy has no date; give one with --published 2024-06-18T22:30:00+02:00');
  }
  const modified = options.modified?.trim();
  if (modified && isIsoDate(modified) && modified !== published) frontmatter.modified = modified;
  if (detected.locale) frontmatter.locale = locale;

  // The dateline opening the text's first paragraph (after a heading or a second headline line at most);
  // the item's own (NewsML-G2) when the text has none.
  let dateline = options.dateline;
  let at = 0;
  while (
    at < 2 &&
    (rest[at]?.kind === 'heading' ||
      (rest[at]?.kind === 'paragraph' && !datelineOf(rest[at]?.text ?? '') && isShortLine(rest[at]?.text ?? '')))
  )
    at++;
  const firstBody = rest[at];
  const line = firstBody?.kind === 'paragraph' ? datelineOf(firstBody.text) : undefined;
  if (firstBody?.kind === 'paragraph' && line) {
    dateline = line.agency ? { place: line.place, agency: line.agency } : { place: line.place };
    const text = firstBody.text.slice(line.length);
    rest[at] = { ...firstBody, inline: trimInline(sliceInline(firstBody.inline, line.length)), text };
    found.push(`dateline: ${line.place}${line.agency ? ` (${line.agency})` : ''}, from the start of the text`);
  } else if (dateline && (dateline.place || dateline.agency)) {
    found.push(
      `dateline: ${[dateline.place, dateline.agency && `(${dateline.agency})`].filter(Boolean).join(' ')}, from ${origin}`,
    );
  }
  if (dateline && (dateline.place || dateline.agency)) {
    frontmatter.dateline = Object.fromEntries(Object.entries(dateline).filter(([, value]) => value));
  }

  body.push(...topicBlocks);
  if (topicBlocks.length && options.summary) body.push(...summaryBlock(options.summary));

  const updates = updateTimes(rest, published && isIsoDate(published) ? published : undefined, locale, found, problems);

  let credit = options.credit;
  const methodology = builtinProviders.civey?.methodology?.[locale];

  for (let index = 0; index < rest.length; index++) {
    const block = rest[index] as SourceBlock;
    const next = rest[index + 1];
    if (block.kind === 'block') {
      body.push(block.node);
      if (block.node.type === 'list') found.push(`list: ${block.node.children.length} items`);
      continue;
    }
    const text = block.text;
    if (block.kind === 'heading') {
      body.push(heading(block.inline));
      found.push(`subhead: ${text}`);
      continue;
    }
    const topic = topicOf(text);
    if (topic && (body.length === 0 || index >= rest.length - 3) && !frontmatter.topic) {
      body.push(...topicLine(topic, body.length === 0 ? 'at the top' : 'at the end', block.inline));
      if (options.summary && body.length === 1) body.push(...summaryBlock(options.summary));
      continue;
    }
    const correction = correctionOf(text);
    if (correction) {
      const date = options.correctionDate ?? options.modified?.slice(0, 10);
      if (!date) problems.push('correction: give its date with --correction-date 2024-06-19');
      const attributes: Record<string, string> = date ? { date } : {};
      body.push(container('correction', attributes, [paragraph(sliceInline(block.inline, correction.label.length))]));
      found.push(`correction${date ? ` of ${date}` : ' (date missing)'}`);
      continue;
    }
    if (isTrustBadgeLine(text)) {
      const href = options.trustHref ?? '/so-arbeitet-die-redaktion';
      if (next?.kind === 'paragraph' && isTransparencyText(next.text)) {
        body.push(container('trust', { badge: 'jti', href }, [paragraph(next.inline)]));
        index++;
      } else {
        body.push(leaf('trust', { badge: 'jti', href }));
      }
      found.push(`trust badge: JTI, linking ${href}`);
      continue;
    }
    if (isPollMethodology(text)) {
      body.push(...poll(block, methodology, options, found, problems));
      continue;
    }
    const time = updates.get(block);
    if (time) {
      const update = updateOf(text);
      if (update) {
        const inline = trimInline(sliceInline(block.inline, update.start, update.end));
        body.push(
          container('update', { time }, [
            paragraph(
              withCredit(
                inline,
                options,
                found,
                () => credit,
                (label) => {
                  credit = label;
                },
              ),
            ),
          ]),
        );
        continue;
      }
    }
    // A subhead is one line of plain copy: a paragraph of several ("Und in Leipzig:" and its items) is text,
    // and HTML says its headings itself (a short <p>, as NITF's <bq> credit line, stays a paragraph).
    if (block.lines?.length === 1 && isSubhead(text, next?.kind === 'block' ? undefined : next?.text)) {
      body.push(heading(block.inline));
      found.push(`subhead: ${text}`);
      continue;
    }
    const inline = withCredit(
      block.inline,
      options,
      found,
      () => credit,
      (label) => {
        credit = label;
      },
    );
    body.push(...(options.quotes ? withQuotes(inline, found) : [paragraph(inline)]));
  }
  if (credit) frontmatter.credit = credit;
  if (
    !frontmatter.topic &&
    options.summary &&
    !body.some((node) => node.type === 'containerDirective' && node.name === 'summary')
  ) {
    body.unshift(...summaryBlock(options.summary));
  }

  const { markdown, directives } = writeArticle(frontmatter, body);
  return { markdown, directives, locale, frontmatter, found, problems };

  /** The topic block of a topic line, or the line as a paragraph when its name gives no path segment and no --topic-href is given. */
  function topicLine(label: string, where: string, line: PhrasingContent[]): RootContent[] {
    const segment = slug(topicName(label));
    if (!options.topicHref && !segment) {
      problems.push(
        `topic: ${quoted(label)} gives no link (no Latin letters or digits to make /themen/<topic> of); kept as a paragraph — give its page with --topic-href /themen/…`,
      );
      return [paragraph(line)];
    }
    const href = options.topicHref ?? `/themen/${segment}`;
    frontmatter.topic = { label, href };
    found.push(`topic line ${where}: ${label} → ${href}${options.topicHref ? '' : ' (check the link)'}`);
    return [leaf('topic', { href }, textInline(label))];
  }

  function summaryBlock(markdown: string): RootContent[] {
    found.push('summary: the key points given with --summary');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    return [container('summary', {}, tree.children as BlockContent[])];
  }
}

/** A line that is not yet the text: a subhead-like line without final punctuation. */
function isShortLine(text: string): boolean {
  return text.split(/\s+/).length <= 12 && !endsLikeSentence(withoutCredit(text));
}

/** A teaser is a paragraph that reads as prose, not one of the elements below it. */
function isTeaser(text: string): boolean {
  return (
    !topicOf(text) &&
    !correctionOf(text) &&
    !updateOf(text) &&
    !isPollMethodology(text) &&
    !isTrustBadgeLine(text) &&
    !isNote(text)
  );
}

/** The credit at the end of a paragraph as `:credit[…]`; the first one is the article's credit unless one was given. */
function withCredit(
  inline: PhrasingContent[],
  options: ImportOptions,
  found: string[],
  current: () => string | undefined,
  set: (label: string) => void,
): PhrasingContent[] {
  const text = inlineText(inline);
  const agency = creditOf(text);
  if (!agency) return inline;
  // Only a credit in plain text: one inside a link or emphasis stays as it is.
  const tail = sliceInline(inline, agency.index);
  if (tail.length !== 1 || tail[0]?.type !== 'text') return inline;
  if (!current()) {
    set(agency.label);
    found.push(`agency credit: ${agency.label}`);
  } else if (options.credit === undefined && current() !== agency.label) {
    found.push(`agency credit: ${agency.label} (in the text)`);
  }
  if (!agency.parenthesised) {
    return [...sliceInline(inline, 0, agency.index), textDirective('credit', textInline(agency.label))];
  }
  const close = text.slice(agency.index).lastIndexOf(')') + agency.index;
  return [
    ...sliceInline(inline, 0, agency.index),
    { type: 'text', value: '(' },
    textDirective('credit', textInline(agency.label)),
    ...sliceInline(inline, close),
  ];
}

/** A paragraph with its quote sentences as quote blocks, the prose around them as paragraphs, in order. */
function withQuotes(inline: PhrasingContent[], found: string[]): RootContent[] {
  const out: RootContent[] = [];
  const text = inlineText(inline);
  let from = 0;
  for (let quote = quoteOf(text); quote; quote = quoteOf(text, from)) {
    const before = trimInline(sliceInline(inline, from, quote.start));
    if (before.length) out.push(paragraph(before));
    const attributes: Record<string, string> = { by: quote.by };
    if (quote.role) attributes.role = quote.role;
    out.push(container('quote', attributes, [paragraph(sliceInline(inline, quote.quoteStart, quote.quoteEnd))]));
    found.push(`quote: ${quote.by}${quote.role ? `, ${quote.role}` : ''}`);
    from = quote.end;
  }
  const after = trimInline(sliceInline(inline, from));
  if (after.length) out.push(paragraph(after));
  return out;
}

function poll(
  block: SourceBlock & { kind: 'paragraph' | 'heading' },
  methodology: string | undefined,
  options: ImportOptions,
  found: string[],
  problems: string[],
): RootContent[] {
  const id = options.pollId;
  if (!id) {
    // A poll block without its id cannot render: the note stays a paragraph until the editor gives one.
    problems.push(
      "poll: the copy has Civey's methodology but no poll id; it stays a paragraph; give the id with --poll-id",
    );
    return [paragraph(block.inline)];
  }
  const attributes: Record<string, string> = { provider: 'civey', id };
  if (options.pollTitle) attributes.title = options.pollTitle;
  if (options.pollExample) attributes.example = 'true';
  found.push(`poll: Civey ${id}, with its methodology note`);
  const out: RootContent[] = [leaf('poll', attributes)];
  // The block shows the methodology itself; what follows it in the copy stays.
  if (methodology && block.text.startsWith(methodology)) {
    const tail = trimInline(sliceInline(block.inline, methodology.length));
    if (tail.length) out.push(paragraph(tail));
  } else {
    out.push(paragraph(block.inline));
    problems.push("poll: the methodology differs from the provider's; it is kept as a paragraph");
  }
  return out;
}

/**
 * The times of the copy's update paragraphs. They must run one way, oldest
 * or newest first (over midnight at most once a night); the update block
 * shows them newest first either way, and the report says so when the copy
 * had them the other way. Each gets the publication day, counted on over
 * midnight from the oldest. Updates out of order, or without a day to put
 * them on, stay prose.
 */
function updateTimes(
  blocks: SourceBlock[],
  published: string | undefined,
  locale: Locale,
  found: string[],
  problems: string[],
): Map<SourceBlock, string> {
  const stamped = blocks.flatMap((block) => {
    const update = block.kind === 'paragraph' ? updateOf(block.text) : undefined;
    return update ? [{ block, ...update }] : [];
  });
  const times = new Map<SourceBlock, string>();
  if (stamped.length === 0) return times;
  const start = published ? dayAndOffset(published) : undefined;
  if (!start) {
    problems.push(
      `updates: ${stamped.length} timestamped paragraphs stay prose; give --published so their times have a day`,
    );
    return times;
  }
  const minutes = stamped.map((update) => update.hour * 60 + update.minute);
  const oldestFirst = isRising(minutes);
  if (!oldestFirst && !isRising([...minutes].reverse())) {
    problems.push('updates: the timestamped paragraphs are neither oldest nor newest first; they stay prose');
    return times;
  }
  const ordered = oldestFirst ? stamped : [...stamped].reverse();
  let day = start.day;
  let previous = -1;
  for (const update of ordered) {
    const minute = update.hour * 60 + update.minute;
    if (minute <= previous) day = nextDay(day);
    previous = minute;
    const time = `${String(update.hour).padStart(2, '0')}:${String(update.minute).padStart(2, '0')}`;
    const offset = start.offset ?? (locale === 'en' ? undefined : zoneOffset(day, time, 'Europe/Berlin'));
    if (!offset) {
      problems.push('updates: give --published with a UTC offset so the update times are exact; they stay prose');
      return new Map();
    }
    times.set(update.block, `${day}T${time}${offset}`);
  }
  found.push(
    `updates: ${stamped.length} timestamped paragraphs${oldestFirst ? ' (oldest first in the copy; the page shows the newest first)' : ''}, from ${[...times.values()][0]}${start.offset ? '' : ' (Central European time: check)'}`,
  );
  return times;
}

/** Strictly rising, over midnight at most once (a late evening time followed by an early morning one). */
function isRising(minutes: number[]): boolean {
  let wraps = 0;
  for (let index = 1; index < minutes.length; index++) {
    const before = minutes[index - 1] as number;
    const now = minutes[index] as number;
    if (now > before) continue;
    if (before >= 20 * 60 && now < 4 * 60 && wraps === 0) wraps++;
    else return false;
  }
  return true;
}
