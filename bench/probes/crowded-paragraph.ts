/**
 * Probe: what Sätteri charges for the edits a plugin hands over in a paragraph
 * of many directives (Performance page, "Sätteri: steps tried" and "Many
 * directives in one paragraph"). Synthetic plugins, not ours: each way of
 * handing the edits over, against a plugin that does nothing.
 *
 * The same number of directives at every size (n directives in one paragraph,
 * rendered total / n times), so a linear cost takes the same time at every
 * size and "largest / smallest" is about 1; a cost that grows with the
 * paragraph shows as a ratio near largest n / smallest n.
 *
 *   cd bench && npx pnpm@12.4.2 exec node --experimental-strip-types probes/crowded-paragraph.ts \
 *     [--sizes=1000,4000] [--total=16000] [--rounds=3]
 */
import { type MdastPluginDefinition, markdownToHtml } from 'satteri';
import { median } from '../stats.ts';
import { cpuMs, numbersArg } from './args.ts';

/** The fields of Sätteri's visitor nodes these plugins read. */
interface VisitedNode {
  type: string;
  name?: string;
  value?: string;
  children?: VisitedNode[];
}
interface Edits {
  replaceNode(node: unknown, replacement: unknown): void;
}

const sizes = numbersArg('sizes', [1_000, 4_000]);
const [total = 16_000] = numbersArg('total', [16_000]);
const [rounds = 3] = numbersArg('rounds', [3]);

/** n lines of the credit-lines shape, one paragraph: two text directives a line (`:credit[dpa]`, `:b`). */
const paragraph = (n: number) => Array.from({ length: n }, () => '"Zitat" :credit[dpa] a:b').join('\n');

/** A directive as the text it came from (its label's texts, read from Sätteri's node). */
const sourceText = (node: VisitedNode): VisitedNode => ({ type: 'text', value: `:${node.name ?? ''}` });

const plugin = (name: string, visitors: Partial<Record<string, (node: VisitedNode, ctx: Edits) => void>>) =>
  ({ name, options: { position: true }, before() {}, ...visitors }) as unknown as MdastPluginDefinition;

const strategies: Record<string, MdastPluginDefinition> = {
  'no-op plugin (control)': plugin('noop', {}),
  'one replaceNode per directive, a new text node': plugin('per-directive-new', {
    textDirective: (node, ctx) => ctx.replaceNode(node, [sourceText(node)]),
  }),
  "one replaceNode per directive, a node referencing the directive's children": plugin('per-directive-reference', {
    textDirective: (node, ctx) => ctx.replaceNode(node, [{ type: 'emphasis', children: node.children ?? [] }]),
  }),
  'the paragraph replaced once, every child a new node': plugin('paragraph-new', {
    paragraph: (node, ctx) => {
      const children = node.children ?? [];
      if (!children.some((child) => child.type === 'textDirective')) return;
      const fresh = children.map((child) =>
        child.type === 'text' ? { type: 'text', value: child.value } : sourceText(child),
      );
      ctx.replaceNode(node, [{ type: 'paragraph', children: fresh }]);
    },
  }),
  "the paragraph replaced once, its texts kept as references to Sätteri's nodes": plugin('paragraph-reference', {
    paragraph: (node, ctx) => {
      const children = node.children ?? [];
      if (!children.some((child) => child.type === 'textDirective')) return;
      const kept = children.map((child) => (child.type === 'text' ? child : sourceText(child)));
      ctx.replaceNode(node, [{ type: 'paragraph', children: kept }]);
    },
  }),
};

const render = (markdown: string, mdastPlugin: MdastPluginDefinition) =>
  markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [mdastPlugin] });

const names = Object.keys(strategies);
const documents = sizes.map(paragraph);
/** ms[strategy][size] per round: CPU time of `total / n` renderings, the strategies alternating per rendering. */
const ms = names.map(() => sizes.map(() => [] as number[]));
for (let round = 0; round < rounds; round++) {
  documents.forEach((document, s) => {
    const repetitions = Math.max(1, Math.round(total / (sizes[s] as number)));
    const sums = names.map(() => 0);
    for (let r = 0; r < repetitions; r++) {
      names.forEach((name, k) => {
        sums[k] = (sums[k] as number) + cpuMs(() => render(document, strategies[name] as MdastPluginDefinition));
      });
    }
    sums.forEach((sum, k) => {
      ms[k]?.[s]?.push(sum);
    });
  });
}

const directives = (n: number) => 2 * n;
console.log(
  `Sätteri, ${sizes.map((n) => `${directives(n)} directives × ${Math.max(1, Math.round(total / n))}`).join(' / ')}` +
    ` (credit lines in one paragraph), CPU ms, median of ${rounds} rounds; load ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
);
console.log('| strategy | control ms / added ms per size | largest / smallest (1 = linear) |');
console.log('| --- | --- | --- |');
const control = (s: number) => median(ms[0]?.[s] ?? []);
names.forEach((name, k) => {
  const perSize = sizes.map((_, s) => median(ms[k]?.[s] ?? []) - (k === 0 ? 0 : control(s)));
  const ratio = (perSize.at(-1) as number) / (perSize[0] as number);
  console.log(`| ${name} | ${perSize.map((value) => value.toFixed(1)).join(' / ')} | ${ratio.toFixed(2)} |`);
});
