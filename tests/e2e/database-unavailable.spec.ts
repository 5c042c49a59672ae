import { rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startSecondServer, type SecondServer } from './second-server';

// A second server on a database file that is not SQLite at all: what a reader sees when the
// data cannot be read. Every route answers 503, never a 500 or a blank page.
const CORRUPT_DATABASE = `.tmp/corrupt-${process.env.E2E_PORT ?? 3101}.db`;
let server: SecondServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  rmSync(`${CORRUPT_DATABASE}-wal`, { force: true });
  rmSync(`${CORRUPT_DATABASE}-shm`, { force: true });
  writeFileSync(CORRUPT_DATABASE, 'this is not a database\n'.repeat(200));
  server = await startSecondServer(1, CORRUPT_DATABASE);
});

test.afterAll(() => server?.stop());

test('health answers 503 when the database cannot be read', async ({ request }) => {
  const response = await request.get(`${server.base}/api/health`);
  expect(response.status()).toBe(503);
  expect((await response.json()).status).not.toBe('ok');
});

test('every route answers 503 with a body that says why', async ({ request }) => {
  for (const path of ['/', '/embed', '/api/series', '/api/series/csv', '/api/chart/svg', '/v/abcdefghij']) {
    const response = await request.get(`${server.base}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(503);
    expect(await response.text(), path).toMatch(/cannot (be shown|be read)/);
  }
  const share = await request.post(`${server.base}/api/share`, { data: { query: 'from=2000' } });
  expect(share.status()).toBe(503);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the data cannot be shown and offers to try again, without a stack trace', async ({
    page,
  }) => {
    const response = await page.goto(server.base);
    expect(response?.status()).toBe(503);
    await expect(
      page.getByRole('heading', { name: 'The trade data cannot be shown right now' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/at \S+ \(|\.js:\d+|prisma|SqliteError/i);
  });
});
