import { expect, test } from '@playwright/test';
import { kazakhstanWitsShares } from './wits-file';

// The image download (the PNG is this SVG drawn by resvg): its value axis groups thousands, its axis
// title clears the tick labels, its tick labels are smaller than its summary, and a partner with no
// value in the range has no empty legend entry but a sentence saying why.
test('in US$ the image’s axis groups thousands and its title clears the tick labels', async ({
  page,
  request,
}) => {
  const svg = await (await request.get('/api/chart/svg?measure=value&flows=import')).text();
  await page.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
  const chart = page.locator('svg.static-chart');
  const ticks = chart.locator('text[text-anchor="end"]');
  const labels = await ticks.allTextContents();
  expect(labels.some((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toBe(true);
  expect(labels.filter((t) => /^\d{4,}$/.test(t))).toEqual([]);
  const title = (await chart.locator('text[transform*="rotate(-90)"]').boundingBox())!;
  for (const tick of await ticks.all()) {
    const box = (await tick.boundingBox())!;
    expect(box.x).toBeGreaterThan(title.x + title.width);
  }
  const tickHeight = (await ticks.first().boundingBox())!.height;
  const summaryLine = (await page.locator('svg > text').nth(1).boundingBox())!.height;
  expect(tickHeight).toBeLessThan(summaryLine);
});

test('a partner with no value in the range is said once, with no empty legend entry', async ({ request }) => {
  const turkey = kazakhstanWitsShares('Turkey', 'Import');
  expect([...turkey.keys()].filter((year) => year >= 2000 && year <= 2015)).toEqual([]);
  const svg = await (
    await request.get('/api/chart/svg?partners=CHN,TUR&flows=import&from=2000&to=2015')
  ).text();
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(texts).not.toContain('Turkey'); // no legend entry of its own
  expect(texts.join(' ')).toContain('Turkey: no value in 2000–2015.');
  const png = await request.get('/api/chart/png?partners=CHN,TUR&flows=import&from=2000&to=2015');
  expect(png.headers()['content-type']).toBe('image/png');
});

test('on the page the same partner has no empty legend entry, and the panel says why', async ({ page }) => {
  await page.goto('/?partners=CHN,TUR&flows=import&from=2000&to=2015');
  const panel = page.getByTestId('panel-import');
  await expect(panel.locator('.chart-legend li')).toHaveText(['China']);
  await expect(panel.getByTestId('empty-line-note')).toContainText('Turkey: no value in 2000–2015.');
  await expect(panel.getByTestId('empty-line-note')).toContainText('top five');
});
