import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startSecondServer, type SecondServer } from './second-server';

// A server of its own on a database holding Kazakhstan's WITS file and the article only; another
// process (as `npm run db:load` would be) then loads Kyrgyzstan's file while the server runs.
const DATABASE = `.tmp/data-version-${process.env.E2E_PORT ?? 3101}.db`;
const URL = `file:./${DATABASE}`;
const KGZ_VIEW = '?reporter=KGZ&partners=CHN,RUS';
let server: SecondServer;
let BASE = '';

// Runs tests/e2e/load-datasets.ts in a process of its own; what it loaded and the version it wrote.
function load(...ids: string[]): { loaded: string[]; dataVersion: number | null } {
  const output = execFileSync('npx', ['tsx', 'tests/e2e/load-datasets.ts', ...ids], {
    env: { ...process.env, DATABASE_URL: URL },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop()!);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync('.tmp', { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true });
  load('wits-KAZ');
  server = await startSecondServer(5, DATABASE);
  BASE = server.base;
});

test.afterAll(() => server?.stop());

test('a load committed by another process is served by the very next request', async ({ request }) => {
  test.setTimeout(120_000);
  const before = await request.get(`${BASE}/api/series${KGZ_VIEW}`);
  expect(before.status()).toBe(200);
  expect((await before.json()).source).toBeNull(); // no file covers Kyrgyzstan yet
  const oldEtag = before.headers()['etag'];
  const page = await request.get(`${BASE}/${KGZ_VIEW}`);
  const oldPageEtag = page.headers()['etag'];
  // Asked again with what the reader holds: nothing changed, so 304.
  const again = await request.get(`${BASE}/api/series${KGZ_VIEW}`, { headers: { 'if-none-match': oldEtag } });
  expect(again.status()).toBe(304);

  const summary = load('wits-KAZ', 'wits-KGZ');
  expect(summary.loaded).toEqual(['data/worldbank/en_KGZ_AllYears_WITS_Trade_Summary.CSV']);

  const after = await request.get(`${BASE}/api/series${KGZ_VIEW}`, { headers: { 'if-none-match': oldEtag } });
  expect(after.status()).toBe(200);
  const body = await after.json();
  expect(body.source.id).toBe('wits-KGZ');
  expect(
    body.series
      .flatMap((s: { points: { value: number | null }[] }) => s.points)
      .some((p: { value: number | null }) => p.value !== null),
  ).toBe(true);
  expect(after.headers()['etag']).not.toBe(oldEtag);
  const pageAfter = await request.get(`${BASE}/${KGZ_VIEW}`, { headers: { 'if-none-match': oldPageEtag } });
  expect(pageAfter.status()).toBe(200);
});
