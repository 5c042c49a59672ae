import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startSecondServer, type SecondServer } from './second-server';

// A server of its own on a database holding Kazakhstan's WITS file and the article only; another
// process (as `npm run db:load` would be) then loads Kyrgyzstan's file while the server runs.
const DATABASE = `.tmp/data-version-${process.env.E2E_PORT ?? 3101}.db`;
const URL = `file:./${DATABASE}`;
const KGZ_VIEW = '?reporter=KGZ&partners=CHN,RUS';
const KAZ_ONLY = `${DATABASE}.kaz-only`;
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
  copyFileSync(DATABASE, KAZ_ONLY); // the state before Kyrgyzstan's load, to put back later
  // Small request timeouts, so the stalled-request test below takes seconds (defaults: 30 s and 10 s).
  server = await startSecondServer(5, DATABASE, {
    SERVER_REQUEST_TIMEOUT_MS: '3000',
    SERVER_HEADERS_TIMEOUT_MS: '2000',
  });
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

// What `mv new.db data.db`, `rm`, `chmod 000` or a damaged file do to a running server: the next
// requests (within a second or two) serve the new file, or 503 while there is none to read.
test('a replaced, deleted, unreadable or corrupt database file is noticed within seconds', async ({
  request,
}) => {
  test.setTimeout(60_000);
  const kgzSource = async () => {
    const response = await request.get(`${BASE}/api/series${KGZ_VIEW}`);
    return response.status() === 200 ? ((await response.json()).source?.id ?? null) : response.status();
  };
  expect(await kgzSource()).toBe('wits-KGZ'); // the first test loaded it
  const page = await request.get(`${BASE}/${KGZ_VIEW}`);
  expect(page.status()).toBe(200);

  const live = new Database(DATABASE, { readonly: true }); // its WAL holds Kyrgyzstan's load
  await live.backup(`${DATABASE}.with-kgz`);
  live.close();
  renameSync(`${KAZ_ONLY}`, `${DATABASE}.next`);
  rmSync(`${DATABASE}-wal`, { force: true });
  rmSync(`${DATABASE}-shm`, { force: true });
  renameSync(`${DATABASE}.next`, DATABASE); // mv kaz-only.db data.db
  await expect.poll(kgzSource, { timeout: 5_000 }).toBeNull();
  const pageAfter = await request.get(`${BASE}/${KGZ_VIEW}`, {
    headers: { 'if-none-match': page.headers()['etag'] },
  });
  expect(pageAfter.status()).toBe(200);

  chmodSync(DATABASE, 0o000);
  try {
    if (process.getuid?.() !== 0) await expect.poll(kgzSource, { timeout: 5_000 }).toBe(503);
  } finally {
    chmodSync(DATABASE, 0o644);
  }
  await expect.poll(kgzSource, { timeout: 5_000 }).toBeNull();

  writeFileSync(DATABASE, 'this is not a database\n'.repeat(200));
  await expect.poll(kgzSource, { timeout: 5_000 }).toBe(503);
  expect((await request.get(`${BASE}/${KGZ_VIEW}`)).status()).toBe(503);

  rmSync(DATABASE);
  await expect.poll(kgzSource, { timeout: 5_000 }).toBe(503);

  renameSync(`${DATABASE}.with-kgz`, DATABASE);
  await expect.poll(kgzSource, { timeout: 5_000 }).toBe('wits-KGZ');
});

// A client that promises a long body and stops sending: the server closes the connection once
// its request timeout passes (SERVER_REQUEST_TIMEOUT_MS, 3 s for this server) instead of holding it.
test('a request that stalls halfway is closed in bounded time', async () => {
  const { port, hostname } = new globalThis.URL(BASE);
  const started = Date.now();
  const closedAfter = await new Promise<number>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /api/share HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 999999\r\n\r\n`,
      );
      socket.write('{"query":"from=2000",' + ' '.repeat(9));
    });
    socket.on('error', () => {});
    socket.resume(); // read what the server sends (its 408), so its close reaches us
    socket.on('close', () => resolve(Date.now() - started));
    setTimeout(() => {
      socket.destroy();
      reject(
        new Error(`the server still held the stalled request after 15 s\n${server.output().slice(-1500)}`),
      );
    }, 15_000);
  });
  expect(closedAfter).toBeLessThan(10_000);
});
