import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { openDashboard } from './helpers';

// IMF estimates with fixed partner shares (issue 19): Uzbekistan did not report to the IMF in
// 2001–2015, and the IMF filled those years by spreading an estimated total over a fixed partner
// distribution. The pages must draw those years apart, say what they are, and state no finding
// that rests only on them. Expected values are read from the IMF file here.

const STRETCH = /IMF estimates with fixed partner shares in 2001–2015/;
const REASON =
  'The reporter did not report this year: the IMF estimated it by spreading a total over fixed partner shares.';

// Uzbekistan's exports to China and Russia, and to the World, by year, straight from the gz file.
async function uzbekExports(): Promise<Map<number, { china: number; russia: number; world: number }>> {
  const lines: string[] = [];
  const input = createInterface({
    input: createReadStream('data/imf-dots/dots_all_long.csv.gz').pipe(createGunzip()),
  });
  for await (const line of input)
    if (
      lines.length === 0 ||
      (line.startsWith('"Uzbekistan, Rep. of",UZB,exports_fob,') && !line.includes('Hong Kong'))
    )
      lines.push(line);
  type Row = { partner: string; year: string; value_usd_millions: string };
  const byYear = new Map<number, { china: number; russia: number; world: number }>();
  for (const r of Papa.parse<Row>(lines.join('\n'), { header: true, skipEmptyLines: true }).data) {
    const entry = byYear.get(Number(r.year)) ?? { china: NaN, russia: NaN, world: NaN };
    const value = Number(r.value_usd_millions);
    if (r.partner === 'China, P.R.: Mainland') entry.china = value;
    if (r.partner === 'Russian Federation') entry.russia = value;
    if (r.partner === 'World') entry.world = value;
    byYear.set(Number(r.year), entry);
  }
  return byYear;
}

test('region: Uzbekistan’s panel draws 2001–2015 apart, and its crossover rests on reported years only', async ({
  page,
}) => {
  await page.goto('/region');
  const panel = page.locator('.small-multiple[data-panel="UZB"]');
  await expect(panel.locator('rect[data-estimate-band="2001-2015"]')).toHaveCount(1);
  await expect(panel.locator('circle[data-estimated]')).toHaveCount(2 * 15); // China's and Russia's points
  await expect(page.locator('.small-multiple[data-panel="KAZ"] [data-estimate-band]')).toHaveCount(0);
  await expect(page.locator('.analysis-legend [data-legend="estimate"]')).toContainText(
    'IMF estimate, fixed partner shares',
  );

  const row = page.locator('[data-testid="crossover-table"] tr[data-reporter="UZB"]');
  await expect(row).toContainText(STRETCH);
  await expect(row).toContainText('in the years reported');
  await expect(row).not.toContainText('passed Russia’s in 2000 and stayed ahead.');
  await expect(page.locator('[data-testid="crossover-table"] tr[data-reporter="KAZ"]')).not.toContainText(
    'IMF',
  );
  await expect(page.getByTestId('region-summary')).toContainText(
    'for one reporter, IMF estimates with fixed partner shares are left out: Uzbekistan (2001–2015)',
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});

test('region CSV: the flagged years are those whose China ÷ Russia proportion the IMF file holds fixed', async ({
  request,
}) => {
  const response = await request.get('/api/analyses/region/csv?reporters=UZB');
  expect(response.status()).toBe(200);
  const rows = Papa.parse<Record<string, string>>(await response.text(), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const flagged = rows.filter((r) => r.estimate === 'fixed-share-estimate').map((r) => Number(r.year));
  expect(flagged).toEqual(Array.from({ length: 15 }, (_, i) => 2001 + i));
  expect(rows.find((r) => r.year === '2010')?.estimate_reason).toBe(REASON);
  // From the file: in each flagged year China's share stands in the same proportion to Russia's as
  // the year before (to 0.1 %), as a fixed distribution rescaled does; in 2016, reported, it does not.
  const file = await uzbekExports();
  const proportion = (year: number) => file.get(year)!.china / file.get(year)!.russia;
  for (const year of flagged)
    expect(Math.abs(proportion(year) / proportion(year - 1) - 1)).toBeLessThan(0.001);
  expect(Math.abs(proportion(2016) / proportion(2015) - 1)).toBeGreaterThan(0.1);
  const share = (year: number) => (file.get(year)!.china / file.get(year)!.world) * 100;
  expect(Number(rows.find((r) => r.year === '2010')?.china_share)).toBeCloseTo(share(2010), 6);
});

test('dashboard: Uzbekistan on IMF DOTS draws the estimates apart, with a legend entry and a one-sentence tooltip', async ({
  page,
}) => {
  await openDashboard(page, '?reporter=UZB&source=dots&flows=export');
  const panel = page.getByTestId('panel-export');
  await expect(panel.locator('.chart-legend [data-legend="estimate"]')).toContainText(
    'IMF estimate, fixed partner shares (grey band, hollow points)',
  );
  await expect(panel.getByTestId('summary-export')).toContainText(STRETCH);
  await expect(panel.locator('.recharts-reference-area.estimate-band, .estimate-band')).not.toHaveCount(0);

  // The partners' own reports of the same trade are offered for the stretch (the mirror view).
  const mirror = panel.getByTestId('estimate-mirror-export').getByRole('link');
  await expect(mirror).toHaveAttribute(
    'href',
    /^\/mirror\?(?=.*reporter=UZB)(?=.*flows=export)(?=.*from=2001)(?=.*to=2015)/,
  );

  // By keyboard, to 2010: the tooltip marks both values and says in one sentence what they are.
  const tooltip = panel.locator('.chart-tooltip');
  await page.mouse.move(0, 0); // a pointer resting on the chart would hold its hover tooltip
  await panel.locator('.recharts-surface').focus();
  const shownYear = async () =>
    (await tooltip.count()) > 0 ? Number((await tooltip.innerText()).slice(0, 4)) : 0;
  for (let step = 0; step < 40; step += 1) {
    const year = await shownYear();
    if (year === 2010) break;
    await page.keyboard.press(year > 2010 ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(shownYear).not.toBe(year); // each key moves the tooltip before the next is pressed
  }
  await expect(tooltip).toContainText('2010');
  await expect(tooltip).toContainText(/China: \d+\.\d\d % \(.*\)?\s*\(IMF estimate, fixed partner shares\)/);
  await expect(tooltip.locator('.chart-tooltip-estimate')).toHaveText(REASON);

  // The table flags the same years, and the CSV carries the flag and the reason.
  await page.getByRole('button', { name: 'Show table' }).first().click();
  const table = page.getByTestId('table-export');
  await expect(table.locator('td[data-partner="CHN"] [data-estimate]')).toHaveCount(15);
  const csv = await page.request.get('/api/series/csv?reporter=UZB&source=dots&flows=export');
  const rows = Papa.parse<Record<string, string>>(await csv.text(), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const china = rows.filter((r) => r.partner === 'CHN');
  expect(china.filter((r) => r.estimate === 'fixed-share-estimate').map((r) => r.year)).toEqual(
    Array.from({ length: 15 }, (_, i) => String(2001 + i)),
  );
  expect(china.find((r) => r.year === '1999')?.estimate).toBe('');
});

test('mirror: Uzbekistan’s own export figures of 2001–2015 are marked as IMF estimates, China’s report beside them', async ({
  page,
}) => {
  await page.goto('/mirror?reporter=UZB&partners=CHN&flows=export&from=1998&to=2017');
  await expect(page.locator('td[data-side="own"] [data-estimate]')).toHaveCount(15);
  await expect(page.locator('td[data-side="mirror"] [data-estimate]')).toHaveCount(0);
  await expect(page.locator('rect[data-estimate-band="2001-2015"]')).toHaveCount(1);
  await expect(page.locator('.small-multiple .summary').first()).toContainText(
    'Uzbekistan’s own figures in 2001–2015 are IMF estimates with fixed partner shares, not reports',
  );
});

test('dashboard: Kazakhstan on IMF DOTS has no estimate band, legend entry or flag', async ({ page }) => {
  await openDashboard(page, '?source=dots');
  await expect(page.locator('[data-legend="estimate"]')).toHaveCount(0);
  await expect(page.locator('[data-estimate-band]')).toHaveCount(0);
  await expect(page.getByTestId('summary-export')).not.toContainText('IMF estimates');
});

test('the map notes Uzbekistan’s estimated exports, counts them, and rests no crossover on them', async ({
  page,
}) => {
  const exports = await uzbekExports();
  // The file itself: China's and Russia's shares of Uzbek exports keep their 2009 ratio in 2010.
  const ratio = (year: number) => exports.get(year)!.china / exports.get(year)!.russia;
  expect(Math.abs(ratio(2010) / ratio(2009) - 1)).toBeLessThan(0.001);
  await page.goto('/map?flow=export&year=2010');
  const uzbek = page.locator('[data-testid="map-table"] tr[data-economy="UZB"]');
  await expect(uzbek.locator('[data-key="note"]')).toContainText('IMF estimate with fixed partner shares');
  await expect(page.locator('[data-testid="map-table"] tr[data-economy="KAZ"] [data-key="note"]')).toHaveText(
    '',
  );
  await expect(page.getByText(/In 2010, \d+ of the \d+ rest on estimates/).first()).toBeVisible();
});

test('the sources view marks the IMF DOTS years that are fixed-share estimates, and names them', async ({
  page,
}) => {
  await page.goto('/sources?reporter=SAU&flows=export');
  const table = page.getByTestId('sources-table-CHN-export');
  // Saudi Arabia's exports: the loader found IMF estimates with fixed partner shares in 2001–2016.
  await expect(table.locator('tr[data-year="2010"] [data-source="dots"] [data-estimate]')).toHaveText(
    /IMF estimate, fixed partner shares/,
  );
  await expect(table.locator('tr[data-year="2017"] [data-source="dots"] [data-estimate]')).toHaveCount(0);
  await expect(
    page.getByText(/IMF DOTS's figures are IMF estimates with fixed partner shares in 2001–2016/).first(),
  ).toBeVisible();
});

test('ranking: the bars of a year the IMF estimated are hatched and the ticks of such a base year dashed, as its CSV flags them', async ({
  page,
  request,
}) => {
  // The file itself: China's and Russia's shares of Uzbek exports keep their 2009 proportion in
  // 2010 (an estimate) and not in 2016 (reported).
  const exports = await uzbekExports();
  const ratio = (year: number) => exports.get(year)!.china / exports.get(year)!.russia;
  expect(Math.abs(ratio(2010) / ratio(2009) - 1)).toBeLessThan(0.001);
  expect(Math.abs(ratio(2016) / ratio(2015) - 1)).toBeGreaterThan(0.1);
  for (const [year, base] of [
    [2010, 2000],
    [2016, 2010],
  ]) {
    const query = `?reporter=UZB&flow=export&source=dots&year=${year}&base=${base}`;
    const csv = await request.get(`/api/analyses/ranking/csv${query}`);
    const ranked = Papa.parse<Record<string, string>>(await csv.text(), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r.rank !== '');
    const yearEstimated = ranked[0].estimate === 'fixed-share-estimate';
    const baseEstimated = ranked[0].base_estimate === 'fixed-share-estimate';
    expect([yearEstimated, baseEstimated]).toEqual(year === 2010 ? [true, false] : [false, true]);

    await page.goto(`/ranking${query}`);
    const drawing = page.locator('.ranking-bars-svg');
    const bars = drawing.locator('g[data-partner] rect');
    const ticks = drawing.locator('g[data-partner] line');
    expect(await bars.count()).toBeGreaterThan(0);
    await expect(drawing.locator('rect[data-estimated]')).toHaveCount(yearEstimated ? await bars.count() : 0);
    await expect(drawing.locator('line[data-estimated]')).toHaveCount(
      baseEstimated ? await ticks.count() : 0,
    );
    const marked = new RegExp(
      `The ${yearEstimated ? 'hatched bars' : 'dashed ticks'} \\(shares in ${yearEstimated ? year : base}\\) are IMF estimates with fixed partner shares\\.`,
    );
    await expect(drawing).toHaveAttribute('aria-label', marked);
    await expect(page.locator('.analysis-legend [data-legend="estimate"]')).toContainText(
      `IMF estimate, fixed partner shares: ${yearEstimated ? `${year} (hatched bars)` : `${base} (dashed ticks)`}`,
    );

    // The exported image draws them the same way and says so at its foot.
    const svg = await (await request.get(`/api/analyses/ranking/svg${query}`)).text();
    const hatched = svg.match(/fill="url\(#ranking-estimate-hatch\)"/g) ?? [];
    expect(hatched).toHaveLength(yearEstimated ? await bars.count() : 0);
    expect(svg).toMatch(marked);
  }
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});
