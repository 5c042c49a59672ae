import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The data-versions spec needs a database it can change under a running server: its own server,
// on the same port as the main suite (run one after the other), with only Kyrgyzstan's WITS file
// at its oldest vintage loaded; the spec loads the newer vintage itself.
const PORT = Number(process.env.E2E_PORT ?? 3101);
const DATABASE = `.tmp/e2e-versions-${PORT}.db`;

export default defineConfig({
  ...base,
  testDir: 'tests/e2e/versions',
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  webServer: {
    command:
      `rm -f ${DATABASE} ${DATABASE}-wal ${DATABASE}-shm && mkdir -p .tmp && ` +
      `npx tsx tests/e2e/versions/vintage-server.ts old && npx tsx scripts/build-if-stale.ts && ` +
      `npx next start --port ${PORT}`,
    env: { PORT: String(PORT), DATABASE_URL: `file:./${DATABASE}`, NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
