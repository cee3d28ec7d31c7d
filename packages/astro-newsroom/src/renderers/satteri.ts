/** The on-demand renderer on Sätteri (native addon: Node, not workerd). */
import { satteri } from '@astrojs/markdown-satteri';
import { assetMarkup } from '../page-assets-markup.js';
import { satteriHastPlugin, satteriMdastPlugin } from '../satteri.js';
import { type CreateSiteRenderer, type SiteRenderer, sharedOptions } from './types.js';

export const createSiteRenderer: CreateSiteRenderer = async (config, report) => {
  // The page assets as markup around the HTML where their URLs allow it: no hast plugin of ours then.
  const markup = assetMarkup(config.assets);
  // As registered for a static build when no other plugin follows ours: our pass restores unclaimed directives.
  const processor = satteri({
    features: { ...config.markdown.features, directive: true },
    mdastPlugins: [satteriMdastPlugin({ ...config.remark, strict: false, unknownDirectives: 'restore' }, report)],
    hastPlugins: markup ? [] : [satteriHastPlugin(config.assets)],
  });
  const renderer = (await processor.createRenderer(sharedOptions(config))) as unknown as SiteRenderer;
  if (!markup) return renderer;
  return {
    async render(content, options) {
      const result = await renderer.render(content, options);
      const record = result.metadata.frontmatter.newsroom as Parameters<typeof markup.wrap>[1];
      return { ...result, code: markup.wrap(result.code, record) };
    },
  };
};
