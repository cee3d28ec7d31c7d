/**
 * `astro-newsroom/on-demand`: rendering at request time with the
 * integration's own options — for live collections, API routes, server
 * islands and the edge. Import it only in a site that uses `newsroom()`:
 * the options come from the integration through a virtual module.
 */
import config from 'virtual:astro-newsroom/config';
import loaders from 'virtual:astro-newsroom/renderers';
import { createLiveLoader, type NewsroomLiveLoaderOptions } from './live-loader.js';
import { createNewsroomRenderer, type NewsroomRendererOptions } from './render-newsroom.js';

export { articleTag, type NewsroomLiveLoaderOptions, type NewsroomSourceEntry, topicTag } from './live-loader.js';
export type { NewsroomAssets, RenderedNewsroom, RenderNewsroomOptions } from './render-newsroom.js';

/**
 * Renders a newsroom Markdown document (frontmatter optional) as the static
 * build renders it: `{ html, record, assets, frontmatter, headings, diagnostics }`.
 */
export const renderNewsroom = createNewsroomRenderer(config, loaders);

/**
 * A renderer on another processor than the on-demand one (`'unified'` is
 * always there; `'satteri'` only where the site renders on demand with it).
 */
export function createRenderer(options: NewsroomRendererOptions) {
  return createNewsroomRenderer(config, loaders, options);
}

/** A `defineLiveCollection` loader for your own article source, rendered by {@link renderNewsroom}. */
export function newsroomLiveLoader<Filter extends Record<string, unknown> = Record<string, unknown>>(
  options: NewsroomLiveLoaderOptions<Filter>,
) {
  return createLiveLoader(renderNewsroom, options);
}
