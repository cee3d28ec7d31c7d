/** The on-demand renderer on unified (JavaScript only: Node and workerd). */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkNewsroomRestore } from 'remark-newsroom';
import { unifiedPlugins } from '../unified.js';
import { type CreateSiteRenderer, type SiteRenderer, sharedOptions } from './types.js';

export const createSiteRenderer: CreateSiteRenderer = async (config, report) => {
  const plugins = unifiedPlugins(config.remark, report, config.assets);
  const shared = sharedOptions(config) as { smartypants?: unknown };
  const standingIn = config.markdown.processor === 'satteri';
  const renderer = (await createMarkdownProcessor({
    ...shared,
    // Standing in for Sätteri: its smart punctuation is CommonMark's (`--` en dash, `---` em dash).
    ...(standingIn && shared.smartypants === true ? { smartypants: { dashes: 'oldschool' } } : {}),
    // As registered for a static build: ours first, the restoration of unclaimed directives last.
    remarkPlugins: [...plugins.remarkPlugins, remarkNewsroomRestore],
    rehypePlugins: [...plugins.rehypePlugins],
  } as never)) as unknown as SiteRenderer;
  if (!standingIn) return renderer;
  // Standing in for Sätteri (workerd): Sätteri's HTML ends with a newline, rehype-stringify's does not.
  return {
    async render(content, options) {
      const result = await renderer.render(content, options);
      return result.code.endsWith('\n') ? result : { ...result, code: `${result.code}\n` };
    },
  };
};
