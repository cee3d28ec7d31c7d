import { getViteConfig } from 'astro/config';
import newsroom from './dist/index.js';

// getViteConfig compiles `.astro` files and runs our integration, so tests can
// render the components with Astro's container API.
export default getViteConfig(
  {
    test: {
      name: 'astro-newsroom',
      include: ['test/**/*.test.ts'],
      // Fixture sites are built with Astro's programmatic build(): seconds each.
      testTimeout: 180_000,
      // Fixture sites are built, served and re-versioned by several files: one file at a time.
      fileParallelism: false,
      hookTimeout: 180_000,
    },
  },
  { configFile: false, logLevel: 'error', integrations: [newsroom({ locale: 'de-CH' })] },
);
