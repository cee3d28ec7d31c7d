import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'astro-newsroom',
    include: ['test/**/*.test.ts'],
    // Fixture sites are built with Astro's programmatic build(): seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
