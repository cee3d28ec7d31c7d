import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { corpus } from '/work/main/bench/generate.ts';
import { VFile } from '/work/main/packages/remark-newsroom/node_modules/vfile/index.js';

const bodies = corpus(200).map((a) => a.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
const mk = (news) => ({
  parse: unified()
    .use(remarkParse)
    .use(news ? remarkNewsroom : remarkDirective)
    .freeze(),
  ours: unified().use(remarkNewsroom).freeze(),
  rehype: unified().use(remarkRehype).freeze(),
  html: unified().use(rehypeStringify).freeze(),
});
const pipes = { base: mk(false), news: mk(true) };
const totals = { base: { parse: 0, ours: 0, rehype: 0, html: 0 }, news: { parse: 0, ours: 0, rehype: 0, html: 0 } };
for (let r = 0; r < 8; r++)
  for (const name of r % 2 ? ['base', 'news'] : ['news', 'base']) {
    const p = pipes[name];
    const t = totals[name];
    for (const body of bodies) {
      const file = new VFile(body);
      let s = performance.now();
      const tree = p.parse.parse(file);
      t.parse += performance.now() - s;
      s = performance.now();
      if (name === 'news') p.ours.runSync(tree, file);
      t.ours += performance.now() - s;
      s = performance.now();
      const hast = p.rehype.runSync(tree, file);
      t.rehype += performance.now() - s;
      s = performance.now();
      p.html.stringify(hast, file);
      t.html += performance.now() - s;
    }
  }
for (const [k, v] of Object.entries(totals))
  console.log(
    k,
    Object.entries(v)
      .map(([a, b]) => `${a} ${Math.round(b)}`)
      .join('  '),
  );
