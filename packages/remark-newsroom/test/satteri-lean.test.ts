/**
 * The Sätteri front end hands replacements over lean (`src/satteri-lean.ts`):
 * neighbouring new texts as one, no empty `hProperties`, a bare `<p>` inside
 * an element as a plain paragraph. Fewer nodes and less JSON for Sätteri, the
 * same HTML: checked here on the replacements themselves and against the
 * unified front end, on fixed documents and generated ones.
 */
import fc from 'fast-check';
import type { Nodes, RootContent } from 'mdast';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import satteriNewsroom from '../src/satteri.js';
import { leanChildren, leanData } from '../src/satteri-lean.js';
import { renderSatteri, renderUnified } from './processors.js';

/** Every replacement the plugin queues, as Sätteri receives it. */
function replacementsOf(markdown: string): RootContent[][] {
  const plugin = satteriNewsroom();
  const after = plugin.after;
  const seen: RootContent[][] = [];
  plugin.after = (root, ctx) => {
    const replaceNode = ctx.replaceNode.bind(ctx);
    Object.assign(ctx, {
      replaceNode(node: never, nodes: never) {
        seen.push(structuredClone(nodes) as RootContent[]);
        replaceNode(node, nodes);
      },
    });
    return after?.(root, ctx);
  };
  markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [plugin] });
  return seen;
}

function* walk(nodes: readonly Nodes[]): Generator<Nodes> {
  for (const node of nodes) {
    yield node;
    if ('children' in node && Array.isArray(node.children)) yield* walk(node.children);
  }
}

describe('lean replacements', () => {
  it('hands a quote over with one text per run, no empty properties and a plain paragraph', () => {
    const [quote] = replacementsOf(':::quote{by="Pat Ryder" role="Sprecher"}\nEin Satz hier.\n:::');
    expect(quote).toBeDefined();
    const nodes = [...walk(quote as Nodes[])];
    const blockquote = nodes.find((node) => node.data?.hName === 'blockquote');
    expect(blockquote?.data).toEqual({ hName: 'blockquote' });
    const body = (blockquote as { children: Nodes[] }).children;
    expect(body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '„Ein Satz hier.“' }] }]);
    for (const node of nodes) {
      if (node.data && 'hProperties' in node.data) expect(Object.keys(node.data.hProperties ?? {})).not.toHaveLength(0);
    }
  });

  it('keeps a bare <p> an element at the top of a replacement', () => {
    const node = { type: 'paragraph', data: { hName: 'p', hProperties: {} }, children: [] } as Nodes;
    expect(leanData(node, false)).toEqual({ data: { hName: 'p' } });
    expect(leanData(node, true)).toEqual({ data: undefined });
  });

  it('keeps an element with properties or other data as it is', () => {
    const classed = {
      type: 'paragraph',
      data: { hName: 'p', hProperties: { className: ['x'] } },
      children: [],
    } as Nodes;
    expect(leanData(classed, true)).toEqual({});
    const other = {
      type: 'paragraph',
      data: { hName: 'p', hProperties: {}, directiveLabel: true },
      children: [],
    } as Nodes;
    expect(leanData(other, true)).toEqual({ data: { hName: 'p', directiveLabel: true } });
    expect(leanData({ type: 'text', value: 'x' }, true)).toEqual({});
  });

  it('joins neighbouring texts only, never a text with data, and keeps every character in order', () => {
    const text = fc.record({ type: fc.constant('text' as const), value: fc.string() });
    const other = fc.constant({ type: 'break' } as Nodes);
    const marked = fc.record({
      type: fc.constant('text' as const),
      value: fc.string(),
      data: fc.constant({ hName: 'span' }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(text, other, marked) as fc.Arbitrary<Nodes>), (children) => {
        const lean = leanChildren(children);
        const flat = (list: Nodes[]) => list.map((node) => ('value' in node ? node.value : '|')).join('');
        expect(flat(lean)).toBe(flat(children));
        for (let index = 1; index < lean.length; index++) {
          const [a, b] = [lean[index - 1], lean[index]] as [Nodes, Nodes];
          expect(a.type === 'text' && b.type === 'text' && !a.data && !b.data).toBe(false);
        }
        expect(lean.filter((node) => node.data)).toEqual(children.filter((node) => node.data));
      }),
    );
  });

  it('renders the same HTML as unified for quotes of every shape', async () => {
    const documents = [
      ':::quote{by="A"}\nEin Satz.\n:::',
      ':::quote{by="A" role="B" source="C" href="https://example.com"}\nErster.\n\nZweiter *kursiv*.\n\nDritter.\n:::',
      '- eins\n\n  :::quote{by="A"}\n  In der Liste.\n  :::\n- zwei',
      '- :::quote{by="A"}\n  eng\n  :::\n- zwei',
      ':::quote[Anna]\n„Schon markiert.“\n:::',
      '> Zitat mit **fett** und `code`\n>\n> — Anna, Wien',
    ];
    for (const markdown of documents) {
      expect((await renderSatteri(markdown)).html, markdown).toBe((await renderUnified(markdown)).html);
    }
  });

  it('keeps the element of a block that stands directly in a list item, tight or loose, as unified does', async () => {
    const blocks = [
      ':::quote{by="A"}\neng\n:::',
      ':::correction{date="2024-06-19"}\neng\n:::',
      ':::summary\n- eins\n:::',
      '::poll[Frage?]{id="p1"}',
      ':::correction[Nicht gebraucht]{date="2024-06-19"}\neng\n:::',
      '- — Anna, Wien',
    ];
    const documents = blocks.flatMap((block) => {
      const indented = block.replaceAll('\n', '\n  ');
      return [
        `- ${indented}\n- zwei`,
        `- eins\n\n  ${indented}\n\n- zwei`,
        `1. ${block.replaceAll('\n', '\n   ')}\n2. zwei`,
      ];
    });
    documents.push('- > Zitat\n  >\n  > — Anna, Wien\n- zwei');
    for (const markdown of documents) {
      const html = (await renderSatteri(markdown)).html;
      expect(html, markdown).toBe((await renderUnified(markdown)).html);
    }
    expect((await renderSatteri(documents[0] as string)).html).toContain('<li>\n<figure data-nr="quote"');
  });
});
