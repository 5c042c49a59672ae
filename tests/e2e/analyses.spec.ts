import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fetchSeries, seriesOf } from './helpers';

// The analysis views: each a URL read by the dashboard's own parser, drawn on the server, with
// its numbers checked here against /api/series (the dashboard's reading of the same database).

const VIEWS = ['mirror', 'region', 'ranking', 'sources'] as const;

type Dataset = { id: string; file: string; sha256: string; source: string };
async function datasets(request: import('@playwright/test').APIRequestContext): Promise<Dataset[]> {
  return (await (await request.get('/api/health')).json()).datasets;
}

test('the dashboard links to every analysis view, and each links back', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'The region' }).click();
  await expect(page).toHaveURL(/\/region$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('China against Russia in Kazakhstan');
  await expect(page.getByRole('link', { name: 'The region' })).toHaveAttribute('aria-current', 'page');
  for (const name of ['Reported vs mirror', 'Partner ranking', 'WITS vs IMF DOTS', 'Dashboard'])
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name })).toBeVisible();
});

test('each view has its own title and description for link previews', async ({ page }) => {
  const titles = new Set<string>();
  for (const view of VIEWS) {
    await page.goto(`/${view}`);
    const title = await page.title();
    titles.add(title);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(40);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`/api/analyses/${view}/png`),
    );
  }
  expect(titles.size).toBe(VIEWS.length);
});

test('region: Kazakhstan’s export crossover on WITS agrees with the dashboard’s', async ({ page }) => {
  await page.goto('/?flows=export');
  const dashboardSummary = await page.getByTestId('panel-export').locator('.summary').first().textContent();
  const dashboardYear = /first passed Russia’s in (\d{4})/.exec(dashboardSummary ?? '')?.[1];
  expect(dashboardYear).toBeDefined();
  await page.goto('/region?reporters=KAZ&source=wits');
  await expect(
    page.locator('[data-testid="crossover-table"] tr[data-reporter="KAZ"] td[data-crossover]'),
  ).toHaveText(dashboardYear!);
});

test('region: one panel per reporter on one shared axis, and a summary naming each reporter', async ({
  page,
}) => {
  await page.goto('/region');
  const panels = page.locator('.small-multiple');
  await expect(panels).toHaveCount(5);
  const topTicks = await panels.evaluateAll((nodes) =>
    nodes.map((node) => {
      const labels = [...node.querySelectorAll('svg text')].map((t) =>
        Number(t.textContent?.replace(/,/g, '')),
      );
      return Math.max(...labels.filter((n) => n < 1900));
    }),
  );
  expect(new Set(topTicks).size).toBe(1);
  const summary = await page.getByTestId('region-summary').textContent();
  for (const name of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'])
    expect(summary).toContain(name);
});

test('region: the shares drawn are the dashboard’s IMF DOTS shares', async ({ page, request }) => {
  const api = await fetchSeries(request, '?reporter=KGZ&source=dots&flows=import&from=2010&to=2010');
  const china = seriesOf(api, 'CHN', 'import').points[0].value!;
  await page.goto('/region?reporters=KGZ&flow=import&from=2010&to=2010');
  await page.locator('details summary', { hasText: 'Kyrgyzstan' }).click(); // opens the panel's numbers
  await expect(page.locator('details').last().locator('td').first()).toHaveText(`${china.toFixed(2)} %`);
});

test('ranking: partners by share, aggregates apart, and a partner opens the chart with it added', async ({
  page,
  request,
}) => {
  await page.goto('/ranking?reporter=KAZ&flow=import&year=2017&base=2007&source=dots');
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tr[data-partner="WLD"]')).toHaveCount(0);
  await expect(page.getByTestId('aggregates-table').locator('tr[data-aggregate="WLD"]')).toContainText(
    'World (aggregate)',
  );
  await expect(page.getByTestId('aggregates-table').locator('tr[data-aggregate="XAE"]')).toHaveCount(1);

  const api = await fetchSeries(
    request,
    '?reporter=KAZ&partners=CHN,DEU&source=dots&flows=import&from=2017&to=2017',
  );
  const china = seriesOf(api, 'CHN', 'import').points[0].value!;
  const germany = seriesOf(api, 'DEU', 'import').points[0].value!;
  await expect(table.locator('tr[data-partner="CHN"] td[data-share]')).toHaveText(`${china.toFixed(2)} %`);
  const shares = await table.locator('td[data-share]').allTextContents();
  const numbers = shares.map((s) => Number(s.replace(/[^\d.]/g, '')));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  await table.locator('tr[data-partner="DEU"]').getByRole('link').click();
  await expect(page).toHaveURL(/partners=CHN%2CRUS%2CDEU|partners=CHN,RUS,DEU/);
  await expect(
    page.getByTestId('table-import').locator(`td[data-partner="DEU"][data-value="${germany}"]`),
  ).toHaveCount(1);
});

test('sources: both publishers’ shares as the dashboard reads them, each traced to its file', async ({
  page,
  request,
}) => {
  const [wits, dots, files] = await Promise.all([
    fetchSeries(request, '?partners=CHN&flows=export&from=2005&to=2010'),
    fetchSeries(request, '?partners=CHN&flows=export&from=2005&to=2010&source=dots'),
    datasets(request),
  ]);
  await page.goto('/sources?partners=CHN&flows=export&from=2005&to=2010');
  const table = page.getByTestId('sources-table-CHN-export');
  const w = seriesOf(wits, 'CHN', 'export').points.find((p) => p.year === 2008)!.value!;
  const d = seriesOf(dots, 'CHN', 'export').points.find((p) => p.year === 2008)!.value!;
  const row = table.locator('tr[data-year="2008"]');
  await expect(row.locator('td[data-source="wits"]')).toHaveText(`${w.toFixed(2)} %`);
  await expect(row.locator('td[data-source="dots"]')).toContainText(`${d.toFixed(2)} %`);
  await expect(row.locator('td[data-difference]')).toHaveText(new RegExp(`${Math.abs(w - d).toFixed(2)} pp`));
  for (const source of ['wits', 'dots']) {
    const file = files.find((f) => f.source === source && (source === 'dots' || f.id === 'wits-KAZ'))!;
    await expect(page.locator(`[data-source-file="${file.file}"]`)).toContainText(file.sha256);
  }
});

test('mirror: the CIF/FOB valuation is stated, missing years are gaps with a reason, and the claims are checked', async ({
  page,
}) => {
  await page.goto('/mirror?partners=CHN&flows=import&from=2015&to=2017');
  await expect(page.getByTestId('valuation-note').first()).toContainText(
    'Kazakhstan’s imports are valued CIF and China’s exports FOB',
  );
  const table = page.getByTestId('mirror-table-CHN-import');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  for (const row of await table.locator('tbody tr').all()) {
    const mirror = (await row.locator('td[data-side="mirror"]').textContent()) ?? '';
    if (mirror.trim() === '—') await expect(row.locator('.missing-reason')).toContainText('China');
    expect(mirror.trim()).not.toBe('0.0');
  }
  await expect(page.getByTestId('claims-table')).toBeVisible();
});

test('mirror: each side’s figure is what that side reports, and the gap is their difference', async ({
  page,
  request,
}) => {
  const own = seriesOf(
    await fetchSeries(request, '?partners=CHN&flows=import&from=2012&to=2012&source=dots&measure=value'),
    'CHN',
    'import',
  ).points[0];
  const mirror = seriesOf(
    await fetchSeries(
      request,
      '?reporter=CHN&partners=KAZ&flows=export&from=2012&to=2012&source=dots&measure=value',
    ),
    'KAZ',
    'export',
  ).points[0];
  test.skip(mirror.value === null, 'China is not a reporter in the loaded IMF DOTS files yet (world data)');
  await page.goto('/mirror?partners=CHN&flows=import&from=2012&to=2012');
  const row = page.getByTestId('mirror-table-CHN-import').locator('tr[data-year="2012"]');
  const money = (n: number) =>
    n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  await expect(row.locator('td[data-side="own"]')).toContainText(money(own.value!));
  await expect(row.locator('td[data-side="mirror"]')).toContainText(money(mirror.value!));
  await expect(row.locator('td[data-gap]')).toContainText(money(Math.abs(own.value! - mirror.value!)));
});

test('every view downloads as CSV with its provenance on every row', async ({ request }) => {
  const files = await datasets(request);
  const dots = files.find((f) => f.source === 'dots')!;
  for (const view of VIEWS) {
    const response = await request.get(`/api/analyses/${view}/csv?from=2016&to=2017`);
    expect(response.status(), view).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(
      new RegExp(`attachment; filename="${view}-.*\\.csv"`),
    );
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    expect(
      header.some((c) => c.endsWith('source_sha256')),
      view,
    ).toBe(true);
    expect(header).toContain('view_url');
    expect(lines.length, view).toBeGreaterThan(2);
    if (view !== 'mirror')
      expect(lines[1], view).toContain(
        view === 'sources' ? files.find((f) => f.id === 'wits-KAZ')!.sha256 : dots.sha256,
      );
  }
  const region = await (await request.get('/api/analyses/region/csv?reporters=KAZ&source=wits')).text();
  expect(region).toMatch(
    /\r\nKAZ,Kazakhstan,export,share,percent,2007,[\d.]+,[\d.]+,,,passed,2007,"World Bank/, // no estimate flag or reason
  );
});

test('every view exports as SVG and PNG, and rejects an invalid link with the reasons', async ({
  request,
}) => {
  for (const view of VIEWS) {
    const svg = await request.get(`/api/analyses/${view}/svg`);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text).toContain('<svg');
    expect(text).toContain('SHA-256');
    const png = await request.get(`/api/analyses/${view}/png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  }
  const bad = await request.get('/api/analyses/region/csv?flow=sideways');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('flow: expected import or export');
});

test('an invalid parameter shows a notice and the view’s default', async ({ page }) => {
  await page.goto('/region?flow=sideways&reporters=KAZ');
  await expect(page.getByRole('status').filter({ hasText: 'flow: expected import or export' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('shares of exports');
});

test('each view embeds: frameable by any site, with a link back to the full view', async ({
  page,
  request,
}) => {
  for (const view of VIEWS) {
    const response = await request.get(`/embed/${view}?from=2010`);
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
  }
  await page.goto('/embed/region?flow=import');
  await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
    'href',
    '/region?flow=import',
  );
  expect((await request.get('/region')).headers()['content-security-policy']).toContain(
    "frame-ancestors 'self'",
  );
});

for (const view of VIEWS) {
  test(`${view}: axe-clean, no sideways scroll at 375 px, and printable`, async ({ page }, testInfo) => {
    test.slow(); // axe over a page of tables takes a while on a busy machine
    await page.goto(`/${view}`);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await expect(page.locator('figure figcaption')).not.toBeEmpty();
    await expect(page.locator('figure svg[role="img"]').first()).toHaveAttribute('aria-label', /\w+/);
    await page.screenshot({ path: testInfo.outputPath(`${view}-desktop.png`) });

    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: testInfo.outputPath(`${view}-phone.png`) });

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await expect(page.locator('.analysis-controls')).toBeHidden();
    await expect(page.locator('figure svg').first()).toBeVisible();
  });
}
