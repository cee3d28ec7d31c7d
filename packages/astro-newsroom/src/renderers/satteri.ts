/** The on-demand renderer on Sätteri (native addon: Node, not workerd). */
import { satteri } from '@astrojs/markdown-satteri';
import { satteriHastPlugin, satteriMdastPlugin } from '../satteri.js';
import { type CreateSiteRenderer, type SiteRenderer, sharedOptions } from './types.js';

export const createSiteRenderer: CreateSiteRenderer = async (config, report) => {
  // As registered for a static build when no other plugin follows ours: our pass restores unclaimed directives.
  const processor = satteri({
    features: { ...config.markdown.features, directive: true },
    mdastPlugins: [satteriMdastPlugin({ ...config.remark, strict: false, unknownDirectives: 'restore' }, report)],
    hastPlugins: [satteriHastPlugin(config.assets)],
  });
  return (await processor.createRenderer(sharedOptions(config))) as unknown as SiteRenderer;
};
