/**
 * The Sätteri front end reads a copy of the tree built from visitor calls
 * (see `src/satteri-mirror.ts`). The copy must be Sätteri's own tree, node for
 * node, or blocks would lose author content; and where it can't be built (a
 * node without a position), the pass must still see everything.
 */
import fc from 'fast-check';
import type { Nodes, Text } from 'mdast';
import { type Features, type MdastPluginDefinition, markdownToHtml, markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { childrenOf } from '../src/engine/tree.js';
import satteriNewsroom from '../src/satteri.js';
import { MirrorBuilder, visitedTypes } from '../src/satteri-mirror.js';

const features: Features = {
  gfm: true,
  frontmatter: true,
  math: true,
  directive: true,
  superscript: true,
  subscript: true,
  definitionList: true,
  smartPunctuation: true,
};

function mirrorOf(markdown: string): MirrorBuilder {
  let mirror: MirrorBuilder | undefined;
  const plugin: Record<string, unknown> = {
    name: 'mirror',
    options: { position: true },
  };
  for (const type of visitedTypes) {
    plugin[type] = (node: Nodes) => {
      mirror ??= new MirrorBuilder();
      mirror.add(node);
    };
  }
  markdownToHtml(markdown, { features, mdastPlugins: [plugin as unknown as MdastPluginDefinition] });
  if (!mirror) throw new Error('no mirror built');
  return mirror;
}

/** A tree as plain data, without the root's own position. */
function plain(node: Nodes): unknown {
  const { position: _position, ...rest } = JSON.parse(JSON.stringify(node)) as Nodes;
  return rest;
}

const constructs = [
  '---\ntitle: x\n---\n\n# Titel *kursiv* **fett** ~~weg~~ `code`',
  'Ein [Link](https://example.com "T") und ![Bild](a.png) und <b>html</b>  \nUmbruch\\\nnoch einer',
  '[ref]: https://example.com\n\n[Verweis][ref] und ![bild][ref]',
  'Fussnote[^1].\n\n[^1]: Die Notiz mit *Betonung*.',
  '| a | b |\n| - | :-: |\n| *x* | `y` |',
  '- [x] erledigt\n- [ ] offen\n  1. eins\n  2. zwei\n\n---\n\n> Zitat\n>\n> — Anna, Wien',
  '```js\nconst a = "b";\n```\n\n    eingerückt\n\n<div>\n\n*markdown in html*\n\n</div>',
  '$$\nx^2\n$$\n\nInline $a+b$ und H~2~O und 2^10^',
  'Begriff\n: Erklärung mit "Zitat"',
  ':::quote{by="Pat Ryder"}\nEr sagte: "Nein."\n\n- eins :credit[dpa]\n:::\n\n::poll[Frage?]{id="123"}',
  ':::note[Titel mit **fett**]\nText :abbr[HTML]{title="x"} und 10:30 Uhr\n:::\n\n::summary{from="headings"}',
  '::::summary\n:::quote{by="A"}\ninnen\n:::\n::::',
];

describe('the copy of a Sätteri tree', () => {
  it('subscribes to every node type Sätteri knows (a new one would be missing from the copy)', async () => {
    // Sätteri's table of mdast node types is generated and not exported: read it from its file.
    const file = new URL('./mdast/generated/node-types.js', import.meta.resolve('satteri'));
    const { TYPE_NAMES } = (await import(file.href)) as { TYPE_NAMES: Record<number, string> };
    const known = Object.values(TYPE_NAMES).filter((type) => type !== 'root');
    expect(known.length).toBeGreaterThan(30);
    expect([...visitedTypes].sort()).toEqual(known.sort());
  });

  it.each(constructs)('is the tree Sätteri parses: %j', (markdown) => {
    const mirror = mirrorOf(markdown);
    expect(mirror.complete).toBe(true);
    const real = markdownToMdast(markdown, { features, position: true });
    expect(plain(mirror.root)).toEqual(plain(real));
  });

  it('is the tree Sätteri parses for any mix of those constructs', () => {
    const documents = fc
      .array(fc.constantFrom(...constructs), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('\n\n'));
    fc.assert(
      fc.property(documents, (markdown) => {
        const real = markdownToMdast(markdown, { features, position: true });
        expect(plain(mirrorOf(markdown).root)).toEqual(plain(real));
      }),
      { numRuns: 200 },
    );
  });

  it('maps back to Sätteri’s nodes, and content the pass made all the way down', () => {
    const mirror = new MirrorBuilder();
    const text = { type: 'text', value: 'a', position: { start: { offset: 0 }, end: { offset: 1 } } } as Text;
    mirror.add(text);
    const copy = mirror.root.children?.[0] as Text;
    // The copy holds Sätteri's node itself.
    expect(copy).toBe(text);
    expect(mirror.isCopy(copy)).toBe(true);
    expect(mirror.real(copy)).toBe(text);
    const made: Text = { type: 'text', value: 'a' };
    expect(mirror.isCopy(made)).toBe(false);
    const madeParent = mirror.real({ type: 'paragraph', children: [{ type: 'emphasis', children: [copy] }] });
    const emphasis = childrenOf(madeParent)[0];
    expect(emphasis && childrenOf(emphasis)[0]).toBe(text);
  });
});

describe('the plugin', () => {
  it('starts the copy at the first visitor call (no `before` hook), and renders a document without nodes', async () => {
    const plugin = satteriNewsroom({ typography: true });
    expect(plugin.before).toBeUndefined();
    for (const markdown of ['', '\n\n', '\uFEFF']) {
      const result = await markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [plugin] });
      expect(result.html).toBe('');
      expect(result.data.newsroom).toMatchObject({ blocks: 0, quotes: [] });
      expect(result.data.newsroomDiagnostics).toEqual([]);
    }
  });

  it('keeps each document’s copy apart when one plugin renders many, the first with a BOM', async () => {
    const plugin = satteriNewsroom({ locale: 'de', typography: true });
    const documents = ['\uFEFF# Eins "a"', '# Zwei "b"\n\n:credit[dpa]', 'Drei -- "c"'];
    const render = async (markdown: string, used: MdastPluginDefinition) =>
      (await markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [used] })).html;
    const together: string[] = [];
    for (const markdown of documents) together.push(await render(markdown, plugin));
    const alone: string[] = [];
    for (const markdown of documents)
      alone.push(await render(markdown, satteriNewsroom({ locale: 'de', typography: true })));
    expect(together).toEqual(alone);
    expect(together[0]).toContain('„a“');
    expect(together[1]).toContain('dpa');
    expect(together[2]).toContain('–');
  });
});

describe('without a copy', () => {
  it('reads Sätteri’s tree when an earlier plugin inserted a node without a position', async () => {
    const inserting: MdastPluginDefinition = {
      name: 'inserting',
      before(root, ctx) {
        ctx.appendChild(root, {
          type: 'paragraph',
          children: [{ type: 'text', value: 'Sie sagte "Hallo" -- dann ging sie.' }],
        });
      },
    };
    const { html } = await markdownToHtml('Am Anfang "stand" es.', {
      features: { directive: true },
      mdastPlugins: [inserting, satteriNewsroom({ locale: 'de', typography: true })],
    });
    expect(html).toContain('Am Anfang „stand“ es.');
    expect(html).toContain('Sie sagte „Hallo“ – dann ging sie.');
  });
});
