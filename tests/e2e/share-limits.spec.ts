import { rmSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { copyLoadedDatabase, startSecondServer, type SecondServer } from './second-server';

// POST /api/share from the dashboard only, as JSON only, at a bounded rate per client, into a
// store of bounded size. A server of its own, with small limits, on a copy of the loaded database.
const DATABASE = `.tmp/share-limits-${process.env.E2E_PORT ?? 3101}.db`;
const MAX_VIEWS = 2;
const PER_MINUTE = 3;
let server: SecondServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true });
  await copyLoadedDatabase(DATABASE);
  const db = new Database(DATABASE);
  db.prepare('DELETE FROM SharedView').run();
  db.close();
  server = await startSecondServer(3, DATABASE, {
    SHARED_VIEWS_MAX: String(MAX_VIEWS),
    SHARE_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
  });
});

test.afterAll(() => server?.stop());

// Each test counts against its own client address (next start keeps a forwarded address it is given).
function share(
  request: APIRequestContext,
  client: string,
  query: string,
  headers: Record<string, string> = {},
) {
  return request.post(`${server.base}/api/share`, {
    data: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...headers },
  });
}

test('a cross-site form post (text/plain, another Origin) is refused and stores nothing', async ({
  request,
}) => {
  const forged = await request.post(`${server.base}/api/share`, {
    data: 'query=partners%3DCHN',
    headers: {
      'content-type': 'text/plain',
      origin: 'https://elsewhere.example',
      'sec-fetch-site': 'cross-site',
      'x-forwarded-for': '198.51.100.1',
    },
  });
  expect(forged.status()).toBe(403);
  const crossSiteJson = await share(request, '198.51.100.1', 'from=2001', {
    origin: 'https://elsewhere.example',
  });
  expect(crossSiteJson.status()).toBe(403);
  const db = new Database(DATABASE, { readonly: true });
  expect(db.prepare('SELECT count(*) AS n FROM SharedView').get()).toEqual({ n: 0 });
  db.close();
});

test('a same-origin post that is not JSON gets 415', async ({ request }) => {
  const response = await request.post(`${server.base}/api/share`, {
    data: 'query=from%3D2000',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: server.base,
      'x-forwarded-for': '198.51.100.2',
    },
  });
  expect(response.status()).toBe(415);
  expect((await response.json()).error).toMatch(/application\/json/);
});

test('the dashboard page itself can still make a short link', async ({ request }) => {
  const response = await share(request, '198.51.100.3', 'from=2003', {
    origin: server.base,
    'sec-fetch-site': 'same-origin',
  });
  expect(response.status()).toBe(200);
});

test('past its per-minute allowance a client gets 429 with Retry-After; another client does not', async ({
  request,
}) => {
  const statuses: number[] = [];
  for (let i = 0; i < PER_MINUTE; i += 1)
    statuses.push((await share(request, '198.51.100.4', 'from=2003')).status());
  expect(statuses).toEqual(Array(PER_MINUTE).fill(200));
  const refused = await share(request, '198.51.100.4', 'from=2003');
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await refused.json()).error).toMatch(/try again/);
  expect((await share(request, '198.51.100.5', 'from=2003')).status()).toBe(200);
});

test('once the store holds its maximum, a new view is refused with 507 and a known one still shared', async ({
  request,
}) => {
  // One view (from=2003) is stored by the tests above; this fills the store.
  expect((await share(request, '198.51.100.6', 'from=2004')).status()).toBe(200);
  const full = await share(request, '198.51.100.6', 'from=2005');
  expect(full.status()).toBe(507);
  expect((await full.json()).error).toMatch(/full/);
  expect((await share(request, '198.51.100.6', 'from=2004')).status()).toBe(200);
});
