import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { copyLoadedDatabase, startSecondServer, type SecondServer } from './second-server';

// New PNGs wait in a bounded line for the one PNG worker (lib/serving/svg-as-png.ts): past
// PNG_QUEUE_MAX a reader gets 503 with Retry-After at once instead of a wait that grows with the
// load, and the refusal is never kept. A server of its own, with a line of 2, on a copy of the
// loaded database, so the burst slows no other spec. (Its port is E2E_PORT + 7.)
const DATABASE = `.tmp/png-queue-${process.env.E2E_PORT ?? 3101}.db`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
let server: SecondServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true });
  await copyLoadedDatabase(DATABASE);
  server = await startSecondServer(7, DATABASE, { PNG_QUEUE_MAX: '2' });
});

test.afterAll(() => server?.stop());

// Views nobody asked for before: each one is a new PNG to draw, for the dashboard and an analysis.
const newPngs = Array.from({ length: 16 }, (_, i) =>
  i % 2 === 0
    ? `/api/chart/png?partners=CHN,RUS&from=${1995 + i}&to=2017`
    : `/api/analyses/mirror/png?from=${1995 + i}&to=2017`,
);

test('a burst of new PNGs past the queue is turned away with 503 and Retry-After; the rest are drawn', async () => {
  const answers = await Promise.all(
    newPngs.map(async (path) => {
      const response = await fetch(`${server.base}${path}`);
      return { path, response, bytes: Buffer.from(await response.arrayBuffer()) };
    }),
  );
  const refused = answers.filter((a) => a.response.status === 503);
  const drawn = answers.filter((a) => a.response.status === 200);
  const statuses = answers.map((a) => a.response.status).join(' ');
  expect(refused.length, `statuses: ${statuses}`).toBeGreaterThan(0);
  expect(drawn.length).toBeGreaterThanOrEqual(2);
  expect(refused.length + drawn.length, `statuses: ${statuses}`).toBe(newPngs.length);
  for (const { response } of refused) {
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(response.headers.get('cache-control')).toBe('no-store');
  }
  for (const { response, bytes } of drawn) {
    expect(response.headers.get('content-type')).toBe('image/png');
    expect([...bytes.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  }

  // Coming back after Retry-After, one at a time: the image is drawn (the 503 was not kept).
  await new Promise((resolve) =>
    setTimeout(resolve, Number(refused[0].response.headers.get('retry-after')) * 1000),
  );
  for (const { path } of refused.slice(0, 3)) {
    const again = await fetch(`${server.base}${path}`);
    expect(again.status).toBe(200);
    expect(again.headers.get('content-type')).toBe('image/png');
  }
});
