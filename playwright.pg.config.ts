import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';
import { withDatabase } from './prisma/postgres/postgres-migration-adapter';

// The browser and API specs on PostgreSQL (npm run test:pg): two instances on one freshly migrated
// and loaded PostgreSQL database, as behind a load balancer. The first runs scripts/start.ts
// (migrate, load, build when stale, serve); the second only serves (--serve-only), once the
// first is up (Playwright starts web servers one after another), as `npm run serve` does.
const FIRST_PORT = Number(process.env.E2E_PG_PORT ?? Number(process.env.E2E_PORT ?? 3101) + 1);
const SECOND_PORT = FIRST_PORT + 1;
const SERVER_URL = process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE_URL = withDatabase(SERVER_URL, `dash_pg_e2e_${FIRST_PORT}`);
const env = { DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  ...baseConfig,
  testDir: 'tests',
  testMatch: [
    'e2e/series-api.spec.ts',
    'e2e/short-links.spec.ts',
    'e2e/dashboard.spec.ts',
    'e2e-postgres/*.spec.ts',
  ],
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${FIRST_PORT}` },
  projects: (baseConfig.projects ?? []).map((project) => ({
    ...project,
    name: `${project.name}-postgres`,
    metadata: { databaseUrl: DATABASE_URL, secondInstanceUrl: `http://127.0.0.1:${SECOND_PORT}` },
  })),
  webServer: [
    {
      command: `npx tsx tests/postgres/recreate-database.ts ${DATABASE_URL} && npx tsx scripts/start.ts`,
      env: { ...env, PORT: String(FIRST_PORT), PUBLIC_ORIGIN: `http://127.0.0.1:${FIRST_PORT}` },
      url: `http://127.0.0.1:${FIRST_PORT}/api/health`,
      timeout: 600_000, // the whole world: a first load on PostgreSQL takes minutes on a busy machine
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'npx tsx scripts/start.ts --serve-only',
      env: { ...env, PORT: String(SECOND_PORT), PUBLIC_ORIGIN: `http://127.0.0.1:${SECOND_PORT}` },
      url: `http://127.0.0.1:${SECOND_PORT}/api/health`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
