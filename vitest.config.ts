import { defineConfig } from 'vitest/config';

/**
 * Test tiers, named by file suffix (STYLE.md):
 *   unit     `*.test.ts`              no I/O beyond reading fixtures
 *   storage  `*.integration.test.ts`  real databases: PGlite always, PostgreSQL when
 *                                     MARKETOPS_TEST_DATABASE_URL is set
 *   e2e      `e2e/**\/*.e2e.test.ts`  a real server and Debian's headless Chromium
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'storage',
          include: ['packages/*/src/**/*.integration.test.ts', 'packages/*/test/**/*.integration.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Why: the PostgreSQL run shares one database; files must not reset it under each other.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
