import { PROFILE_INDICATORS } from '../fixtures/wits-kgz-vintages/vintage-cells';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Papa from 'papaparse';

// /profile (issue 21): what an economy trades, by WITS product group, with its indicators. Every
// expected number is read here from the WITS file itself with papaparse, never from the app's code.

type Row = Record<string, string>;
const fileOf = (code: string) => `data/worldbank/en_${code}_AllYears_WITS_Trade_Summary.CSV`;
const rowsOf = (code: string): Row[] =>
  Papa.parse<Row>(fs.readFileSync(fileOf(code), 'latin1'), { header: true, skipEmptyLines: true }).data;
const GROUPS = [
  'Animal',
  'Vegetable',
  'Food Products',
  'Minerals',
  'Fuels',
  'Chemicals',
  'Plastic or Rubber',
  'Hides and Skins',
  'Wood',
  'Textiles and Clothing',
  'Footwear',
  'Stone and Glass',
  'Metals',
  'Mach and Elec',
  'Transportation',
  'Miscellaneous',
];
const cell = (rows: Row[], indicator: string, product: string, year: number): number | null => {
  const text = rows.find((r) => r.Indicator === indicator && r['Product categories'] === product)?.[
    String(year)
  ];
  return text === undefined || text.trim() === '' ? null : Number(text);
};
const exportShares = (rows: Row[], year: number) =>
  GROUPS.map((group) => ({ group, share: cell(rows, 'Export Product share(%)', group, year) })).filter(
    (g): g is { group: string; share: number } => g.share !== null,
  );
const pct = (value: number) => `${value.toFixed(2)} %`;

const KAZ = rowsOf('KAZ');

test('Kazakhstan: its largest export groups in 2017 with the change since 1995, read from the WITS file', async ({
  page,
}) => {
  await page.goto('/profile?reporter=KAZ');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What Kazakhstan trades');
  const shares = exportShares(KAZ, 2017).sort((a, b) => b.share - a.share);
  const table = page.getByTestId('groups-export');
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText(shares[0].group);
  for (const { group, share } of shares.slice(0, 5)) {
    const row = table.locator(`tr[data-group="${group}"]`);
    await expect(row.locator('td').first()).toHaveText(pct(share));
    const base = cell(KAZ, 'Export Product share(%)', group, 1995)!;
    const change = share - base;
    const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
    await expect(row.locator('td').nth(3)).toHaveText(`${sign}${Math.abs(change).toFixed(2)} pp`);
  }
  // The file has no product groups of Kazakhstan's imports (only the stages): said, not hidden.
  expect(
    KAZ.some((r) => r.Indicator === 'Import Product share(%)' && GROUPS.includes(r['Product categories'])),
  ).toBe(false);
  await expect(page.getByTestId('gap-import')).toContainText(
    'WITS publishes no product-group figures of Kazakhstan’s imports',
  );
  // Stages of processing, both flows.
  const stages = page.getByTestId('stages');
  const raw = cell(KAZ, 'Import Product share(%)', 'Raw materials', 2017)!;
  await expect(stages.locator('tr[data-stage="Raw materials"] td').nth(1)).toHaveText(pct(raw));
  // An indicator, its value in the year.
  const gdp = cell(KAZ, 'GDP (current US$ Mil)', '...', 2017)!;
  const gdpText = `${gdp.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} US$ m`;
  await expect(page.getByTestId('indicators').locator('tr[data-indicator^="GDP"] td').first()).toHaveText(
    gdpText,
  );
  await expect(page.getByTestId('indicators').locator('svg.sparkline').first()).toHaveAttribute(
    'aria-label',
    /\d{4}/,
  );
});

test('Kazakhstan: the article’s resource claim beside the Fuels, Minerals and Metals export shares', async ({
  page,
}) => {
  await page.goto('/profile?reporter=KAZ');
  const claim = page.getByTestId('resource-claim');
  await expect(claim).toContainText('oil, natural gas, and minerals are of particular interest');
  const [fuels, minerals, metals] = ['Fuels', 'Minerals', 'Metals'].map((g) =>
    cell(KAZ, 'Export Product share(%)', g, 2017)!,
  );
  await expect(claim.locator('li[data-group="Fuels"]')).toHaveText(`Fuels: ${pct(fuels)}`);
  await expect(claim.locator('li[data-group="Minerals"]')).toHaveText(`Minerals: ${pct(minerals)}`);
  await expect(claim.locator('li[data-group="Metals"]')).toHaveText(`Metals: ${pct(metals)}`);
  const largest = exportShares(KAZ, 2017).sort((a, b) => b.share - a.share)[0].group;
  const holds = largest === 'Fuels' && fuels + minerals + metals > 50;
  await expect(claim.locator('.verdict')).toHaveText(holds ? 'Consistent' : 'Not consistent');
  await expect(page.getByTestId('resource-claim-explanation')).toContainText(
    `together ${(fuels + minerals + metals).toFixed(2)} %`,
  );
  // Worded as the data allows: exports to all partners, not to China.
  await expect(page.getByTestId('resource-claim-explanation')).toContainText(
    'do not say which of them go to China',
  );
  // Another reporter: no claim.
  await page.goto('/profile?reporter=KGZ');
  await expect(page.getByTestId('resource-claim')).toHaveCount(0);
});

test('the product-group chart, after idle: a Fuels year’s values by keyboard and pointer, read from the WITS file', async ({
  page,
}) => {
  await page.goto('/profile?reporter=KAZ');
  const years = Object.keys(KAZ[0])
    .filter((c) => /^\d{4}$/.test(c))
    .map(Number);
  // The chart's last year: the last in which the file has any product-group share of Kazakhstan.
  const last = Math.max(...years.filter((year) => exportShares(KAZ, year).length > 0));
  const fuels = page.locator('svg[data-explore][data-title="Fuels"]');
  const figure = page.locator('.small-multiples');
  const height = (await figure.boundingBox())!.height;
  // Tab through the page until the Fuels panel has the keyboard focus.
  for (let i = 0; i < 120 && !(await fuels.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(fuels).toBeFocused();
  const live = page.getByTestId('figure-live');
  const tooltip = page.getByTestId('figure-tooltip');
  const said = (year: number) => {
    const share = cell(KAZ, 'Export Product share(%)', 'Fuels', year);
    return `Fuels, ${year}: Kazakhstan, exports ${share === null ? 'no value' : pct(share)}; Kazakhstan, imports no value.`;
  };
  await expect(live).toHaveText(said(last));
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(`Fuels, ${last}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText(said(last - 2));
  await expect(tooltip).toContainText(pct(cell(KAZ, 'Export Product share(%)', 'Fuels', last - 2)!));
  await page.keyboard.press('Home');
  await expect(live).toHaveText(
    said(Math.min(...years.filter((year) => exportShares(KAZ, year).length > 0))),
  );
  expect((await figure.boundingBox())!.height).toBe(height); // a tooltip over the figure, no shift
  // The pointer: hovering the Minerals panel shows a Minerals year.
  await page.locator('svg[data-explore][data-title="Minerals"]').hover();
  await expect(tooltip).toContainText(/Minerals, \d{4}/);
});

test('an odd WITS year is said where it happens: groups that do not add up to 100 %', async ({ page }) => {
  const GBR = rowsOf('GBR');
  const years = Object.keys(GBR[0])
    .filter((c) => /^\d{4}$/.test(c))
    .map(Number);
  const odd = years.find((year) => {
    const shares = exportShares(GBR, year);
    const sum = shares.reduce((s, g) => s + g.share, 0);
    return shares.length > 0 && Math.abs(sum - 100) >= 1;
  })!;
  expect(odd).toBeDefined();
  const sum = exportShares(GBR, odd).reduce((s, g) => s + g.share, 0);
  await page.goto(`/profile?reporter=GBR&year=${odd}`);
  await expect(page.getByTestId('odd-years')).toContainText(
    `${odd}, United Kingdom’s exports: the groups’ shares add up to ${sum.toFixed(2)} %`,
  );
});

test('a year WITS filed differently is said: a group that jumps against the years around it', async ({
  page,
}) => {
  const misc = (year: number) => cell(KAZ, 'Export Product share(%)', 'Miscellaneous', year)!;
  // Kazakhstan's exports in 2000, read from the file: Miscellaneous far above 1999 and 2001.
  expect(misc(2000) - misc(1999)).toBeGreaterThanOrEqual(20);
  expect(misc(2000) - misc(2001)).toBeGreaterThanOrEqual(20);
  await page.goto('/profile?reporter=KAZ');
  const said = page.getByTestId('odd-years').locator('li', { hasText: '2000, Kazakhstan’s exports:' });
  await expect(said).toContainText(
    `Miscellaneous is ${pct(misc(2000))}, against ${pct(misc(1999))} in 1999 and ${pct(misc(2001))} in 2001`,
  );
});

test('a second reporter side by side; an unknown one falls back with a notice', async ({ page }) => {
  await page.goto('/profile?reporter=KAZ&compare=CHN');
  await expect(page.locator('.profile-reporter')).toHaveCount(2);
  await expect(page.locator('.profile-reporter[data-reporter="CHN"] h2')).toHaveText('China');
  const CHN = rowsOf('CHN');
  const chnLargest = exportShares(CHN, 2017).sort((a, b) => b.share - a.share)[0];
  await expect(
    page.locator('.profile-reporter[data-reporter="CHN"] [data-testid="groups-export"] tbody tr').first(),
  ).toContainText(`${chnLargest.group}${pct(chnLargest.share)}`);

  const response = await page.goto('/profile?reporter=KAZ&compare=XXX');
  expect(response?.status()).toBe(200);
  await expect(page.locator('.notice')).toContainText('compare');
  await expect(page.locator('.profile-reporter')).toHaveCount(1);
});

test('downloads: the CSV holds every profile value of the file with its provenance; SVG, PNG and embed', async ({
  request,
}) => {
  const indicators = new Set(PROFILE_INDICATORS);
  const cells = KAZ.filter((r) => indicators.has(r.Indicator)).reduce(
    (n, r) => n + Object.entries(r).filter(([c, v]) => /^\d{4}$/.test(c) && v.trim() !== '').length,
    0,
  );
  const csv = await request.get('/api/analyses/profile/csv?reporter=KAZ');
  expect(csv.status()).toBe(200);
  const rows = Papa.parse<Row>(await csv.text(), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(cells);
  const sha = createHash('sha256')
    .update(fs.readFileSync(fileOf('KAZ')))
    .digest('hex');
  expect(new Set(rows.map((r) => r.source_sha256))).toEqual(new Set([sha]));
  expect(new Set(rows.map((r) => r.source_file))).toEqual(new Set([fileOf('KAZ')]));
  const fuels2017 = rows.find(
    (r) => r.wits_indicator === 'Export Product share(%)' && r.product === 'Fuels' && r.year === '2017',
  );
  expect(Number(fuels2017?.value)).toBe(cell(KAZ, 'Export Product share(%)', 'Fuels', 2017));

  const svg = await request.get('/api/analyses/profile/svg?reporter=KAZ');
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('Fuels');
  const png = await request.get('/api/analyses/profile/png?reporter=KAZ');
  expect([200, 503]).toContain(png.status());
  const embed = await request.get('/embed/profile?reporter=KAZ');
  expect(embed.status()).toBe(200);
  expect(await embed.text()).toContain('data-testid="groups-export"');
});

test('the dashboard links to its reporter’s profile, and the profile back to the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: /What Kazakhstan trades/ }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'What it trades' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Kazakhstan’s partners on the dashboard' }).click();
  await expect(page).toHaveURL(/\/\?reporter=KAZ$/);
});

test('profile: axe-clean, no sideways scroll at 375 px, printable, with a link preview', async ({
  page,
}, testInfo) => {
  test.slow();
  await page.goto('/profile?reporter=KAZ&compare=RUS');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/api\/analyses\/profile\/png/,
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('profile-phone.png') });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await expect(page.locator('.analysis-controls')).toBeHidden();
  await expect(page.locator('figure svg').first()).toBeVisible();
});
