import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A second server on a database file that has no tables: what a reader sees when the data
// cannot be read. It reuses the build made for the main server.
// Beside the main server's port (E2E_PORT, as in playwright.config.ts), so suites on different ports
// do not share this server or its file either.
const PORT = Number(process.env.E2E_PORT ?? 3101) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const EMPTY_DATABASE = `.tmp/unreadable-${PORT}.db`;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  rmSync(EMPTY_DATABASE, { force: true });
  server = spawn('npx', ['next', 'start', '--port', String(PORT)], {
    env: { ...process.env, DATABASE_URL: `file:./${EMPTY_DATABASE}`, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await fetch(`${BASE}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the second server did not start');
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

test('health answers 503 when the database cannot be read', async ({ request }) => {
  const response = await request.get(`${BASE}/api/health`);
  expect(response.status()).toBe(503);
  expect((await response.json()).status).not.toBe('ok');
});

test('the page says the data cannot be shown and offers to try again, without a stack trace', async ({
  page,
}) => {
  await page.goto(BASE);
  await expect(page.getByRole('heading', { name: 'The trade data cannot be shown right now' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/at \S+ \(|\.js:\d+|prisma|SqliteError/i);
});
