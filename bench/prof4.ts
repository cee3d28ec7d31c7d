import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { corpus } from '/work/main/bench/generate.ts';
import { VFile } from '/work/main/packages/remark-newsroom/node_modules/vfile/index.js';

const bodies = corpus(200).map((a) => a.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
const parser = unified().use(remarkParse).use(remarkNewsroom).freeze();
const ours = unified().use(remarkNewsroom).freeze();
const trees = bodies.map((b) => {
  const f = new VFile(b);
  return [parser.parse(f), f];
});
const t0 = performance.now();
for (let r = 0; r < 20; r++)
  for (const [tree, file] of trees) {
    file.data = {};
    ours.runSync(structuredClone(tree), file);
  }
console.log('ms/doc incl clone', ((performance.now() - t0) / 4000).toFixed(3));
