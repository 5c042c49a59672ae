import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { SeriesResponse } from '../../lib/panel/series-types';

// Two `next start` instances on one PostgreSQL database (playwright.pg.config.ts), as behind a load
// balancer: what one writes, the other serves.

function instances() {
  const { databaseUrl, secondInstanceUrl } = test.info().project.metadata as Record<string, string>;
  return { databaseUrl, second: secondInstanceUrl };
}

// npm run db:load in `cwd`, which holds a data/ folder.
async function load(cwd: string, databaseUrl: string) {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  return promisify(execFile)(tsx, [path.join(process.cwd(), 'lib', 'ingest', 'cli.ts')], {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

test('a short link made on one instance opens on the other', async ({ request, page }) => {
  const { second } = instances();
  const made = await request.post('/api/share', {
    data: { query: 'reporter=KGZ&partners=CHN,TUR&view=table' },
  });
  expect(made.status()).toBe(200);
  const { path: shortPath, query } = await made.json();

  const opened = await request.get(`${second}${shortPath}`, { maxRedirects: 0 });
  expect(opened.status()).toBe(307);
  expect(opened.headers().location).toBe(`/?${query}`);
  await page.goto(`${second}${shortPath}`);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  expect(new URL(page.url())).toMatchObject({ origin: second, search: `?${query}` });
});

// Tajikistan's partners, which no other spec reads: the new edition of its WITS file drops Russia.
const VIEW = '/api/series?reporter=TJK&partners=CHN,RUS';
const TJK_FILE = 'data/worldbank/en_TJK_AllYears_WITS_Trade_Summary.CSV';

async function series(request: APIRequestContext, base: string): Promise<SeriesResponse> {
  const response = await request.get(`${base}${VIEW}`);
  expect(response.status()).toBe(200);
  return response.json();
}

test('a load reaches both instances within 5 seconds, and neither serves a mix', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const { databaseUrl, second } = instances();
  const bases = [baseURL!, second];
  const before = await series(request, bases[0]);
  expect(await series(request, bases[1])).toEqual(before);
  const russia = (body: SeriesResponse) =>
    body.series.filter((s) => s.partner === 'RUS').flatMap((s) => s.points);
  expect(russia(before).some((p) => p.value !== null)).toBe(true);

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'two-instances-'));
  try {
    fs.cpSync(path.join(process.cwd(), 'data'), path.join(root, 'data'), { recursive: true });
    const file = path.join(root, TJK_FILE);
    const edited = fs
      .readFileSync(file, 'utf8')
      .split(/(?<=\n)/)
      .filter((line) => !line.startsWith('Tajikistan,Russian Federation,'));
    fs.writeFileSync(file, edited.join(''));

    // Both instances are read throughout the load; each answer must be the old data or the new.
    const seen: string[] = [];
    let loading = true;
    const loaded = load(root, databaseUrl).finally(() => (loading = false));
    while (loading) {
      for (const base of bases) seen.push(JSON.stringify(await series(request, base)));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await loaded).stdout).toMatch(/^Done: 1 dataset\(s\) loaded/m);
    const committedAt = Date.now();

    // Served by each instance within 5 seconds of the commit (each polls the data version on its
    // own, so one may see it a moment before the other), and the same new data by both.
    const afterOn: SeriesResponse[] = [];
    for (const base of bases) {
      for (;;) {
        const body = await series(request, base);
        if (JSON.stringify(body) !== JSON.stringify(before)) {
          afterOn.push(body);
          break;
        }
        expect(Date.now() - committedAt).toBeLessThan(5_000);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const after = afterOn[1];
    expect(afterOn[0]).toEqual(after);
    expect(after.source?.sha256).not.toBe(before.source?.sha256);
    expect(russia(after).every((p) => p.value === null)).toBe(true);
    const china = (body: SeriesResponse) => body.series.filter((s) => s.partner === 'CHN');
    expect(china(after).map((s) => s.points)).toEqual(china(before).map((s) => s.points));

    const states = new Set([JSON.stringify(before), JSON.stringify(after)]);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter((body) => !states.has(body))).toEqual([]);
  } finally {
    // Back to the published file, for any spec that runs after this one.
    await load(process.cwd(), databaseUrl);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
