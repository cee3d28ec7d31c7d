import { satteriMdastPlugin, satteriRestorePlugin } from 'astro-newsroom/satteri';
import { resolveOptions } from 'remark-newsroom/engine';
import { markdownToHtml } from 'satteri';
import { corpus } from '/work/main/bench/generate.ts';

const docs = corpus(300).map((a) => a.markdown);
const settings = resolveOptions({ typography: true, locale: 'de-CH' });
const variants = {
  none: () => [],
  noneSmart: () => [],
  imageOnly: () => [{ name: 'img', image() {} }],
  positionOnly: () => [{ name: 'pos', options: { position: true }, image() {} }],
  paragraphVisitor: () => [{ name: 'p', paragraph() {} }],
  directiveVisitor: () => [{ name: 'd', leafDirective() {}, containerDirective() {}, textDirective() {} }],
  restoreOnly: () => [satteriRestorePlugin()],
  newsroomNoTypo: () => [satteriMdastPlugin(resolveOptions({ typography: false, locale: 'de-CH' }), () => {})],
  newsroomNoRestore: () => [satteriMdastPlugin(settings, () => {})],
  newsroom: () => [satteriMdastPlugin(settings, () => {}), satteriRestorePlugin()],
};
for (let round = 0; round < 2; round++) {
  for (const [name, plugins] of Object.entries(variants)) {
    const t = performance.now();
    for (const doc of docs)
      await markdownToHtml(doc, { mdastPlugins: plugins(), features: { directive: true, smartPunctuation: true } });
    if (round) console.log(name.padEnd(18), (performance.now() - t).toFixed(0), 'ms');
  }
}
