import cloudflare from '@astrojs/cloudflare';
import { cacheCloudflare } from '@astrojs/cloudflare/cache';
import { defineConfig } from 'astro/config';
import newsroom from 'astro-newsroom';
import { bundledArticles } from './bundled-articles.mjs';
import { newsroomOptions } from './newsroom.config.mjs';

// The same site on Cloudflare Workers (workerd): the same pages, the articles
// bundled into the worker (workerd has no SQLite file), Cloudflare's cache.
// `astro build --config astro.config.cloudflare.mjs` writes dist-cloudflare/.
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'server',
  outDir: 'dist-cloudflare',
  // No Cloudflare Images binding (it is remote); the static pages prerender in Node.
  adapter: cloudflare({ imageService: 'passthrough', prerenderEnvironment: 'node' }),
  cache: { provider: cacheCloudflare() },
  integrations: [newsroom(newsroomOptions)],
  vite: {
    plugins: [bundledArticles(process.env.NEWSROOM_STATIC_ARTICLES ?? '../news-site/src/content/articles')],
    resolve: { alias: { '#store': new URL('./src/store/bundled.ts', import.meta.url).pathname } },
  },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
