/**
 * Probe: what Sätteri charges a plugin per article for visiting node types,
 * and per block for the shape of a replacement (Performance page, "Per block
 * on Sätteri: where it goes"). Synthetic plugins, not ours.
 *
 * - Visitors: empty visitors on sets of node types (positions on, as ours
 *   has them), over the `peer` part's prose articles, µs per article over
 *   Sätteri with no plugin.
 * - Replacements: each of 6 `:::quote` blocks an article replaced by a
 *   visitor with a tree of 6 elements and 6 texts, 6 and 4, 1 and 1, or one
 *   `html` node; µs per block over the same visitor replacing nothing.
 *
 * The contenders alternate article by article; CPU time summed per round,
 * the median over the rounds.
 *
 *   cd bench && npx pnpm@12.4.2 exec node --experimental-strip-types probes/satteri-visitors.ts \
 *     [--articles=300] [--rounds=9]
 */
import { loadavg } from 'node:os';
import { type MdastPluginDefinition, markdownToHtml } from 'satteri';
import { peerCorpus } from '../peer-sampling.ts';
import { median } from '../stats.ts';
import { cpuMs, numbersArg } from './args.ts';

interface Edits {
  replaceNode(node: unknown, replacement: unknown): void;
}
type Visitor = (node: unknown, ctx: Edits) => void;

const [articles = 300] = numbersArg('articles', [300]);
const [rounds = 9] = numbersArg('rounds', [9]);
const blocksPerArticle = 6;

/** Every mdast node type Sätteri visits in these articles and in Markdown generally. */
const everyType = [
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'html',
  'code',
  'definition',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'containerDirective',
  'leafDirective',
  'textDirective',
];

/** A plugin with positions on, as ours has them, and `visitor` on `types`. */
const withVisitors = (name: string, types: string[], visitor: Visitor = () => {}) =>
  ({
    name,
    options: { position: true },
    ...Object.fromEntries(types.map((type) => [type, visitor])),
  }) as unknown as MdastPluginDefinition;

const element = (hName: string, children: unknown[]) => ({ type: 'paragraph', data: { hName }, children });
const text = (value: string) => ({ type: 'text', value });
/** A replacement of a block, by shape: elements and texts. */
const replacements: Record<string, () => unknown[]> = {
  'a tree of 6 elements and 6 texts': () => [
    element('figure', [
      element('blockquote', [element('p', [text('«'), text('Ein Satz.'), text('»')])]),
      element('figcaption', [element('span', [text('Pat Ryder')]), text(', '), element('span', [text('Rolle')])]),
    ]),
  ],
  '6 elements and 4 texts': () => [
    element('figure', [
      element('blockquote', [element('p', [text('«Ein Satz.»')])]),
      element('figcaption', [element('span', [text('Pat Ryder')]), text(', '), element('span', [text('Rolle')])]),
    ]),
  ],
  '1 element and 1 text': () => [element('figure', [text('«Ein Satz.» Pat Ryder, Rolle')])],
  'one html node': () => [{ type: 'html', value: '<figure><blockquote><p>«Ein Satz.»</p></blockquote></figure>' }],
};

const corpusOf = peerCorpus(articles, blocksPerArticle, {
  peer: (_, sentence) => `:::note\n${sentence}\n:::`,
  ours: (_, sentence) => `:::quote{by="Pat Ryder"}\n${sentence}\n:::`,
});

/** Per contender: the documents it renders, its plugins, and what its figure is taken against. */
interface Contender {
  documents: string[];
  plugins: MdastPluginDefinition[];
}
const visitorSets: Record<string, string[]> = {
  'no node type (positions on)': [],
  'every node type': everyType,
  'all but text': everyType.filter((type) => type !== 'text'),
  'paragraph only': ['paragraph'],
  'text only': ['text'],
  'container directives only (none in prose)': ['containerDirective'],
};
const contenders: Record<string, Contender> = {
  'prose, no plugin': { documents: corpusOf.prose, plugins: [] },
  ...Object.fromEntries(
    Object.entries(visitorSets).map(([name, types]) => [
      `prose, empty visitors: ${name}`,
      { documents: corpusOf.prose, plugins: [withVisitors(name, types)] },
    ]),
  ),
  'blocks, a visitor replacing nothing': {
    documents: corpusOf.ours,
    plugins: [withVisitors('nothing', ['containerDirective'])],
  },
  ...Object.fromEntries(
    Object.entries(replacements).map(([name, make]) => [
      `blocks replaced by ${name}`,
      {
        documents: corpusOf.ours,
        plugins: [withVisitors(name, ['containerDirective'], (node, ctx) => ctx.replaceNode(node, make()))],
      },
    ]),
  ),
};

const names = Object.keys(contenders);
const perRound: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  const sums: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  for (let index = 0; index < articles; index++) {
    for (const name of names) {
      const { documents, plugins } = contenders[name] as Contender;
      const document = documents[index] as string;
      sums[name] =
        (sums[name] as number) +
        cpuMs(() => markdownToHtml(document, { features: { directive: true }, mdastPlugins: plugins }));
    }
  }
  for (const name of names) perRound[name]?.push(sums[name] as number);
}
const usPerArticle = (name: string) => (median(perRound[name] ?? []) * 1000) / articles;

console.log(
  `Sätteri, ${articles} articles (the peer corpus, ${blocksPerArticle} blocks each), CPU time, median of ${rounds} rounds; load ${loadavg()[0]?.toFixed(1)}`,
);
console.log('| what | µs added |');
console.log('| --- | --- |');
for (const name of Object.keys(visitorSets)) {
  const added = usPerArticle(`prose, empty visitors: ${name}`) - usPerArticle('prose, no plugin');
  console.log(`| empty visitors on ${name}, per article | ${added.toFixed(1)} |`);
}
for (const name of Object.keys(replacements)) {
  const added =
    (usPerArticle(`blocks replaced by ${name}`) - usPerArticle('blocks, a visitor replacing nothing')) /
    blocksPerArticle;
  console.log(`| a block replaced by ${name}, per block | ${added.toFixed(1)} |`);
}
