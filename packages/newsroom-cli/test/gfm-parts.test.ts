/**
 * `newsroom check` parses each file with remark-gfm's parts minus the costly
 * ones the file cannot use (src/gfm-parts.ts). The tree must be remark-gfm's,
 * position for position, in check's own pipeline (frontmatter, directives):
 * on the package's Markdown, the repository's docs, and generated text built
 * from the pieces that come close to a table or a literal autolink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { type GfmParts, gfmPartsFor, gfmPartsKey, remarkGfmParts } from '../src/gfm-parts.js';

/** check's parser, with the given GFM plugin. */
const parser = (gfm: [typeof remarkGfm] | [typeof remarkGfmParts, GfmParts]) =>
  unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(...(gfm as [typeof remarkGfm]))
    .use(remarkNewsroom, { locale: 'de', typography: true })
    .freeze();
const full = parser([remarkGfm]);
const made = new Map<string, ReturnType<typeof parser>>();
const chosen = (text: string) => {
  const parts: GfmParts = gfmPartsFor(text);
  const key = gfmPartsKey(parts);
  if (!made.has(key)) made.set(key, parser([remarkGfmParts, parts]));
  return made.get(key)?.parse(text);
};

/** Markdown files under a folder of the repository (relative to this file). */
function markdownUnder(folder: string, recursive = true): string[] {
  const url = new URL(folder, import.meta.url);
  return readdirSync(url, { recursive, encoding: 'utf8' })
    .filter((name) => /\.(?:md|mdx|markdown)$/.test(name))
    .map((name) => readFileSync(new URL(name, url), 'utf8'));
}

const pieces = [
  'Wort',
  'a',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '|',
  ' | ',
  ':',
  '-',
  '--',
  ':-',
  '-:',
  ':--:',
  '---',
  '> ',
  '- ',
  '1. ',
  '    ',
  '@',
  'x@y.de',
  'mailto:',
  'xmpp:',
  'www',
  'WWW.',
  '.',
  'http',
  'HTTPS',
  's',
  '://',
  '/',
  'https://example.com/a',
  '\\',
  '\\.',
  '\\:',
  'www\\.',
  'http\\://',
  '&#64;',
  '&commat;',
  '&period;',
  '&#124;',
  '&amp;',
  '`',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '^',
  '<',
  '10:30',
  ':credit[dpa]',
  '::topic[Mehr]{href="/themen"}',
  ':::quote{by="A"}',
  ':::',
];

describe('remark-gfm by parts', () => {
  it('says which costly parts a file could use', () => {
    expect(gfmPartsFor('Ein Absatz um 10:30 Uhr, Leser:innen.\n\n## Titel\n')).toEqual({
      autolinkLiteral: false,
      emailAutolink: false,
      table: false,
    });
    expect(gfmPartsFor('Mehr unter [tagesschau.de](https://www.tagesschau.de/).')).toEqual({
      autolinkLiteral: true,
      emailAutolink: false,
      table: false,
    });
    for (const text of ['a@b.de', 'mailto:a@b.de', 'a\\@b.de'])
      expect(gfmPartsFor(text).emailAutolink, text).toBe(true);
    for (const text of ['a@b.de', 'www.example.com', 'HTTP://x', 'www\\.x.de', 'a&#64;b.de', 'x&commat;y.de'])
      expect(gfmPartsFor(text).autolinkLiteral, text).toBe(true);
    for (const text of ['a | b', 'a\n:-', 'Zeit\n-:\t', 'a\n:--:\r\n', '> a\n> :-'])
      expect(gfmPartsFor(text).table, text).toBe(true);
  });

  it("parses the package's and the docs' Markdown as remark-gfm does", () => {
    const texts = [
      ...markdownUnder('./fixtures/'),
      ...markdownUnder('../', false),
      ...markdownUnder('../../../', false),
      ...markdownUnder('../../../docs/src/'),
    ];
    expect(texts.length).toBeGreaterThan(20);
    // Both kinds must be there, or the comparison would test one processor only.
    expect(texts.some((text) => !gfmPartsFor(text).table)).toBe(true);
    expect(texts.some((text) => gfmPartsFor(text).table)).toBe(true);
    expect(texts.some((text) => gfmPartsFor(text).autolinkLiteral && !gfmPartsFor(text).emailAutolink)).toBe(true);
    for (const text of texts) expect(chosen(text)).toEqual(full.parse(text));
  });

  it('parses generated text as remark-gfm does', () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (markdown) => {
        expect(chosen(markdown)).toEqual(full.parse(markdown));
      }),
      { numRuns: 3000 },
    );
  });
});
