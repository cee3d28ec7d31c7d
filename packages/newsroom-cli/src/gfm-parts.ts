/**
 * remark-gfm part by part, for `newsroom check`. Parsing with GFM costs more
 * than twice plain CommonMark, and two parts make most of that: literal
 * autolinks (emails tried at every letter and digit, then a find-and-replace
 * over every text node) and tables (tried at every line). A file that cannot
 * hold one of them is parsed without it, with the same tree: the parts are
 * remark-gfm's own packages, in its order (`micromark-extension-gfm`,
 * `mdast-util-gfm`), and `test/gfm-parts.test.ts` compares trees with
 * remark-gfm's on corpora and generated text.
 */
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Processor } from 'unified';

type AutolinkExtension = ReturnType<typeof gfmAutolinkLiteral>;

/** The costly GFM parts a file may use; the others are always on. */
export interface GfmParts {
  autolinkLiteral: boolean;
  /**
   * Email autolinks in the tokenizer, which tries them at every letter and
   * digit: two thirds of a parse. They need an `@` in the source (a
   * reference such as `&#64;` is linked by the text pass of the autolinks,
   * which stays on).
   */
  emailAutolink: boolean;
  table: boolean;
}

/**
 * Literal autolinks need `www.`, `http://`/`https://` (any case) or an `@`
 * (emails, `mailto:`, `xmpp:`), in the source or in text once escapes and
 * character references are decoded: a backslash is ignored and any reference
 * (`&#64;`, `&commat;`) counts.
 */
const autolinkSource = /@|www\.|https?:\/\//i;
const characterReference = /&[#a-z]/i;

/**
 * A table needs a delimiter row: a `|`, or (one column without pipes) a line
 * ending in dashes with a colon next to them, as in `:--` or `-:`.
 */
const pipelessDelimiterRow = /(?::-|-:)[-: \t]*$/m;

/** A key per combination of parts, for a cache of processors. */
export const gfmPartsKey = (parts: GfmParts): string =>
  `${+parts.autolinkLiteral}${+parts.emailAutolink}${+parts.table}`;

/** Which costly parts the file's text could use (when unsure: yes). */
export function gfmPartsFor(text: string): GfmParts {
  const unescaped = text.includes('\\') ? text.replaceAll('\\', '') : text;
  return {
    autolinkLiteral: autolinkSource.test(unescaped) || characterReference.test(text),
    emailAutolink: text.includes('@'),
    table: text.includes('|') || pipelessDelimiterRow.test(text),
  };
}

/** remark-gfm with only the given costly parts (remark-gfm's defaults otherwise; nothing for stringifying). */
export function remarkGfmParts(this: Processor, parts: GfmParts): undefined {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  data.micromarkExtensions.push(
    combineExtensions([
      ...(parts.autolinkLiteral ? [parts.emailAutolink ? gfmAutolinkLiteral() : withoutEmailAutolinks()] : []),
      gfmFootnote(),
      gfmStrikethrough(),
      ...(parts.table ? [gfmTable()] : []),
      gfmTaskListItem(),
    ]),
  );
  data.fromMarkdownExtensions.push([
    ...(parts.autolinkLiteral ? [gfmAutolinkLiteralFromMarkdown()] : []),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    ...(parts.table ? [gfmTableFromMarkdown()] : []),
    gfmTaskListItemFromMarkdown(),
  ]);
}

/**
 * The autolink extension without its email construct (named so by
 * micromark-extension-gfm-autolink-literal; were it renamed, nothing would be
 * dropped and only the time would be lost).
 */
function withoutEmailAutolinks(): AutolinkExtension {
  const text: NonNullable<AutolinkExtension['text']> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs ?? []].flat().filter((construct) => construct.name !== 'emailAutolink');
    if (kept.length) text[Number(code)] = kept;
  }
  return { text };
}
