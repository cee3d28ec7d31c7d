/**
 * Crowded nodes on Sätteri, wherever they stand. A paragraph (or emphasis)
 * with many replaced children goes to Sätteri as one edit, built of new
 * nodes (src/satteri-crowded.ts), also inside blocks that are replaced
 * themselves: our containers (a quote's words move into its
 * `<blockquote>`, a feed's updates change places), restored foreign
 * containers, containers in containers, lists and blockquotes in them.
 * Generated documents must render on Sätteri as on unified, which edits
 * its tree in place: the same HTML, diagnostics and record, no edit Sätteri
 * drops (it warns on the console), and every letter the author wrote on
 * the page. The texts of a copy keep their source positions, as handed-over
 * texts do (Sätteri 0.10 itself gives later plugins no positions inside
 * replaced content, ours or its own nodes').
 */
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import type { MdastVisitorContext } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import remarkNewsroom from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { newsroomMdastPlugin } from '../src/satteri.js';
import { crowdedAt } from '../src/satteri-crowded.js';
import { htmlText, inVisitorOrder } from './helpers.js';
import { type Rendered, renderSatteri, renderUnified } from './processors.js';

/** Markdown and the letters and digits it shows. */
interface Part {
  markdown: string;
  shows: string;
}

const part = (markdown: string, shows = markdown): Part => ({ markdown, shows: lettersOf(shows) });
const joined = (parts: Part[], separator: string): Part => ({
  markdown: parts.map((p) => p.markdown).join(separator),
  shows: parts.map((p) => p.shows).join(''),
});

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Inline content the pass replaces: credits, foreign text directives (restored as written), typos of ours. */
const replaced = fc.constantFrom(
  part('a:b'),
  part('10:30'),
  part(':credit[dpa]', 'dpa'),
  part(':credit[*dpa* und AFP]', 'dpa und AFP'),
  part(':b[Label]{x="y"}'),
  part(':Credit[dpa]'),
  part('x:y[z]'),
);
/** Inline content left as it is. */
const kept = fc.constantFrom(
  part('Wort'),
  part('"Zitat"'),
  part("l'été"),
  part('**fett**', 'fett'),
  part('`code:x`', 'code:x'),
  part('[Link](https://example.com/a:b)', 'Link'),
);
/** A run of replaced content, one in four wrapped in emphasis (a crowded node inside the paragraph). */
const run = fc.tuple(fc.array(replaced, { minLength: 1, maxLength: 2 * crowdedAt }), fc.nat(3)).map(([parts, wrap]) => {
  const inner = joined(parts, ' ');
  return wrap === 0 ? { markdown: `*${inner.markdown}*`, shows: inner.shows } : inner;
});
/** A paragraph with at least `crowdedAt` replaced children, over one or more lines. */
const crowded = fc
  .tuple(
    fc.array(replaced, { minLength: crowdedAt, maxLength: 3 * crowdedAt }),
    fc.array(fc.oneof(kept, run), { maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 3 * crowdedAt + 6, maxLength: 3 * crowdedAt + 6 }),
  )
  .map(([many, others, breaks]) => {
    const parts = [...many, ...others];
    // The extras spread through the replaced ones, some lines broken.
    parts.sort((a, b) => (a.markdown.length % 3) - (b.markdown.length % 3));
    return {
      markdown: parts.map((p, i) => `${i > 0 ? (breaks[i] ? '\n' : ' ') : ''}${p.markdown}`).join(''),
      shows: parts.map((p) => p.shows).join(''),
    };
  });
/** A label may be crowded too (single line, no links). */
const crowdedLabel = fc
  .array(replaced, { minLength: crowdedAt, maxLength: 2 * crowdedAt })
  .map((parts) => joined(parts, ' '));

/** Every line after the first prefixed, the first by `first`. */
const prefixed = (markdown: string, first: string, rest: string) => `${first}${markdown.replaceAll('\n', `\n${rest}`)}`;

/** The longest fence inside, so an enclosing container's fence is longer. */
const fenceFor = (markdown: string) => {
  let longest = 2;
  for (const match of markdown.matchAll(/^[> -]*(:{3,})/gm)) longest = Math.max(longest, (match[1] as string).length);
  return ':'.repeat(longest + 1);
};

type Wrap = (inner: Part, label: Part | undefined) => Part;
const container =
  (open: (fence: string, label: string) => string, takesLabel = true): Wrap =>
  (inner, label) => {
    const fence = fenceFor(inner.markdown);
    return {
      markdown: `${open(fence, label ? `[${label.markdown}]` : '')}\n${inner.markdown}\n${fence}`,
      shows: `${label && takesLabel ? label.shows : ''}${inner.shows}`,
    };
  };
const wraps: Record<string, Wrap> = {
  quote: container((fence) => `${fence}quote{by="A"}`, false),
  'quote with a role and paragraphs around': (inner) =>
    container((fence) => `${fence}quote{by="Anna" role="Sprecherin"}`, false)(
      joined([part('Eins.'), inner, part('Drei.')], '\n\n'),
      undefined,
    ),
  update: container((fence, label) => `${fence}update${label}{time="TIME"}`),
  correction: container((fence) => `${fence}correction{date="2024-06-19"}`, false),
  'foreign container': container((fence, label) => `${fence}fremd${label}{x="y"}`),
  'list item': (inner) => ({ markdown: prefixed(inner.markdown, '- ', '  '), shows: inner.shows }),
  'second item of a loose list': (inner) => ({
    markdown: `1. eins\n\n${prefixed(inner.markdown, '2. ', '   ')}`,
    shows: `eins${inner.shows}`,
  }),
  blockquote: (inner) => ({ markdown: prefixed(inner.markdown, '> ', '> '), shows: inner.shows }),
};

/** A crowded paragraph wrapped 1–3 times, with plain paragraphs around it at each level. */
const placed = fc
  .tuple(
    crowded,
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(wraps)), fc.option(crowdedLabel), fc.boolean()), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([paragraph, levels]) =>
    levels.reduce<Part>((inner, [name, label, around]) => {
      const body = around ? joined([part('Davor a:b.'), inner], '\n\n') : inner;
      return (wraps[name] as Wrap)(body, label ?? undefined);
    }, paragraph),
  );

/** One to three such blocks; updates next to each other are a feed (placed newest first). */
const documents = fc.record({
  blocks: fc.array(placed, { minLength: 1, maxLength: 3 }),
  times: fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 12, maxLength: 12 }),
  typography: fc.boolean(),
  separator: fc.constantFrom('\n\n', '\n\nZwischen :credit[dpa] den Blöcken.\n\n'),
});

/** How many of each letter or digit `text` holds. */
function letterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** What differs between the two renderings, or undefined. */
function difference(unified: Rendered, satteri: Rendered): string | undefined {
  if (unified.html !== satteri.html) return `HTML differs:\nunified: ${unified.html}\nsatteri: ${satteri.html}`;
  if (JSON.stringify(unified.messages) !== JSON.stringify(satteri.messages))
    return `diagnostics differ:\nunified: ${JSON.stringify(unified.messages)}\nsatteri: ${JSON.stringify(satteri.messages)}`;
  if (JSON.stringify(unified.record) !== JSON.stringify(satteri.record))
    return `record differs:\nunified: ${JSON.stringify(unified.record)}\nsatteri: ${JSON.stringify(satteri.record)}`;
  return undefined;
}

describe('crowded paragraphs inside replaced blocks, on Sätteri', () => {
  it('render as on unified (HTML, diagnostics, record), with no edit dropped and no letter lost', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await fc.assert(
        fc.asyncProperty(documents, async ({ blocks, times, typography, separator }) => {
          let at = 0;
          // Each update its own minute of the hour; a feed then reorders them.
          const markdown = joined(blocks, separator).markdown.replaceAll(
            'TIME',
            () => `2024-06-19T10:${String(times[at++ % times.length]).padStart(2, '0')}:00Z`,
          );
          const shows = lettersOf(joined(blocks, '').shows);
          const [unified, satteri] = [
            await renderUnified(markdown, { typography }),
            await renderSatteri(markdown, { typography }),
          ];
          expect(difference(unified, satteri), markdown).toBeUndefined();
          expect(warn.mock.calls, `Sätteri warned on ${JSON.stringify(markdown)}`).toEqual([]);
          // Nothing lost: the page holds every letter the author wrote (updates may change places).
          const onPage = letterCounts(lettersOf(htmlText(satteri.html)));
          for (const [char, count] of letterCounts(shows)) {
            expect(onPage.get(char) ?? 0, `${char} on ${JSON.stringify(markdown)}`).toBeGreaterThanOrEqual(count);
          }
        }),
        { numRuns: 200, seed: 20261201 },
      );
    } finally {
      warn.mockRestore();
    }
  }, 120_000);

  it('a crowded paragraph in each place renders as on unified', async () => {
    // One fixed document per place, so every place is met whatever the generator draws.
    const paragraph = Array.from({ length: 3 * crowdedAt }, (_, i) => ['a:b', ':credit[dpa]', '*x:y*'][i % 3]).join(
      ' ',
    );
    for (const [name, wrap] of Object.entries(wraps)) {
      const markdown = wrap(part(paragraph), undefined).markdown.replaceAll('TIME', '2024-06-19T10:30:00Z');
      const [unified, satteri] = [await renderUnified(markdown), await renderSatteri(markdown)];
      expect(difference(unified, satteri), name).toBeUndefined();
      expect(htmlText(satteri.html), name).toContain('dpa');
    }
  }, 60_000);

  // Only phrasing parents are built anew: a heading's id, a list item's rules and a block's element stay theirs.
  it('a crowded heading keeps its id, and crowded blockquotes, list items and containers keep their lists and blocks', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const many = (line: string, indent = '') =>
      Array.from({ length: crowdedAt + 1 }, (_, i) => `${indent}${line.replace('N', String(i))}`).join('\n');
    const documents = [
      `::summary{from="headings"}\n\n## ${Array.from({ length: crowdedAt + 1 }, () => 'Lehrer:innen').join(' ')}\n\nText`,
      `## Kolleg:innen ${'a:b '.repeat(crowdedAt)}x\n\nText`,
      `- Eins\n${many('::fremdN', '  ')}\n- b`,
      `> Eins\n${many('::fremdN', '> ')}\n> - Eins\n>   ::fremd\n> - :::quote{by="A"}\n>   Zitat\n>   :::`,
      `:::fremd\n${many('::fremdN')}\n- Eins\n  ::fremd\n:::`,
    ];
    try {
      for (const markdown of documents) {
        for (const headingIds of [false, true]) {
          const [unified, satteri] = [
            await renderUnified(markdown, { headingIds }),
            await renderSatteri(markdown, { headingIds }),
          ];
          expect(difference(unified, satteri), markdown).toBeUndefined();
        }
      }
      expect(warn.mock.calls).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  // Sätteri puts no line break between the paragraphs it unwraps in a tight item; the front end does (satteri-list-item.test.ts).
  it('a restored container directly in a tight list item renders as on unified', async () => {
    const markdown = '- Eins\n  :::fremd\n  Text\n  :::\n- b';
    expect((await renderSatteri(markdown)).html).toBe((await renderUnified(markdown)).html);
  });

  it('hands over the texts of a crowded copy with their source positions', () => {
    const markdown = `:::quote{by="A"}\nEins.\n\n${'a:b Wort '.repeat(crowdedAt)}\n\nDrei.\n:::`;
    const texts = handedOverTexts(markdown);
    const words = texts.filter((text) => text.value.includes('Wort'));
    expect(words.length).toBeGreaterThan(0);
    for (const text of words) {
      const start = text.position?.start.offset;
      expect(start, text.value).toBeTypeOf('number');
      expect(markdown.slice(start, text.position?.end.offset)).toBe(text.value);
    }
  });
});

/**
 * The texts the Sätteri plugin hands over in its edits, fed as Sätteri feeds it: every node once, in
 * document order, parents first, without its children (as in test/growth.test.ts).
 */
function handedOverTexts(markdown: string): { value: string; position?: Nodes['position'] }[] {
  const root = unified().use(remarkParse).use(remarkNewsroom).parse(markdown);
  const order = inVisitorOrder(root);
  const texts: { value: string; position?: Nodes['position'] }[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'text') texts.push(node);
    for (const child of 'children' in node ? node.children : []) collect(child);
  };
  const ctx = {
    data: {},
    source: markdown,
    replaceNode: (_node: unknown, nodes: Nodes[]) => nodes.forEach(collect),
    setProperty() {},
    parent: () => undefined,
  } as unknown as MdastVisitorContext;
  const plugin = newsroomMdastPlugin(resolveOptions({})) as unknown as Record<
    string,
    ((node: unknown, ctx: MdastVisitorContext) => void) | undefined
  > & { after: (root: Root, ctx: MdastVisitorContext) => void };
  for (const node of order) plugin[node.type]?.(node, ctx);
  plugin.after({ type: 'root', children: [] }, ctx);
  return texts;
}
