// astro.config.mjs
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import newsroom from 'astro-newsroom';

export default defineConfig({
  site: 'https://www.example.com',
  integrations: [newsroom({ locale: 'de-CH' }), mdx()],
});
