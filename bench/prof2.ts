import rehypeStringify from 'rehype-stringify';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { corpus } from '/work/main/bench/generate.ts';

const bodies = corpus(300).map((a) => a.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
const newsroom = unified().use(remarkParse).use(remarkNewsroom).use(remarkRehype).use(rehypeStringify).freeze();
for (let round = 0; round < 4; round++) for (const b of bodies) newsroom.processSync(b);
