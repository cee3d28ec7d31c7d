import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'site-and-packages',
    include: ['browser/**/*.test.ts', 'docs/**/*.test.ts', 'consumer/**/*.test.ts'],
    // fast-check's seed: the same generated host pages on every CI run.
    setupFiles: ['../vitest.setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    // One Chromium at a time on a two-core machine.
    fileParallelism: false,
  },
});
