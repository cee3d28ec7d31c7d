import { fileURLToPath } from 'node:url';
import type { Options } from 'remark-newsroom';
import type { Publisher } from './options.js';
import type { PageAssets } from './page-assets.js';

/** What the components need of the integration's options. */
export interface ComponentConfig {
  remark: Options;
  publisher?: Publisher | undefined;
  assets: PageAssets;
}

const id = 'virtual:astro-newsroom/config';
const resolved = `\0${id}`;
const stylesId = 'virtual:astro-newsroom/styles.css';

/**
 * `virtual:astro-newsroom/config`: the options, for components rendered in the
 * site. `virtual:astro-newsroom/styles.css`: our stylesheet (an empty one with
 * `styles: false`), which components import so Astro links it once, in the head.
 */
export function virtualConfigPlugin(config: ComponentConfig) {
  const stylesheet = fileURLToPath(
    new URL(`../styles/${config.assets.stylesheet ? 'newsroom' : 'empty'}.css`, import.meta.url),
  );
  return {
    name: 'astro-newsroom:config',
    resolveId(source: string) {
      if (source === stylesId) return stylesheet;
      return source === id ? resolved : undefined;
    },
    load(source: string) {
      return source === resolved ? `export default ${JSON.stringify(config)};` : undefined;
    },
  };
}
