import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (it has no "exports" map), and so do the Apollo
    // packages; Vite would pick the ESM build for our own imports, making two graphql realms.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Starting a database takes seconds, more on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files share one real PostgreSQL in CI and reset its schema, so they run one at a time.
    fileParallelism: false,
    // One module graph for all files: each file starts its own server and database, and no
    // module keeps per-file state. Re-importing Apollo, MikroORM and type-graphql for every file
    // cost about 5 s a file, most of a run.
    isolate: false,
  },
});
