import rehypeStringify from 'rehype-stringify';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const markdown = ':::summary\n- Putin ist in Nordkorea eingetroffen.\n:::\n\n::poll{title="Ohne ID"}';

const file = await unified()
  .use(remarkParse)
  .use(remarkNewsroom, { locale: 'de-CH', typography: true })
  .use(remarkRehype)
  .use(rehypeStringify)
  .process(markdown);

console.log(String(file)); // the HTML
console.log(file.data.newsroom.summary); // what was rendered (see API)
console.log(file.messages.map(String)); // diagnostics, with line and column
