import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
const src = '\uFEFFUm 10:30 Uhr\r\nzwei\0x :a[b\0]';
const tree = unified().use(remarkParse).use(remarkDirective).parse(src);
const walk = (n, d=0) => { console.log(' '.repeat(d)+n.type, n.name ?? '', JSON.stringify(n.value ?? ''), n.position?.start.offset, n.position?.end.offset, n.position?.start.line+':'+n.position?.start.column); for (const c of n.children ?? []) walk(c, d+1); };
walk(tree);
// nesting
let md = ''; const N=5; for (let i=0;i<N;i++) md += ':::quote{by=x}\n'; md += 'hi\n'; for (let i=0;i<N;i++) md += ':::\n';
const t2 = unified().use(remarkParse).use(remarkDirective).parse(md);
let d=0, n=t2; while (n.children?.[0]) { if (n.type==='containerDirective') d++; n = n.children[0]; } console.log('nest depth', d);
