import { existsSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { copyLoadedDatabase, startSecondServer, type SecondServer } from './second-server';

// A second server started while its database file is missing: it must not create an empty one,
// must answer 503, and must serve again as soon as the file is put back, without a restart.
const MISSING_DATABASE = `.tmp/missing-${process.env.E2E_PORT ?? 3101}.db`;
let server: SecondServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${MISSING_DATABASE}${suffix}`, { force: true });
  server = await startSecondServer(2, MISSING_DATABASE);
});

test.afterAll(() => {
  server?.stop();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${MISSING_DATABASE}${suffix}`, { force: true });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page answers 503 with a readable message and creates no database file', async ({ page }) => {
    const response = await page.goto(server.base);
    expect(response?.status()).toBe(503);
    await expect(
      page.getByRole('heading', { name: 'The trade data cannot be shown right now' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('could not read its database');
    expect(existsSync(MISSING_DATABASE)).toBe(false);
  });
});

test('the API answers 503 in JSON while the file is missing', async ({ request }) => {
  const response = await request.get(`${server.base}/api/series`);
  expect(response.status()).toBe(503);
  expect(response.headers()['retry-after']).toBeTruthy();
  expect((await response.json()).error).toMatch(/cannot be read/);
});

test('once a loaded database is put in place, the next request is served', async ({ page, request }) => {
  await copyLoadedDatabase(MISSING_DATABASE);
  const health = await request.get(`${server.base}/api/health`);
  expect(health.status()).toBe(200);
  expect((await health.json()).status).toBe('ok');
  const response = await page.goto(server.base);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'China passed Russia in Kazakhstan’s exports',
  );
});
