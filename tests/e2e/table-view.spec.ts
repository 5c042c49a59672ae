import { expect, test } from '@playwright/test';
import { firstYearChinaAbove, kazakhstanWitsShares } from './wits-file';

// The table view says each gap's reason once (cells carry a letter), prints each summary once, and
// its last column (the article's notes) is inside the panel at 1280 px.
test('the table view says why a value is missing once, not in every empty cell', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?view=table');
  // China's import share is missing in the WITS file from 1995 up to its first published year
  const china = kazakhstanWitsShares('China', 'Import');
  const missing = Array.from({ length: 2017 - 1995 + 1 }, (_, i) => 1995 + i).filter((y) => !china.has(y));
  expect(missing.length).toBeGreaterThan(1);
  const table = page.getByTestId('table-import');
  await expect(table.getByText('top five')).toHaveCount(1);
  for (const year of missing)
    await expect(
      table.locator(`tr:has(th[scope="row"]:text-is("${year}"))`).locator('td[data-partner="CHN"] .gap-mark'),
    ).toHaveText('a');
  const note = table.locator('[data-gap-mark="a"]');
  await expect(note).toContainText(`${missing[0]}–`);
  await expect(note).toContainText('China was not among Kazakhstan');
});

test('each panel’s summary is printed once, and the notes column fits in its panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?view=table');
  expect(firstYearChinaAbove('Export')).not.toBeNull();
  for (const flow of ['import', 'export']) {
    const panel = page.getByTestId(`panel-${flow}`);
    const summary = (await page.getByTestId(`summary-${flow}`).textContent())!;
    const text = (await page.locator('main').innerText()).split(summary).length - 1;
    expect(text).toBe(1);
    const panelBox = (await panel.boundingBox())!;
    const notesHeader = (await panel.getByRole('columnheader', { name: 'Article note' }).boundingBox())!;
    expect(notesHeader.x + notesHeader.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
  }
});

test('the region view prints its summary once', async ({ page }) => {
  await page.goto('/region');
  const summary = (await page.getByTestId('region-summary').textContent())!;
  expect((await page.locator('main').innerText()).split(summary).length - 1).toBe(1);
});
