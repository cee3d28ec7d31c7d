import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import newsroom from 'astro-newsroom';

export default defineConfig({
  site: 'http://localhost:4322',
  integrations: [
    // Before Starlight: Starlight turns directives it does not know back into text.
    newsroom({ locale: 'en' }),
    starlight({
      title: 'newsroom',
      description: 'Markdown building blocks for news pages: astro-newsroom and remark-newsroom.',
      // Our blocks in Starlight's colours, light and dark.
      customCss: ['astro-newsroom/styles/starlight.css'],
      sidebar: [
        { label: 'Start', items: ['getting-started', 'example-site', 'from-agency-copy'] },
        { label: 'Blocks', items: [{ autogenerate: { directory: 'blocks' } }] },
        {
          label: 'Guides',
          items: [
            'configuration',
            'locales-and-typography',
            'privacy-and-consent',
            'consent-and-cmps',
            'structured-data',
            'distribution',
            'diagnostics',
            'theming',
            'satteri-and-unified',
            'performance',
            'on-demand',
            'recipes',
          ],
        },
      ],
    }),
  ],
});
