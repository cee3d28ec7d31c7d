import { satteriMdastPlugin } from 'astro-newsroom/satteri';
import { resolveOptions } from 'remark-newsroom/engine';
import { markdownToHtml } from 'satteri';
import { corpus } from '/work/main/bench/generate.ts';

const docs = corpus(300).map((a) => a.markdown);
const settings = resolveOptions({ typography: false, locale: 'de-CH' });
for (let r = 0; r < 5; r++)
  for (const doc of docs)
    await markdownToHtml(doc, {
      mdastPlugins: [satteriMdastPlugin(settings, () => {})],
      features: { directive: true, smartPunctuation: true },
    });
