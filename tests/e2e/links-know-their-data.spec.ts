import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  INDICATORS,
  NEW_VINTAGE,
  OLD_VINTAGE,
  readVintageCells,
} from '../fixtures/wits-kgz-vintages/vintage-cells';
import { startSecondServer, type SecondServer } from './second-server';

// Real vintages, on a server and database of their own: Kyrgyzstan's WITS file as published to
// 2015 is loaded (data version 1), a link is made, the file as published to 2018 is loaded
// (version 2), and the link is opened. Expected numbers are counted here from the two CSV files
// with papaparse, not by the code under test.

test.describe.configure({ mode: 'serial' });

const PORT = process.env.E2E_PORT ?? 3101;
const DATABASE = `.tmp/versions-${PORT}.db`;
const ROOT = `.tmp/versions-root-${PORT}`;
let server: SecondServer;

function loadVintage(vintage: 'old' | 'new') {
  execFileSync('npx', ['tsx', 'tests/e2e/kgz-vintage-data.ts', vintage, ROOT], {
    env: { ...process.env, DATABASE_URL: `file:./${DATABASE}` },
    stdio: 'pipe',
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true });
  rmSync(ROOT, { recursive: true, force: true });
  loadVintage('old');
  server = await startSecondServer(6, DATABASE);
});

test.afterAll(() => server?.stop());

const VIEW = '?reporter=KGZ'; // China and Russia, imports and exports, shares, 1995–2017
const PARTNERS = { CHN: 'China', RUS: 'Russian Federation' } as const;
const SHARE_ROWS = { import: INDICATORS.shareImport, export: INDICATORS.shareExport } as const;
const before = readVintageCells(OLD_VINTAGE);
const after = readVintageCells(NEW_VINTAGE);

// Every (partner, flow, year) of the view whose share differs between the two files.
const changedInView: { partner: string; flow: 'import' | 'export'; year: number; then: number | null }[] = [];
for (const flow of ['import', 'export'] as const)
  for (const [code, name] of Object.entries(PARTNERS))
    for (let year = 1995; year <= 2017; year += 1) {
      const key = `${name}|${SHARE_ROWS[flow]}|${year}`;
      if (before.get(key) !== after.get(key))
        changedInView.push({ partner: code, flow, year, then: before.get(key) ?? null });
    }

async function open(page: Page, path: string) {
  await page.goto(`${server.base}${path}`);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
}

let copiedLink = '';
let shortLink = '';

test('links made on the first version carry it', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, `/${VIEW}`);
  await expect(page.getByTestId('version-notice')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  copiedLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copiedLink).searchParams.get('v')).toBe('1');

  await page.getByRole('button', { name: 'Short link' }).click();
  const field = page.getByLabel('Short link');
  await expect(field).toHaveValue(/\/v\/[A-Za-z0-9_-]+$/);
  shortLink = new URL(await field.inputValue()).pathname;

  loadVintage('new'); // the newer vintage is published
});

test('the link opens on today’s data and counts exactly the values of its view that changed', async ({
  page,
}) => {
  expect(changedInView.length).toBeGreaterThan(0);
  await open(page, new URL(copiedLink).pathname + new URL(copiedLink).search);
  const notice = page.getByTestId('version-notice');
  await expect(notice).toContainText(
    `${changedInView.length} values in this view changed since this link was made (data version 1,`,
  );
  await expect(notice).toContainText('today’s data (data version 2)');
  // today's values are on screen: the newer file's
  const todayImport = after.get(`China|${SHARE_ROWS.import}|2017`);
  expect(todayImport).toBeDefined();
  await page.getByTestId('panel-import').getByRole('button', { name: 'Show table' }).click();
  await expect(
    page.getByTestId('table-import').locator('tr', { hasText: '2017' }).locator('td[data-partner="CHN"]'),
  ).toHaveAttribute('data-value', String(todayImport));
});

test('the switch draws the link’s values beside today’s and lists each change with its old value', async ({
  page,
}) => {
  await open(page, new URL(copiedLink).pathname + new URL(copiedLink).search);
  await page.getByRole('link', { name: /Show the link’s original values/ }).click();
  await expect(page).toHaveURL(/compare=on/);
  const rows = page.getByTestId('changes-table').locator('tbody tr');
  await expect(rows).toHaveCount(changedInView.length);
  for (const change of changedInView) {
    const row = page
      .getByTestId('changes-table')
      .locator(`tr[data-partner="${change.partner}"][data-flow="${change.flow}"]`)
      .filter({ has: page.getByRole('rowheader', { name: String(change.year), exact: true }) });
    await expect(row.locator('td[data-value]').first()).toHaveAttribute(
      'data-value',
      change.then === null ? '' : String(change.then),
    );
  }
  const legend = page.getByTestId('panel-import').getByRole('list', { name: 'Legend' });
  await expect(legend.locator('[data-link-version]')).not.toHaveCount(0);
  await expect(legend.locator('[data-link-version]').first()).toContainText('as of data version 1');

  await page.getByTestId('version-notice').screenshot({ path: test.info().outputPath('notice-desktop.png') });
  await page.screenshot({ path: test.info().outputPath('compare-desktop.png'), fullPage: true });
  await page.getByTestId('panel-import').screenshot({ path: test.info().outputPath('panel-desktop.png') });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByTestId('version-notice').screenshot({ path: test.info().outputPath('notice-375.png') });
  await page.getByTestId('panel-import').screenshot({ path: test.info().outputPath('panel-375.png') });

  // without JavaScript the switch is a plain link to the same view
  expect(
    await page.getByRole('link', { name: /Hide the link’s original values/ }).getAttribute('href'),
  ).not.toContain('compare=on');
});

test('the API and the CSV give the first file’s values as of version 1', async ({ request }) => {
  const body = await (await request.get(`${server.base}/api/series${VIEW}&asOf=1`)).json();
  expect(body.dataVersion).toBe(1);
  for (const series of body.series)
    for (const point of series.points)
      expect(point.value, `${series.partner} ${series.flow} ${point.year}`).toBe(
        before.get(
          `${PARTNERS[series.partner as 'CHN']}|${SHARE_ROWS[series.flow as 'import']}|${point.year}`,
        ) ?? null,
      );
  const csv = await (await request.get(`${server.base}/api/series/csv${VIEW}&asOf=1`)).text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.length).toBe(body.series.length * 23);
  expect(new Set(rows.map((row) => row.data_version))).toEqual(new Set(['1']));
  for (const row of rows)
    expect(row.value === '' ? null : Number(row.value), `${row.partner} ${row.flow} ${row.year}`).toBe(
      before.get(`${PARTNERS[row.partner as 'CHN']}|${SHARE_ROWS[row.flow as 'import']}|${row.year}`) ?? null,
    );

  const versions = await (await request.get(`${server.base}/api/versions`)).json();
  expect(versions.current).toBe(2);
  const kgz = versions.versions[0].datasets.find((d: { datasetId: string }) => d.datasetId === 'wits-KGZ');
  expect(kgz.kind).toBe('revised');
});

test('the short link keeps its version; a link on today’s version says nothing; a bad one is named', async ({
  page,
}) => {
  await open(page, shortLink);
  await expect(page).toHaveURL(/v=1/);
  await expect(page.getByTestId('version-notice')).toContainText(`${changedInView.length} values`);

  await open(page, `/${VIEW}&v=2`);
  await expect(page.getByTestId('version-notice')).toHaveCount(0);

  await open(page, `/${VIEW}&v=99`);
  await expect(page.getByTestId('version-notice')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('v: expected');
});
