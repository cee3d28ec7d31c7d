import { fileURLToPath } from 'node:url';
import type { ResolvedOptions } from 'remark-newsroom/options';
import type { MarkdownSettings } from './markdown-settings.js';
import type { ConsentOptions, Publisher } from './options.js';
import type { PageAssets } from './page-assets.js';

/** What the components need of the integration's options. */
export interface ComponentConfig {
  /** The block options, resolved once by the integration. */
  remark: ResolvedOptions;
  publisher?: Publisher | undefined;
  assets: PageAssets;
  /** The site's Markdown pipeline, for pages rendered on demand (render-newsroom.ts). */
  markdown: MarkdownSettings;
  consent: ConsentOptions;
}

const id = 'virtual:astro-newsroom/config';
const resolved = `\0${id}`;
/**
 * `virtual:astro-newsroom/config`: the options, for components and on-demand
 * rendering in the site. The block options cross as JSON: they are no longer
 * the resolved value, so the site's first use validates them once (the
 * components keep the result per object, see render.ts); nothing can mark
 * data as resolved without that check.
 */
export function virtualConfigPlugin(config: ComponentConfig) {
  return {
    name: 'astro-newsroom:config',
    resolveId(source: string) {
      return source === id ? resolved : undefined;
    },
    load(source: string) {
      if (source !== resolved) return undefined;
      return `export default ${JSON.stringify(config)};`;
    },
  };
}

const renderersId = 'virtual:astro-newsroom/renderers';
const renderersResolved = `\0${renderersId}`;

/**
 * `virtual:astro-newsroom/renderers`: loaders of the on-demand renderers this
 * server bundle may use — unified always (JavaScript only), Sätteri only
 * where it renders on demand, so a workerd bundle never includes its native addon.
 */
export function virtualRenderersPlugin(onDemand: () => 'satteri' | 'unified') {
  const file = (name: string) => JSON.stringify(fileURLToPath(new URL(`./renderers/${name}.js`, import.meta.url)));
  return {
    name: 'astro-newsroom:renderers',
    resolveId(source: string) {
      return source === renderersId ? renderersResolved : undefined;
    },
    load(source: string) {
      if (source !== renderersResolved) return undefined;
      const satteri = onDemand() === 'satteri' ? `satteri: () => import(${file('satteri')}),` : '';
      return `export default { ${satteri} unified: () => import(${file('unified')}) };`;
    },
  };
}
