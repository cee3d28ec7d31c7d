import { markdownToHtml } from 'satteri';
const src = ':::summary\nUm "10:30" Uhr\n\n::topic[x]{href=y}\n:::\n';
for (const order of ['outer-first', 'inner-first']) {
const plugin = {
  name: 'p', options: { position: true },
  before(root, ctx) {
    const outer = root.children[0];
    const para = outer.children[0];
    const leaf = outer.children[1];
    const inner = () => { ctx.replaceNode(para.children[1], { type: 'text', value: ':30' }); ctx.replaceNode(leaf, [{ type: 'paragraph', data: { hName: 'aside' }, children: [{type:'text', value:'TOPIC'}] }, {type:'paragraph', children:[{type:'text', value:'two'}]}]); };
    const outerFn = () => ctx.replaceNode(outer, { type: 'paragraph', data: { hName: 'section' }, children: [...outer.children] });
    if (order === 'inner-first') { inner(); outerFn(); } else { outerFn(); inner(); }
  },
};
const r = await markdownToHtml(src, { features: { directive: true }, mdastPlugins: [plugin] });
console.log(order, r.html);
}
