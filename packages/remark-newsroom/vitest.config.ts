import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'remark-newsroom',
    include: ['test/**/*.test.ts'],
  },
});
