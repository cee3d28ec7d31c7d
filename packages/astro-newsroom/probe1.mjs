import { markdownToHtml } from 'satteri';
const src = '\uFEFFUm 10:30 Uhr sprachen Leser:innen mit :abbr[HTML]{title="x"}.\n\n## Head `--x` "Flagge"\n\n:::quote{by=x}\nUm "10:30" Uhr\n:::\n';
const plugin = {
  name: 'p', options: { position: true },
  before(root, ctx) {
    console.log('src starts BOM?', ctx.source.charCodeAt(0).toString(16), ctx.source.length);
    const walk = (n, d=0) => { console.log(' '.repeat(d)+n.type, n.name ?? '', JSON.stringify(n.value ?? ''), n.position?.start.offset, n.position?.end.offset); for (const c of n.children ?? []) walk(c, d+1); };
    walk(root);
    // edit: typography in the quote's text, and replace the container with a div holding the original paragraph
    const quote = root.children[2];
    const para = quote.children[0];
    ctx.setProperty(para.children[0], 'value', 'EDITED ');
    ctx.replaceNode(quote, { type: 'paragraph', data: { hName: 'figure' }, children: [para] });
    ctx.replaceNode(root.children[0].children[1], { type: 'text', value: ':30' });
  },
};
const r = await markdownToHtml(src, { features: { directive: true }, mdastPlugins: [plugin] });
console.log(r.html ?? r);
