import { markdownToHtml } from 'satteri';
let md = ''; const N=5; for (let i=0;i<N;i++) md += ':::quote{by=x}\n'; md += 'hi\n'; for (let i=0;i<N;i++) md += ':::\n';
const plugin = { name:'p', options:{position:true}, before(root, ctx) { let d=0, n=root; while (n.children?.[0]) { if (n.type==='containerDirective') d++; n = n.children[0]; } console.log('sat nest', d);
 const walk = (n, d=0) => { console.log(' '.repeat(d)+n.type, n.name ?? '', JSON.stringify(n.value ?? ''), n.position?.start.offset, n.position?.end.offset); for (const c of n.children ?? []) walk(c, d+1); };
 } };
await markdownToHtml(md, { features: { directive: true }, mdastPlugins: [plugin] });
const p2 = { name:'p', options:{position:true}, before(root, ctx) { const walk = (n, d=0) => { console.log(' '.repeat(d)+n.type, n.name ?? '', JSON.stringify(n.value ?? ''), n.position?.start.offset, n.position?.end.offset, n.position?.start.line+':'+n.position?.start.column); for (const c of n.children ?? []) walk(c, d+1); }; walk(root); console.log(JSON.stringify(ctx.source)); } };
await markdownToHtml('\uFEFFUm 10:30 Uhr\r\nzwei\0x :a[b\0]', { features: { directive: true }, mdastPlugins: [p2] });
