// A whole article file, frontmatter and all, without Astro.
import { readFile } from 'node:fs/promises';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';

const path = 'src/content/articles/putin-nordkorea.md';
const file = new VFile({ path, value: await readFile(path, 'utf8') });
matter(file); // file.data.matter: the frontmatter (remark-frontmatter keeps it out of the HTML; lines stay the file's)

await unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkNewsroom, { locale: file.data.matter.locale ?? 'de', typography: true })
  .use(remarkRehype)
  .use(rehypeStringify)
  .process(file);

console.log(file.data.matter.title);
console.log(String(file).includes('<hr>') ? 'frontmatter rendered as text' : 'frontmatter kept out of the HTML');
console.log(`${file.data.newsroom.blocks} blocks, summary: ${file.data.newsroom.summary.items.length} points`);
