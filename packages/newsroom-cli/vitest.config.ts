import { defineConfig } from 'vitest/config';
import floors from '../../coverage-floors.json' with { type: 'json' };

export default defineConfig({
  test: {
    name: 'newsroom-cli',
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
      thresholds: floors['newsroom-cli'].floor,
    },
    testTimeout: 60_000,
  },
});
