import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Specs run in a real Chromium against `next start` on a freshly migrated and loaded database.
// On our machines that is Debian's Chromium (Playwright cannot download its own here); on a
// laptop without /usr/bin/chromium, Playwright's own browser (`npx playwright install chromium`).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 3101);
const E2E_DATABASE = `.tmp/e2e-${PORT}.db`; // per port, so two runs on different ports do not share a database

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: existsSync(chromium)
      ? {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `rm -f ${E2E_DATABASE} ${E2E_DATABASE}-wal ${E2E_DATABASE}-shm && mkdir -p .tmp && npx tsx scripts/start.ts`,
    env: {
      PORT: String(PORT),
      PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`, // the address the specs use; links name it
      DATABASE_URL: `file:./${E2E_DATABASE}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 900_000, // a fresh database loads the world (5 M observations: about a minute) before the build
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
