/**
 * Our work grows linearly with the document, on both front ends, on the
 * shapes that once grew faster (bench/parts/growth.ts times them): many
 * foreign directives, credits or our own directives in ONE paragraph, and
 * one long quoted word. Counted, not timed: every read of a node's or a
 * list's field goes through a counting proxy, and every edit handed to the
 * processor is counted with the nodes it carries. A pass that rescans a
 * paragraph's siblings per directive (`indexOf`, `splice`, a walk from the
 * start) reads the square of the paragraph's length; the probe itself is
 * checked on such a walker first.
 */

import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import type { MdastVisitorContext } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import remarkNewsroom from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { newsroomMdastPlugin } from '../src/satteri.js';
import { crowdedAt } from '../src/satteri-crowded.js';
import { inVisitorOrder } from './helpers.js';
import { renderSatteri, renderUnified } from './processors.js';

/** Reads of fields of nodes, lists and positions, and what the front end handed to the processor. */
interface Counts {
  reads: number;
  edits: number;
  /** Nodes inside the edits (a replacement's whole content, every level). */
  handedOver: number;
}

/**
 * A proxy per object, made once (the engine keys maps by node), counting
 * every property read; writes pass through. A proxy is never wrapped again.
 */
function counting(counts: Counts) {
  const proxies = new WeakMap<object, object>();
  const isProxy = new WeakSet<object>();
  const wrap = <T>(value: T): T => {
    if (typeof value !== 'object' || value === null || isProxy.has(value)) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          counts.reads++;
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
      isProxy.add(proxy);
    }
    return proxy as T;
  };
  return wrap;
}

const parser = unified().use(remarkParse).use(remarkNewsroom, { typography: true });

/** remark-newsroom on unified: the transformer over a counting tree. */
function unifiedCounts(markdown: string): Counts {
  const counts: Counts = { reads: 0, edits: 0, handedOver: 0 };
  const tree = counting(counts)(parser.parse(markdown));
  parser.runSync(tree, new VFile(markdown));
  counts.edits = Number.NaN; // unified's adapter mutates in place: reads say it all
  return counts;
}

/** The nodes in a replacement, every level. */
function size(nodes: unknown): number {
  if (!Array.isArray(nodes)) return 0;
  let total = 0;
  for (const node of nodes) total += 1 + size((node as { children?: unknown }).children);
  return total;
}

/**
 * The Sätteri plugin fed as Sätteri feeds it: every node once, in document
 * order, parents first, as a fresh object without its children (Sätteri's are
 * lazy), then `after`. The context counts the edits it is handed.
 */
function satteriCounts(markdown: string): Counts {
  const counts: Counts = { reads: 0, edits: 0, handedOver: 0 };
  const wrap = counting(counts);
  const root = parser.parse(markdown);
  const order = inVisitorOrder(root);
  const ctx = {
    data: {},
    source: markdown,
    fileURL: undefined,
    replaceNode(_node: unknown, nodes: unknown) {
      counts.edits++;
      counts.handedOver += size(nodes);
    },
    setProperty() {
      counts.edits++;
    },
    parent: () => undefined,
  } as unknown as MdastVisitorContext;
  const plugin = newsroomMdastPlugin(resolveOptions({ typography: true })) as unknown as Record<
    string,
    ((node: unknown, ctx: MdastVisitorContext) => void) | undefined
  > & { after: (root: Root, ctx: MdastVisitorContext) => void };
  for (const node of order) plugin[node.type]?.(wrap(node), ctx);
  plugin.after(wrap({ type: 'root', children: [] }), ctx);
  return counts;
}

/** How a count grows from `n` to `4n`: 1 linear, 2 quadratic. */
const exponent = (small: number, large: number) => Math.log(large / small) / Math.log(4);

/** The bench's shapes (bench/parts/growth.ts), at sizes that run in a blink. */
const shapes: Record<string, { make: (n: number) => string; n: number }> = {
  'foreign directives in one paragraph': { make: (n) => 'a:b '.repeat(n), n: 1_000 },
  'credit lines in one paragraph': {
    make: creditLines,
    n: 250,
  },
  'our directives in one paragraph': { make: (n) => ':credit[dpa] '.repeat(n), n: 500 },
  'one quoted word': { make: (n) => `"${'a'.repeat(n)}`, n: 10_000 },
  'foreign directives with labels and attributes': { make: (n) => 'a:b[c]{d=e} '.repeat(n), n: 500 },
  // The same paragraphs inside blocks that are replaced themselves (live tickers, imported copy).
  'foreign directives in a quote': { make: (n) => `:::quote{by="A"}\n${'a:b '.repeat(n)}\n:::`, n: 1_000 },
  'credit lines in a quote, between paragraphs': {
    make: (n) => `:::quote{by="A"}\nEins.\n\n${creditLines(n)}\n\nDrei.\n:::`,
    n: 250,
  },
  'our directives in an update': {
    make: (n) => `:::update{time="2024-06-19T10:30:00Z"}\n${':credit[dpa] '.repeat(n)}\n:::`,
    n: 500,
  },
  'foreign directives in a foreign container': { make: (n) => `:::fremd\n${'a:b '.repeat(n)}\n:::`, n: 1_000 },
  'credit lines in a list in a blockquote in an update': {
    make: (n) => `:::update{time="2024-06-19T10:30:00Z"}\n> - ${creditLines(n).replaceAll('\n', '\n>   ')}\n:::`,
    n: 250,
  },
  'foreign directives in a foreign container in a quote': {
    make: (n) => `::::quote{by="A"}\n:::fremd\nEins.\n\n*${'a:b '.repeat(n)}*\n:::\n::::`,
    n: 1_000,
  },
};

/** Credit lines as a live ticker writes them: one paragraph, one line per item. */
function creditLines(n: number): string {
  return Array.from({ length: n }, () => '"Zitat" :credit[dpa] a:b').join('\n');
}

describe('the growth probe', () => {
  it('sees a walker that looks each child up among its siblings as quadratic', () => {
    const counts: Counts = { reads: 0, edits: 0, handedOver: 0 };
    const rescan = (markdown: string) => {
      counts.reads = 0;
      const tree = counting(counts)(parser.parse(markdown));
      const paragraph = tree.children[0];
      if (paragraph?.type !== 'paragraph') throw new Error('no paragraph');
      for (const child of paragraph.children) paragraph.children.indexOf(child);
      return counts.reads;
    };
    // Small: the walker reads the square of the paragraph's length.
    const make = (n: number) => 'a:b '.repeat(n);
    expect(exponent(rescan(make(150)), rescan(make(600)))).toBeGreaterThan(1.8);
  }, 30_000);
});

describe.each([
  ['unified', unifiedCounts],
  ['Sätteri', satteriCounts],
] as const)('%s: our work grows linearly', (_processor, count) => {
  for (const [shape, { make, n }] of Object.entries(shapes)) {
    it(shape, () => {
      const small = count(make(n));
      const large = count(make(4 * n));
      // Some work is per document, so the exponent of a linear pass is at or a little under 1.
      expect(exponent(small.reads, large.reads)).toBeLessThan(1.1);
      if (!Number.isNaN(small.edits)) {
        expect(exponent(Math.max(small.edits, 1), Math.max(large.edits, 1))).toBeLessThan(1.1);
        expect(exponent(Math.max(small.handedOver, 1), Math.max(large.handedOver, 1))).toBeLessThan(1.1);
      }
    }, 30_000);
  }
});

describe('Sätteri: a crowded paragraph goes over as one edit', () => {
  // Sätteri finds each replaced node among its parent's children, so one edit per directive costs the
  // square of the paragraph inside Sätteri, where the counts above cannot see it: the count of edits must not grow.
  for (const shape of [
    'foreign directives in one paragraph',
    'our directives in one paragraph',
    'foreign directives in a quote',
    'credit lines in a quote, between paragraphs',
    'our directives in an update',
    'foreign directives in a foreign container',
    'credit lines in a list in a blockquote in an update',
    'foreign directives in a foreign container in a quote',
  ] as const) {
    it(shape, () => {
      const { make, n } = shapes[shape] as { make: (n: number) => string; n: number };
      const small = satteriCounts(make(n));
      const large = satteriCounts(make(4 * n));
      expect(small.edits).toBeLessThan(5);
      expect(large.edits).toBe(small.edits);
    }, 30_000);
  }
});

/**
 * A paragraph with many edits goes to Sätteri as one replacement built of new
 * nodes (src/satteri-crowded.ts): the same HTML and diagnostics as unified,
 * nothing dropped, wherever the paragraph stands.
 */
describe('crowded paragraphs on Sätteri', () => {
  const inline = fc.constantFrom(
    'Wort',
    'a:b',
    '10:30',
    ':credit[dpa]',
    ':credit[*dpa* und AFP]',
    ':b[Label]{x="y"}',
    ':Credit[dpa]',
    '*betont*',
    '**fett**',
    '`code:x`',
    '[Link](https://example.com/a:b)',
    '"Zitat"',
    "l'été",
    '\n',
  );
  const paragraph = fc
    .array(inline, { minLength: crowdedAt, maxLength: 4 * crowdedAt })
    .map((words) => words.join(' ').replaceAll(' \n ', '\n'));
  const place = fc.constantFrom(
    (p: string) => p,
    (p: string) => `- ${p.replaceAll('\n', '\n  ')}\n- zweiter Punkt`,
    (p: string) => `> ${p.replaceAll('\n', '\n> ')}`,
    (p: string) => `:::quote{by="A"}\n${p}\n:::`,
    (p: string) => `:::fremd\n${p}\n:::`,
    (p: string) => `Davor.\n\n${p}\n\nDanach a:b.`,
  );

  it('render as on unified, with no edit dropped', async () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      await fc.assert(
        fc.asyncProperty(paragraph, place, fc.boolean(), async (text, at, typography) => {
          const markdown = at(text);
          const [u, s] = [await renderUnified(markdown, { typography }), await renderSatteri(markdown, { typography })];
          expect(s.html).toBe(u.html);
          expect(s.messages).toEqual(u.messages);
        }),
        { numRuns: 150 },
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    // 300 renderings: a few seconds on a loaded machine.
  }, 60_000);

  it('the shapes render as on unified', async () => {
    for (const { make, n } of Object.values(shapes)) {
      const markdown = make(n);
      expect((await renderSatteri(markdown, { typography: true })).html).toBe(
        (await renderUnified(markdown, { typography: true })).html,
      );
    }
  }, 60_000);
});
