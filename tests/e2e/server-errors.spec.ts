import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { copyLoadedDatabase, startSecondServer, type SecondServer } from './second-server';

// A real server fault — the observations table is gone though the database opens — is a 5xx, and
// the server's log names the request that failed.
const DATABASE = `.tmp/broken-${process.env.E2E_PORT ?? 3101}.db`;
let server: SecondServer;

test.beforeAll(async () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true });
  await copyLoadedDatabase(DATABASE);
  const db = new Database(DATABASE);
  db.exec('DROP TABLE Observation');
  db.close();
  server = await startSecondServer(4, DATABASE);
});

test.afterAll(() => server?.stop());

test('a route that fails answers 500 and the failure is logged with its path', async ({ request }) => {
  const response = await request.get(`${server.base}/api/series?partners=CHN`);
  expect(response.status()).toBe(500);
  await expect
    .poll(() => server.output())
    .toMatch(/"event":"request failed","method":"GET","path":"\/api\/series\?partners=CHN"/);
});
