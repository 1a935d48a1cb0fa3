import { defineConfig } from 'vitest/config';

// Unit tests (pure, no database) and integration tests (*.int.test.ts: PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set) run in one vitest invocation; browser tests run under Playwright (e2e/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'web/**', 'e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
