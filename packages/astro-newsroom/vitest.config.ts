import { getViteConfig } from 'astro/config';
import floors from '../../coverage-floors.json' with { type: 'json' };
import newsroom from './dist/index.js';

// getViteConfig compiles `.astro` files and runs our integration, so tests can
// render the components with Astro's container API.
export default getViteConfig(
  {
    test: {
      name: 'astro-newsroom',
      include: ['test/**/*.test.ts'],
      // One seed for generated cases in CI (why: the file's comment).
      setupFiles: ['../../vitest.setup.ts'],
      // Coverage of src/ by the tests that run in-process (`vitest run --coverage`, the package's test script); istanbul
      // instruments src/ only, where V8 would count the parsers' and Astro's code too (slower; CONTRIBUTING.md);
      // the floor is coverage-floors.json, which `npx pnpm@12.4.2 run coverage-floor` raises (CONTRIBUTING.md).
      coverage: {
        provider: 'istanbul',
        include: ['src/**'],
        reporter: ['text-summary', 'json-summary'],
        thresholds: floors['astro-newsroom'].floor,
      },
      // Fixture sites are built with Astro's programmatic build(): seconds each.
      testTimeout: 180_000,
      // Fixture sites are built, served and re-versioned by several files: one file at a time.
      fileParallelism: false,
      hookTimeout: 180_000,
    },
  },
  { configFile: false, logLevel: 'error', integrations: [newsroom({ locale: 'de-CH' })] },
);
