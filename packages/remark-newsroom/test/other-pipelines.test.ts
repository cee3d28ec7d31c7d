/**
 * Our plugins inside pipelines that are not ours: next to the plugins a
 * newsroom developer plausibly has, before and after them. Every pipeline
 * renders the fixture articles (every block) and an article with tables,
 * footnotes and other plugins' directives around blocks; it must give the
 * same blocks as our own pipeline (`processors.ts`), the author's text as
 * often as there, the same diagnostics, nothing executable, and the other
 * plugins' output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compile, evaluate } from '@mdx-js/mdx';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import * as hastRuntime from 'hastscript/jsx-runtime';
import type { Root as MdastRoot, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import remarkToc from 'remark-toc';
import { type MdastPluginDefinition, markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { blockNames } from '../src/block-names.js';
import type { Diagnostic, NewsroomRecord } from '../src/engine/types.js';
import remarkNewsroom, { type Options, remarkNewsroomRestore } from '../src/index.js';
import satteriNewsroom, { satteriNewsroomRestore } from '../src/satteri.js';
import { type Rendered, renderSatteri, renderUnified } from './processors.js';

const options: Options = { locale: 'de' };

// --- the articles ---------------------------------------------------------

const fixtures = new URL('./fixtures/', import.meta.url);
const fixtureArticles = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')] as const);
const newsSite = readFileSync(
  new URL('../../../examples/news-site/src/content/articles/putin-nordkorea.md', import.meta.url),
  'utf8',
).replace(/^---\n[\s\S]*?\n---\n/, '');

/** Blocks next to what other plugins read: a table, footnotes, math, headings, foreign directives. */
const around = `## Contents

## Die Lage

| Ort | Zeit |
| --- | --- |
| Pjöngjang (:credit[AFP]) | 09:15 |

:::correction{date="2024-06-19"}
| Vorher | Nachher |
| --- | --- |
| Dienstag | Mittwoch |

:::

:::summary
- Putin ist angekommen.[^1]
:::

Ein Satz mit Fussnote (:credit[dpa/thp]).[^1]

Formel: $E = mc^2$

:::note
Eine Notiz für Starlight.
:::

::youtube{id="dQw4w9WgXcQ"}

## Reaktionen

:::quote{by="Pat Ryder" role="Sprecher"}
Das beunruhigt uns. Siehe [die Erklärung](https://example.com/erklaerung).
:::

[^1]: Die Fussnote zum Besuch.
`;

/** Blocks inside blocks, in lists and quotes: edits inside other edits. */
const nested = `## Lage

::::correction{date="2024-06-19"}
Text (:credit[dpa]).

:::summary
- Putin ist angekommen (:credit[AFP]).
:::
::::

:::quote{by="Pat Ryder"}
Zitat mit Quelle (:credit[Reuters]).
:::

- Punkt mit :credit[KNA]
- ::topic[Mehr zur Lage]{href="/lage"}

> Das klappt.
>
> — Wolodymyr Selenskyj, Präsident

:::update{time="2024-06-19T09:15+02:00"}
Neu (:credit[dpa/thp]) um 10:30 Uhr.
:::
`;

/** Directives that are not ours, around and inside ours, and ours inside theirs. */
const foreign = `:::warning
Um 10:30 Uhr sagte :abbr[HTML]{title="x"} und Leser:innen.

::embed{id=1}

:::quote{by="Pat"}
Zitat 3:2 (:credit[dpa]).
:::
:::

- Punkt 10:30
- ::foo

::::details
:::summary
- Drinnen.
:::
::::
`;

/** Hostile values in our blocks' attributes and labels. */
const hostile = `:::quote{by="Pat" href="javascript:alert(1)" source="<script>alert(1)</script>"}
Zitat.
:::

::topic[<img src=x onerror=alert(2)>]{href="javascript:alert(2)"}

::topic[Mehr]{href="java&#x09;script:alert(3)"}

:::summary[<script>alert(4)</script>]
- Punkt
:::

::trust{badge="jti" href=" javascript:alert(5)"}

Text (:credit[<img src=x onerror=alert(6)>]).
`;

const articles: (readonly [string, string])[] = [
  ...fixtureArticles,
  ['news-site article', newsSite],
  ['around', around],
  ['nested', nested],
  ['foreign', foreign],
];

// --- what a page is ---------------------------------------------------------

interface Page {
  html: string;
  tree: HastRoot;
  ruleIds: string[];
  record: NewsroomRecord | undefined;
}

function page(rendered: Pick<Rendered, 'html' | 'record'> & { ruleIds: string[] }): Page {
  return { ...rendered, tree: fromHtml(rendered.html, { fragment: true }) };
}

/** `data-nr` of every block, sorted: the blocks the page shows. */
function blocksOf(tree: HastRoot): string[] {
  return selectAll('[data-nr]', tree)
    .map((element) => String(element.properties.dataNr))
    .sort();
}

/** Letters and digits, one space between words: what survives every plugin's typography. */
function words(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/** The page's text, a space at every element boundary, without the elements `derived` selects. */
function pageText(tree: HastRoot, derived?: string): string {
  const skip = new Set<unknown>(derived ? selectAll(derived, tree) : []);
  const parts: string[] = [];
  const walk = (node: HastNodes): void => {
    if (skip.has(node)) return;
    if (node.type === 'text') parts.push(node.value);
    if (node.type === 'element' || node.type === 'root') {
      parts.push(' ');
      for (const child of node.children) walk(child);
      parts.push(' ');
    }
  };
  walk(tree);
  return ` ${words(parts.join(''))} `;
}

/** Our directives' syntax: their name and attributes go, their label stays (it is shown). */
const ourSyntax = new RegExp(`:{1,4}(?:${blockNames.join('|')})\\b(\\[[^\\]]*\\])?(\\{[^}]*\\})?`, 'g');

/** The author's prose of an article, line by line, without Markdown and our directives' syntax. */
function proseLines(markdown: string): string[] {
  return (
    markdown
      .split('\n')
      // What other plugins claim in some pipelines (Starlight-like asides, the embed) is theirs to show.
      .filter((line) => !/^:{2,}(?:note|tip|youtube)\b/.test(line))
      .map((line) =>
        line
          .replace(ourSyntax, (_, label: string | undefined) => ` ${label ?? ''} `)
          .replace(/\[\^\w+\]:?/g, ' ')
          .replace(/\$[^$]*\$/g, ' ')
          .replace(/\(https?:[^)]*\)/g, ' '),
      )
      .map(words)
      .filter(Boolean)
  );
}

function occurrences(text: string, line: string): number {
  return text.split(` ${line} `).length - 1;
}

/** Every attribute value and every element of the tree that could run script. */
function executable(tree: HastRoot): string[] {
  const found: string[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'script') found.push('<script>');
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      // Control characters and spaces are dropped by browsers before the scheme is read.
      const values = Array.isArray(value) ? value : [value];
      for (const one of values) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: what a browser strips
        if (/^javascript:/i.test(String(one).replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}=${one}`);
      }
    }
  });
  return found;
}

// --- other plugins: Starlight-like asides and an embed plugin ---------------

/** Claims `:::note` / `:::tip` as Starlight's asides do (a paragraph with `hName`, as Starlight builds them). */
function remarkAsides() {
  return (tree: MdastRoot) => {
    visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
      if (!parent || index === undefined || !['note', 'tip'].includes(node.name)) return;
      parent.children[index] = {
        type: 'paragraph',
        data: { hName: 'aside', hProperties: { className: ['aside', `aside--${node.name}`] } },
        // Starlight's own shape: block content in a paragraph with `hName`.
        children: node.children as unknown as PhrasingContent[],
      };
    });
  };
}

/** Claims `::youtube{id}` the way remark-directive's README does: `data.hName` on the directive itself. */
function remarkYoutube() {
  return (tree: MdastRoot) => {
    visit(tree, 'leafDirective', (node: LeafDirective) => {
      if (node.name !== 'youtube') return;
      node.data = {
        hName: 'iframe',
        hProperties: { src: `https://www.youtube-nocookie.com/embed/${node.attributes?.id}`, title: 'YouTube' },
      };
    });
  };
}

/** Puts a source-line attribute on every node, as scroll-sync plugins do: `data` on a directive that claims nothing. */
function remarkLineAttributes() {
  return (tree: MdastRoot) => {
    visit(tree, (node) => {
      node.data ??= {};
      const data = node.data as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, dataLine: node.position?.start.line };
    });
  };
}

/** Renames emphasis to strong and inserts ad slots (at the top, before each heading): nodes without positions. */
function remarkAdSlots() {
  return (tree: MdastRoot) => {
    visit(tree, 'emphasis', (node) => {
      (node as unknown as { type: string }).type = 'strong';
    });
    // Raw HTML would not pass remark-rehype's default: an element, as plugins build them.
    const slot = (): RootContent => ({
      type: 'paragraph',
      data: { hName: 'div', hProperties: { className: ['ad-slot'] } },
      children: [],
    });
    tree.children = tree.children.flatMap((child) => (child.type === 'heading' ? [slot(), child] : [child]));
    tree.children.unshift(slot());
  };
}

/** The same two for Sätteri. */
const satteriAsides: MdastPluginDefinition = {
  name: 'asides',
  containerDirective(node, ctx) {
    if (!['note', 'tip'].includes(node.name)) return;
    ctx.setProperty(node as never, 'data', {
      hName: 'aside',
      hProperties: { className: ['aside', `aside--${node.name}`] },
    });
  },
  leafDirective(node, ctx) {
    if (node.name !== 'youtube') return;
    ctx.setProperty(node as never, 'data', {
      hName: 'iframe',
      hProperties: { src: `https://www.youtube-nocookie.com/embed/${node.attributes?.id}`, title: 'YouTube' },
    });
  },
};

/** Renames emphasis to strong and inserts ad slots (at the top, before each heading): nodes without positions. */
const satteriAdSlots: MdastPluginDefinition = {
  name: 'ad-slots',
  before(root, ctx) {
    ctx.prependChild(root, { type: 'html', value: '<div class="ad-slot"></div>' });
  },
  heading(node, ctx) {
    ctx.insertBefore(node, { type: 'html', value: '<div class="ad-slot"></div>' });
  },
  emphasis(node, ctx) {
    ctx.replaceNode(node, { type: 'strong', children: node.children as never });
  },
};

// --- the pipelines ----------------------------------------------------------

interface Pipeline {
  /** The processor it is compared with. */
  baseline: 'unified' | 'satteri';
  render(markdown: string): Promise<Page>;
  /** Other plugins' output, checked on the article `around`. */
  theirs?(result: Page): void;
  /** Their elements that repeat the author's text (a table of contents), left out of the count. */
  derived?: string;
}

/** What the tests need of a unified processor (its type changes with every plugin). */
interface FileProcessor {
  process(file: VFile): Promise<VFile>;
}

async function viaUnified(processor: FileProcessor, markdown: string): Promise<Page> {
  const file = await processor.process(new VFile({ path: 'article.md', value: markdown }));
  return page({
    html: String(file),
    record: file.data.newsroom,
    ruleIds: file.messages.filter((m) => m.source === 'remark-newsroom').map((m) => m.ruleId ?? ''),
  });
}

const base = () => unified().use(remarkParse).use(remarkGfm);
// Each plugin changes the processor's type parameters; the HTML end is the same for all.
const toHtml = (processor: unknown) => (processor as ReturnType<typeof base>).use(remarkRehype).use(rehypeStringify);

/** Our blocks' attributes, added to rehype-sanitize's default schema (the docs show this). */
const newsroomSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'article',
    'aside',
    'button',
    'cite',
    'figcaption',
    'figure',
    'header',
    'label',
    'noscript',
    'time',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'role', 'ariaLevel', 'ariaLabel', 'ariaLabelledBy'],
    article: ['dataNr'],
    aside: ['dataNr', 'dataBadge'],
    button: ['type', 'hidden', 'dataNrPollLoad', 'dataNrPollRevoke'],
    div: [...(defaultSchema.attributes?.div ?? []), 'dataNrPollStage'],
    figure: ['dataNr', 'dataProvider', 'dataPollId', 'dataEmbedUrl', 'dataPrivacyUrl', 'dataPollExample'],
    input: [...(defaultSchema.attributes?.input ?? []), 'dataNrPollRemember'],
    p: ['dataNr', 'dataNrPollFallback', 'hidden'],
    section: [...(defaultSchema.attributes?.section ?? []), 'dataNr'],
    span: ['dataNr'],
    time: ['dateTime'],
  },
  // The default disables every checkbox; the poll's "remember" box must stay usable.
  required: { ...defaultSchema.required, input: { type: 'checkbox' } },
};

const unifiedPipelines: Record<string, Pipeline> = {
  'remark-directive registered by the user too': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkDirective).use(remarkNewsroom, options)), md),
  },
  'remark-frontmatter': {
    baseline: 'unified',
    render: (md) =>
      viaUnified(
        toHtml(base().use(remarkFrontmatter).use(remarkNewsroom, options)),
        `---\ntitle: Geheimer Titel\n---\n${md}`,
      ),
    theirs: (result) => expect(words(result.html)).not.toContain('geheimer titel'),
  },
  'remark-gfm (footnotes and tables)': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkNewsroom, options)), md),
    theirs(result) {
      expect(select('table td', result.tree)).toBeDefined();
      expect(select('section[data-footnotes] li', result.tree)).toBeDefined();
      expect(selectAll('sup a[data-footnote-ref]', result.tree)).toHaveLength(2);
    },
  },
  'remark-smartypants before ours': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkSmartypants).use(remarkNewsroom, options)), md),
  },
  'remark-smartypants after ours': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkNewsroom, options).use(remarkSmartypants)), md),
  },
  'remark-math': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkMath).use(remarkNewsroom, options)), md),
    theirs: (result) => expect(select('code.language-math', result.tree)).toBeDefined(),
  },
  'remark-toc': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkNewsroom, options).use(remarkToc)), md),
    theirs: theirToc,
    derived: 'h2 + ul',
  },
  'remark-toc before ours': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkToc).use(remarkNewsroom, options)), md),
    theirs: theirToc,
    derived: 'h2 + ul',
  },
  'renaming and inserting plugin before ours': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkAdSlots).use(remarkNewsroom, options)), md),
    theirs: theirAdSlots,
  },
  'renaming and inserting plugin after ours': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkNewsroom, options).use(remarkAdSlots)), md),
    theirs: theirAdSlots,
  },
  'allowDangerousHtml + rehype-raw': {
    baseline: 'unified',
    render: (md) =>
      viaUnified(
        base()
          .use(remarkNewsroom, options)
          .use(remarkRehype, { allowDangerousHtml: true })
          .use(rehypeRaw)
          .use(rehypeStringify),
        md,
      ),
  },
  'rehype-sanitize with our schema': {
    baseline: 'unified',
    render: (md) =>
      viaUnified(
        base().use(remarkNewsroom, options).use(remarkRehype).use(rehypeSanitize, newsroomSchema).use(rehypeStringify),
        md,
      ),
  },
  'rehype-slug + rehype-autolink-headings': {
    baseline: 'unified',
    render: (md) =>
      viaUnified(
        base()
          .use(remarkNewsroom, options)
          .use(remarkRehype)
          .use(rehypeSlug)
          .use(rehypeAutolinkHeadings)
          .use(rehypeStringify),
        md,
      ),
    theirs(result) {
      // Every h2, the footnotes' label too, gets its anchor.
      expect(selectAll('h2 > a[href^="#"]', result.tree).length).toBe(selectAll('h2', result.tree).length);
      const ids = selectAll('[id]', result.tree).map((element) => String(element.properties.id));
      expect(ids.length).toBeGreaterThan(3);
      expect(new Set(ids).size).toBe(ids.length);
    },
  },
  'rehype-external-links': {
    baseline: 'unified',
    render: (md) =>
      viaUnified(
        base()
          .use(remarkNewsroom, options)
          .use(remarkRehype)
          .use(rehypeExternalLinks, { rel: ['nofollow'], target: '_blank' })
          .use(rehypeStringify),
        md,
      ),
    theirs: (result) =>
      expect(select('[data-nr="quote"] a[href^="https:"]', result.tree)?.properties.rel).toEqual(['nofollow']),
  },
  'a plugin that annotates every node before ours (data, but no hName)': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkLineAttributes).use(remarkNewsroom, options)), md),
    theirs: (result) => expect(selectAll('p[data-line]', result.tree).length).toBeGreaterThan(0),
  },
  'asides and embeds before ours': {
    baseline: 'unified',
    render: (md) => viaUnified(toHtml(base().use(remarkAsides).use(remarkYoutube).use(remarkNewsroom, options)), md),
    theirs: theirAsides,
  },
  'asides and embeds after ours (keep, restore last)': {
    baseline: 'unified',
    render: (md) =>
      viaUnified(
        toHtml(
          base()
            .use(remarkNewsroom, { ...options, unknownDirectives: 'keep' })
            .use(remarkAsides)
            .use(remarkYoutube)
            .use(remarkNewsroomRestore),
        ),
        md,
      ),
    theirs: theirAsides,
  },
};

function theirToc(result: Page): void {
  const toc = select('h2 + ul', result.tree);
  expect(toc && words(pageText({ type: 'root', children: [toc] }))).toBe('die lage reaktionen');
}

function theirAsides(result: Page): void {
  expect(words(pageText({ type: 'root', children: selectAll('aside.aside--note', result.tree) }))).toBe(
    'eine notiz für starlight',
  );
  expect(select('iframe', result.tree)?.properties.src).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
}

async function viaSatteri(
  markdown: string,
  plugins: MdastPluginDefinition[],
  features: Record<string, unknown> = {},
): Promise<Page> {
  const result = await markdownToHtml(markdown, {
    features: { directive: true, ...features },
    mdastPlugins: plugins,
  });
  return page({
    html: result.html,
    record: result.data.newsroom as NewsroomRecord | undefined,
    ruleIds: ((result.data.newsroomDiagnostics ?? []) as Diagnostic[]).map((d) => d.ruleId),
  });
}

const satteriPipelines: Record<string, Pipeline> = {
  'Sätteri with smart punctuation': {
    baseline: 'satteri',
    render: (md) => viaSatteri(md, [satteriNewsroom(options)], { smartPunctuation: true }),
  },
  'Sätteri without smart punctuation, math on': {
    baseline: 'satteri',
    render: (md) => viaSatteri(md, [satteriNewsroom(options)], { smartPunctuation: false, math: true }),
  },
  'Sätteri: renaming and inserting plugin before ours': {
    baseline: 'satteri',
    render: (md) => viaSatteri(md, [satteriAdSlots, satteriNewsroom(options)]),
    theirs: theirAdSlots,
  },
  'Sätteri: renaming and inserting plugin after ours': {
    baseline: 'satteri',
    render: (md) => viaSatteri(md, [satteriNewsroom(options), satteriAdSlots]),
    theirs: theirAdSlots,
  },
  'Sätteri: directive plugin before ours': {
    baseline: 'satteri',
    render: (md) => viaSatteri(md, [satteriAsides, satteriNewsroom(options)]),
    theirs: theirAsides,
  },
  'Sätteri: directive plugin after ours (keep, restore last)': {
    baseline: 'satteri',
    render: (md) =>
      viaSatteri(md, [
        satteriNewsroom({ ...options, unknownDirectives: 'keep' }),
        satteriAsides,
        satteriNewsroomRestore()(),
      ]),
    theirs: theirAsides,
  },
};

function theirAdSlots(result: Page): void {
  // One at the top, one before each heading of the article.
  expect(selectAll('div.ad-slot', result.tree)).toHaveLength((around.match(/^## /gm) ?? []).length + 1);
}

// --- the matrix ---------------------------------------------------------------

const baselines = {
  unified: async (md: string) => {
    const rendered = await renderUnified(md, options);
    return page({ ...rendered, ruleIds: rendered.messages.map((m) => m.ruleId) });
  },
  satteri: async (md: string) => {
    const rendered = await renderSatteri(md, options);
    return page({ ...rendered, ruleIds: rendered.messages.map((m) => m.ruleId) });
  },
};

for (const [name, pipeline] of Object.entries({ ...unifiedPipelines, ...satteriPipelines })) {
  describe(name, () => {
    for (const [title, markdown] of articles) {
      it(`${title}: the same blocks, text and diagnostics`, async () => {
        const expected = await baselines[pipeline.baseline](markdown);
        const result = await pipeline.render(markdown);
        expect(blocksOf(result.tree)).toEqual(blocksOf(expected.tree));
        // The warning that a later plugin found directives restored is checked on its own (below).
        const ours = result.ruleIds.filter((rule) => rule !== 'restored-before-plugin');
        expect(ours.sort()).toEqual(expected.ruleIds.sort());
        const text = pageText(result.tree, pipeline.derived);
        const expectedText = pageText(expected.tree);
        for (const line of proseLines(markdown)) {
          expect(occurrences(expectedText, line), line).toBeGreaterThan(0);
          expect(occurrences(text, line), line).toBe(occurrences(expectedText, line));
        }
        expect(executable(result.tree)).toEqual([]);
      });
    }
    it('hostile attributes and labels: nothing executable', async () => {
      const result = await pipeline.render(hostile);
      expect(executable(result.tree)).toEqual([]);
      expect(result.ruleIds).toContain('invalid-url');
    });
    if (pipeline.theirs) {
      it('the other plugins’ output is there', async () => pipeline.theirs?.(await pipeline.render(around)));
    }
  });
}

describe('a directive plugin registered after ours, foreign directives restored (the default)', () => {
  const after = (processor: ReturnType<typeof base>) => viaUnified(toHtml(processor), around);
  const withMessages = async (processor: ReturnType<typeof base>) => {
    const file = await toHtml(processor).process(new VFile({ path: 'article.md', value: around }));
    return file.messages.filter((m) => m.ruleId === 'restored-before-plugin');
  };

  const noteLine = around.split('\n').indexOf(':::note') + 1;

  it('their output is missing, and one warning says which directives, which plugins and what to do', async () => {
    const result = await after(base().use(remarkNewsroom, options).use(remarkAsides).use(remarkYoutube));
    expect(select('aside.aside--note, iframe', result.tree)).toBeUndefined();
    expect(words(pageText(result.tree))).toContain('note eine notiz für starlight');
    const messages = await withMessages(base().use(remarkNewsroom, options).use(remarkAsides).use(remarkYoutube));
    expect(messages.map(String)).toEqual([
      `article.md:${noteLine}:1-${noteLine + 2}:4: :::note, ::youtube are not ours and shown as written before remarkAsides, remarkYoutube ran: ` +
        "if one of those handles them, register it before remark-newsroom, or set unknownDirectives: 'keep' " +
        'and add remarkNewsroomRestore last',
    ]);
  });

  it('no warning when the plugin runs first, with keep, after remark-rehype only, or without foreign directives', async () => {
    expect(await withMessages(base().use(remarkAsides).use(remarkYoutube).use(remarkNewsroom, options))).toEqual([]);
    expect(
      await withMessages(
        base()
          .use(remarkNewsroom, { ...options, unknownDirectives: 'keep' })
          .use(remarkAsides)
          .use(remarkNewsroomRestore),
      ),
    ).toEqual([]);
    expect(await withMessages(base().use(remarkNewsroom, options))).toEqual([]);
    const plain = await toHtml(base().use(remarkNewsroom, options).use(remarkAsides)).process(newsSite);
    expect(plain.messages.filter((m) => m.ruleId === 'restored-before-plugin')).toEqual([]);
  });

  it('a directive another plugin claimed is not in the warning', async () => {
    const messages = await withMessages(base().use(remarkYoutube).use(remarkNewsroom, options).use(remarkAsides));
    expect(messages.map((m) => m.reason)).toEqual([
      ":::note is not ours and shown as written before remarkAsides ran: if that handles it, register it before remark-newsroom, or set unknownDirectives: 'keep' and add remarkNewsroomRestore last",
    ]);
  });
});

describe('a table directly before a closing fence', () => {
  const markdown =
    ':::correction{date="2024-06-19"}\n| Vorher | Nachher |\n| --- | --- |\n| Di | Mi |\n:::\n\nDanach.\n';

  it('unified closes the container there', async () => {
    const result = await baselines.unified(markdown);
    expect(result.ruleIds).toEqual([]);
    expect(words(pageText({ type: 'root', children: selectAll('[data-nr="correction"]', result.tree) }))).not.toContain(
      'danach',
    );
  });

  it('Sätteri reads the fence as a table row: one clear line says so and how to write it', async () => {
    const rendered = await renderSatteri(markdown, options);
    expect(rendered.messages.map((m) => `${m.line}:${m.column} ${m.message} [${m.ruleId}]`)).toContain(
      '5:1 the closing ::: on line 5 is read as a row of the table above it (Sätteri): put a blank line between the table and ::: [fence-read-as-table-row]',
    );
    // Nothing is lost: the fence shows as text, what follows stays on the page.
    expect(occurrences(pageText(page({ ...rendered, ruleIds: [] }).tree), 'danach')).toBe(1);
  });

  it('with a blank line before the fence both processors give the same blocks and no diagnostic', async () => {
    const fixed = markdown.replace('| Di | Mi |\n', '| Di | Mi |\n\n');
    const [unifiedPage, satteriPage] = await Promise.all([baselines.unified(fixed), baselines.satteri(fixed)]);
    expect(satteriPage.ruleIds).toEqual([]);
    expect(blocksOf(satteriPage.tree)).toEqual(blocksOf(unifiedPage.tree));
    expect(pageText(satteriPage.tree)).toBe(pageText(unifiedPage.tree));
  });
});

describe('our typography next to another smart-punctuation pass', () => {
  const markdown = `Er sagte "Hallo" -- und ging... 'Wirklich'?\n\n:::quote{by="Pat"}\nSie sagte "ja" -- oder 'nein'.\n:::\n`;
  const typography: Options = { locale: 'de', typography: true };
  const html = async (processor: FileProcessor) =>
    String(await processor.process(new VFile({ path: 'article.md', value: markdown }))).trim();

  for (const locale of ['de', 'fr-CH', 'en'] as const) {
    it(`${locale}: remark-smartypants after ours and Sätteri's smart punctuation change nothing; before ours, its dashes`, async () => {
      const settings = { ...typography, locale };
      const ours = (await renderUnified(markdown, settings)).html.trim();
      expect(ours).toContain(' – ');
      expect(await html(toHtml(base().use(remarkNewsroom, settings).use(remarkSmartypants)))).toBe(ours);
      const satteri = await markdownToHtml(markdown, {
        features: { directive: true, smartPunctuation: true },
        mdastPlugins: [satteriNewsroom(settings)],
      });
      expect(satteri.html.trim()).toBe(ours);
      // remark-smartypants reads `--` as an em dash before our pass sees it; everything else is ours.
      const before = await html(toHtml(base().use(remarkSmartypants).use(remarkNewsroom, settings)));
      expect(before.replaceAll(' — ', ' – ')).toBe(ours);
    });
  }
});

// --- rehype-sanitize's default schema, one processor for many files, MDX ------

describe('rehype-sanitize with its default schema', () => {
  it('keeps the text and drops our markers (what the schema above adds back)', async () => {
    const processor = base().use(remarkNewsroom, options).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
    const result = await viaUnified(processor, newsSite);
    const expected = await baselines.unified(newsSite);
    expect(blocksOf(expected.tree).length).toBeGreaterThan(5);
    expect(blocksOf(result.tree)).toEqual([]);
    const text = pageText(result.tree);
    for (const line of proseLines(newsSite)) expect(occurrences(text, line), line).toBeGreaterThan(0);
    expect(executable((await viaUnified(processor, hostile)).tree)).toEqual([]);
  });
});

describe('rehype-sanitize with our schema', () => {
  /** Every element of our blocks with its attribute names (ids' values aside: sanitize prefixes them). */
  const shapes = (tree: HastRoot) =>
    selectAll('[data-nr], [data-nr] *', tree).map(
      (element) => `${element.tagName}[${Object.keys(element.properties).sort().join(' ')}]`,
    );
  const processor = base()
    .use(remarkNewsroom, options)
    .use(remarkRehype)
    .use(rehypeSanitize, newsroomSchema)
    .use(rehypeStringify);

  for (const [title, markdown] of articles) {
    it(`${title}: our blocks keep every element and attribute`, async () => {
      const expected = await baselines.unified(markdown);
      const result = await viaUnified(processor, markdown);
      expect(shapes(result.tree)).toEqual(shapes(expected.tree));
    });
  }
});

describe('one processor for many files', () => {
  /** File `n`: a summary of its own and, on odd files, a poll without id (a diagnostic of its own). */
  const nth = (n: number) =>
    `:::summary\n- Datei ${n} hier.\n:::\n\n${n % 2 ? '::poll{title="Ohne"}' : '::poll{id="p1"}'}\n\n${around}`;

  it('a frozen processor renders each file as a fresh one does', async () => {
    const frozen = toHtml(base().use(remarkNewsroom, options)).freeze();
    for (const [title, markdown] of [...articles, ...articles]) {
      const fresh = await baselines.unified(markdown);
      const again = await viaUnified(frozen, markdown);
      expect(again.html.trimEnd(), title).toBe(fresh.html.trimEnd());
    }
  });

  it('50 files at once on unified: each file its own record and diagnostics', async () => {
    const processor = toHtml(base().use(remarkNewsroom, options)).freeze();
    const pages = await Promise.all(Array.from({ length: 50 }, (_, n) => viaUnified(processor, nth(n))));
    pages.forEach((result, n) => {
      expect(result.record?.summary?.items).toEqual([`Datei ${n} hier.`]);
      expect(result.ruleIds).toEqual(n % 2 ? ['missing-attribute'] : []);
      expect(occurrences(pageText(result.tree), `datei ${n} hier`)).toBe(1);
    });
  });

  it('50 files at once on Sätteri with one plugin: each file its own record and diagnostics', async () => {
    const plugin = satteriNewsroom(options);
    const pages = await Promise.all(Array.from({ length: 50 }, (_, n) => viaSatteri(nth(n), [plugin])));
    pages.forEach((result, n) => {
      expect(result.record?.summary?.items).toEqual([`Datei ${n} hier.`]);
      expect(result.ruleIds).toEqual(n % 2 ? ['missing-attribute'] : []);
      expect(occurrences(pageText(result.tree), `datei ${n} hier`)).toBe(1);
    });
  });
});

describe('MDX (@mdx-js/mdx)', () => {
  const fragment = Symbol('Fragment');
  type Props = Record<string, unknown> & { children?: unknown };
  // hastscript's runtime builds hast; MDX wants a Fragment value and calls components through the runtime.
  const jsx = (type: unknown, props: Props, key?: unknown): unknown => {
    if (typeof type === 'function') return type(props);
    return hastRuntime.jsx((type === fragment ? null : type) as never, props as never, key as never);
  };
  const runtime = { Fragment: fragment, jsx, jsxs: jsx };
  const Box = (props: Props) => jsx('div', { class: 'box', children: props.children });

  async function viaMdx(markdown: string): Promise<Page> {
    const file = new VFile({ path: 'article.mdx', value: markdown });
    const { default: Content } = await evaluate(file, {
      ...runtime,
      elementAttributeNameCase: 'html',
      remarkPlugins: [remarkGfm, [remarkNewsroom, options]],
    } as never);
    const tree = (Content as (props: unknown) => HastRoot)({ components: { Box } });
    return page({
      html: unified().use(rehypeStringify).stringify(tree),
      record: file.data.newsroom,
      ruleIds: file.messages.map((m) => m.ruleId ?? ''),
    });
  }

  for (const [title, markdown] of articles) {
    it(`${title}: the same blocks and text as the Markdown pipeline`, async () => {
      const expected = await baselines.unified(markdown);
      const result = await viaMdx(markdown);
      expect(blocksOf(result.tree)).toEqual(blocksOf(expected.tree));
      expect(result.ruleIds.sort()).toEqual(expected.ruleIds.sort());
      const text = pageText(result.tree);
      for (const line of proseLines(markdown)) {
        expect(occurrences(text, line), line).toBe(occurrences(pageText(expected.tree), line));
      }
    });
  }

  it('blocks inside and next to JSX, with expressions', async () => {
    const mdx = `import {Fragment} from 'react'\n\n<Box>\n:::summary\n- In der Box.\n:::\n</Box>\n\nSumme {1 + 1} (:credit[dpa]).\n\n::poll{id="12345" title="Frage?"}\n`;
    const { code } = { code: String(await compile(mdx, { remarkPlugins: [[remarkNewsroom, options]] })) };
    expect(code).toContain('"data-nr": "summary"');
    const result = await viaMdx(mdx.replace(/^import.*\n/, ''));
    expect(select('div.box > [data-nr="summary"] li', result.tree)).toBeDefined();
    expect(words(pageText(result.tree))).toContain('summe 2 dpa');
    expect(blocksOf(result.tree)).toEqual(['credit', 'poll', 'summary']);
  });

  it('hostile attributes: nothing executable', async () => {
    // In MDX a tag in a label is JSX, the author's own code (as anywhere in MDX); attributes stay hostile.
    const result = await viaMdx(hostile.replace(/\[[^\]]*<[^\]]*\]/g, '[Etikett]'));
    expect(executable(result.tree)).toEqual([]);
    expect(result.ruleIds).toContain('invalid-url');
  });
});
