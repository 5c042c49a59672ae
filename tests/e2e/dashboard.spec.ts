import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fetchSeries, openDashboard, seriesOf } from './helpers';

test('the first HTML already holds both charts and their numbers, without JavaScript', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html.match(/<svg class="static-chart"/g)?.length).toBe(2);
  expect(html.match(/class="static-line"/g)?.length).toBe(4);
  const api = await fetchSeries(request);
  const chinaImports2017 = seriesOf(api, 'CHN', 'import').points.find((p) => p.year === 2017)!.value!;
  // The same number also sits in the claims table and in the page's serialized query data, so
  // look for it only in the import panel's table: its 2017 row, China's cell.
  const importTable = html.slice(
    html.indexOf('data-testid="table-import"'),
    html.indexOf('data-testid="panel-export"'),
  );
  const row2017 = importTable.slice(importTable.indexOf('<th scope="row">2017</th>'));
  expect(row2017).toMatch(
    new RegExp(
      `^<th scope="row">2017</th><td data-partner="CHN" data-value="${chinaImports2017}">${chinaImports2017.toFixed(2)}`,
    ),
  );
});

test('both panels draw China and Russia as two lines, with legend, axis unit and source line', async ({
  page,
}) => {
  await openDashboard(page);
  for (const flow of ['import', 'export']) {
    const panel = page.getByTestId(`panel-${flow}`);
    await expect(panel.locator('.recharts-line')).toHaveCount(2);
    await expect(panel.locator('.chart-legend li')).toHaveText(['China', 'Russia']);
    await expect(panel.locator('.recharts-surface')).toContainText('Share of total (%)');
    await expect(panel.locator('.source-line')).toContainText('World Bank');
    await expect(panel.locator('.source-line')).toContainText('en_KAZ_AllYears_WITS_Trade_Summary.CSV');
  }
});

// In the WITS files China's share of Kazakhstan's exports first passes Russia's in 2007; of its
// imports, not at all from 1995 to 2017.
test('each summary states the year China first passed Russia, or that it has not', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByTestId('summary-export')).toContainText(
    'China’s share first passed Russia’s in 2007',
  );
  await expect(page.getByTestId('summary-import')).toContainText('China has not passed Russia in 1995–2017');
});

test('the table shows exactly the API’s numbers, and says why a gap is a gap', async ({ page, request }) => {
  const api = await fetchSeries(request);
  await openDashboard(page);
  for (const flow of ['import', 'export']) {
    const panel = page.getByTestId(`panel-${flow}`);
    await panel.getByRole('button', { name: 'Show table' }).click();
    const table = page.getByTestId(`table-${flow}`);
    await expect(table).toBeVisible();
    for (const partner of ['CHN', 'RUS']) {
      const shown = await table
        .locator(`td[data-partner="${partner}"]`)
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')));
      const expected = seriesOf(api, partner, flow).points.map((p) =>
        p.value === null ? '' : String(p.value),
      );
      expect(shown).toEqual(expected);
    }
  }
  const gap = page
    .getByTestId('table-import')
    .locator('tr', { hasText: '1995' })
    .locator('td[data-partner="CHN"]');
  const mark = (await gap.locator('.gap-mark').textContent())!.trim();
  await expect(page.getByTestId('table-import').locator(`[data-gap-mark="${mark}"]`)).toContainText(
    'top five',
  );
});

test('the 2019 events appear as notes when the range reaches 2019, and not before', async ({ page }) => {
  await openDashboard(page);
  await expect(page.locator('.notes-aside [data-note-button]', { hasText: '2019' })).toHaveCount(0);
  await openDashboard(page, '?to=2019');
  await expect(page.locator('.notes-aside [data-note-button]', { hasText: '2019' })).not.toHaveCount(0);
  await expect(page.getByTestId('panel-export').locator('.note-marker', { hasText: /\d/ })).toHaveCount(
    await page.locator('.notes-aside [data-note-button]').count(),
  );
});

test('a note opens from its chart marker by mouse and by keyboard', async ({ page }) => {
  await openDashboard(page);
  const panel = page.getByTestId('panel-export');
  const markers = panel.locator('.note-marker');
  await expect(markers).toHaveCount(await page.locator('.notes-aside [data-note-button]').count());
  expect(await markers.count()).toBeGreaterThanOrEqual(5);

  await panel.locator('.note-marker[data-note-id="sco-2001"]').click();
  await expect(page.locator('.notes-aside [data-note-detail="sco-2001"]')).toBeVisible();
  await expect(page.locator('.notes-aside [data-note-detail="sco-2001"]')).toContainText('paragraph 3');
  // choosing a note highlights its year on both panels
  await expect(page.locator('.recharts-reference-area-rect[fill="#FFE08A"]')).toHaveCount(2);

  const marker = panel.locator('.note-marker[data-note-id="silk-road-2013"]');
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.notes-aside [data-note-detail="silk-road-2013"]')).toBeVisible();
  await expect(marker).toHaveAttribute('aria-pressed', 'true');
});

test('the tooltip gives the year, both values with unit, the gap in points, and the year’s note', async ({
  page,
}) => {
  await openDashboard(page);
  const panel = page.getByTestId('panel-export');
  const tooltip = panel.locator('.chart-tooltip');

  // By mouse: hovering the plot shows a year with both partners' values.
  await panel.locator('.recharts-surface').hover();
  await expect(tooltip).toContainText(/^(19|20)\d\d/);
  await expect(tooltip).toContainText(/China: \d+\.\d\d %/);

  // By keyboard: the chart takes focus and the arrow keys step through the years to 2001.
  await page.mouse.move(0, 0);
  await panel.locator('.recharts-surface').focus();
  for (let step = 0; step < 30; step += 1) {
    const year = (await tooltip.count()) > 0 ? Number((await tooltip.innerText()).slice(0, 4)) : 0;
    if (year === 2001) break;
    await page.keyboard.press(year > 2001 ? 'ArrowLeft' : 'ArrowRight');
  }
  await expect(tooltip).toContainText('2001');
  await expect(tooltip).toContainText(/China: \d+\.\d\d %/);
  await expect(tooltip).toContainText(/Russia: \d+\.\d\d %/);
  await expect(tooltip).toContainText(/China − Russia: [−+]\d+\.\d\d pp/);
  await expect(tooltip).toContainText('Shanghai Cooperation Organisation');
});

test('the article’s four trade claims are shown beside the database’s values', async ({ page, request }) => {
  const api = await fetchSeries(request);
  await openDashboard(page);
  const claims = page.getByTestId('claims-table');
  await expect(claims.locator('tbody tr')).toHaveCount(4);
  for (const [flow, year] of [
    ['import', 2017],
    ['export', 2017],
    ['export', 1995],
  ] as const) {
    const value = seriesOf(api, 'CHN', flow).points.find((p) => p.year === year)!.value!;
    await expect(claims.locator(`tr[data-claim="${flow}-${year}"] td[data-source="wits"]`)).toContainText(
      `${value.toFixed(2)} %`,
    );
  }
  const dots = await fetchSeries(request, '?source=dots&partners=CHN&flows=import&from=1995&to=1995');
  const derived = dots.series[0].points[0].value!;
  await expect(claims.locator('tr[data-claim="import-1995"] td[data-source="dots"]')).toContainText(
    `${derived.toFixed(2)} %`,
  );
  await expect(claims.locator('tr[data-claim="import-1995"] td[data-source="wits"]')).toContainText(
    'top five',
  );
  await expect(claims).toContainText('nearly 16 percent');
});

test('filling gaps from IMF DOTS adds a dashed, labelled line and is kept in the URL', async ({ page }) => {
  await openDashboard(page);
  const fill = page.getByLabel(/Fill gaps in World Bank WITS/);
  await fill.click();
  await expect(fill).toBeChecked();
  await expect(page).toHaveURL(/fill=on/);
  const panel = page.getByTestId('panel-import');
  await expect(panel.locator('.chart-legend li')).toContainText([
    'China',
    'China (IMF DOTS, fills gaps)',
    'Russia',
  ]);
  await expect(panel.locator('.recharts-line')).toHaveCount(3);
  await expect(panel.locator('.source-line').nth(1)).toContainText('International Monetary Fund');
});

test('at 375 px wide the panels stack, nothing scrolls sideways, and notes are listed under each chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openDashboard(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  const [imports, exports] = [
    await page.getByTestId('panel-import').boundingBox(),
    await page.getByTestId('panel-export').boundingBox(),
  ];
  expect(exports!.y).toBeGreaterThan(imports!.y + imports!.height - 1);
  await expect(page.getByTestId('panel-import').locator('.panel-notes li').first()).toBeVisible();
  await expect(page.locator('.notes-aside')).toBeHidden();
});

test('axe finds no serious or critical accessibility violation', async ({ page }) => {
  await openDashboard(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('screenshots at desktop and phone sizes, and in print', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openDashboard(page);
  await page.screenshot({ path: testInfo.outputPath('desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: testInfo.outputPath('phone.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
  await expect(page.locator('.toggle').first()).toBeHidden();
  // In print the drawing that scales to the paper replaces the screen-sized interactive chart.
  await expect(page.getByTestId('panel-import').locator('svg.static-chart')).toBeVisible();
  await expect(page.getByTestId('panel-import').locator('.recharts-surface')).toBeHidden();
  await expect(page.locator('.controls')).toBeHidden();
});

test('with JavaScript off, the page still shows both charts, the tables’ numbers and the notes', async ({
  browser,
  request,
}, testInfo) => {
  const api = await fetchSeries(request);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: testInfo.project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('svg.static-chart')).toHaveCount(2);
  await expect(page.locator('.static-chart .static-line')).toHaveCount(4);
  const chinaExports2017 = seriesOf(api, 'CHN', 'export').points.find((p) => p.year === 2017)!.value!;
  await expect(page.getByTestId('table-export').locator(`td[data-value="${chinaExports2017}"]`)).toHaveCount(
    1,
  );
  await expect(page.locator('.notes-aside li').first()).toBeVisible();
  await expect(page.getByTestId('claims-table')).toBeVisible();
  await context.close();
});

test('on a touch phone, tapping the chart shows the tooltip and tapping a marker opens its note', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openDashboard(page);
  const panel = page.getByTestId('panel-import');
  await panel.locator('.recharts-surface').tap();
  await expect(panel.locator('.chart-tooltip')).toContainText(/China: /);
  await panel.locator('.note-marker[data-note-id="land-reform-2016"]').tap();
  await expect(panel.locator('.panel-notes [data-note-detail="land-reform-2016"]')).toBeVisible();
  await context.close();
});

test('the first page stays small: the world’s reporter–partner pairs are not sent with it', async ({
  request,
}) => {
  // With every pair of the world in it, the HTML was ~540 KB; the reader waits for all of it.
  const html = await (await request.get('/')).body();
  expect(html.byteLength).toBeLessThan(200_000);
});
