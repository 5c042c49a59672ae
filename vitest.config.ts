import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      'server-only': path.resolve(__dirname, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', '.tmp/**', 'tests/e2e/**'],
    environment: 'node',
    // Names the *.pg.test.ts files skipped when PG_TEST_URL is not set, and how to run them.
    globalSetup: ['tests/postgres/report-skipped.ts'],
    testTimeout: 30_000,
  },
});
