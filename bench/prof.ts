import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { corpus } from '/work/main/bench/generate.ts';

const bodies = corpus(Number(process.argv[2] ?? 200)).map((a) => a.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
const baseline = unified().use(remarkParse).use(remarkDirective).use(remarkRehype).use(rehypeStringify).freeze();
const newsroom = unified().use(remarkParse).use(remarkNewsroom).use(remarkRehype).use(rehypeStringify).freeze();
const time = (p) => {
  const t = performance.now();
  for (const b of bodies) p.processSync(b);
  return performance.now() - t;
};
time(baseline);
time(newsroom);
const ratios = [];
for (let round = 0; round < 12; round++) {
  const [a, b] = round % 2 ? [time(newsroom), time(baseline)] : [time(baseline), time(newsroom)].reverse();
  ratios.push(a / b);
}
ratios.sort((x, y) => x - y);
console.log('median ratio', ratios[6].toFixed(3), ratios.map((r) => r.toFixed(2)).join(' '));
