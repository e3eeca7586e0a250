import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Starting a database takes seconds, more on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files share one real PostgreSQL in CI and reset its schema, so they run one at a time.
    fileParallelism: false,
  },
});
