import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';

// The analysis views' economies are chosen by name, as on the dashboard; the plain form of codes
// still works without JavaScript; and year pickers offer only the years the view's data has.

test('region: type “Uzbek”, choose Uzbekistan, Show: its panel is drawn', async ({ page }) => {
  await page.goto('/region?reporters=KAZ');
  const reporters = page.locator('fieldset[data-codes-picker="reporters"]');
  const box = reporters.getByRole('combobox', { name: 'Add a reporter' }); // there once hydrated
  await box.click();
  await box.pressSequentially('Uzbek');
  await page.getByRole('option', { name: /Uzbekistan/ }).click();
  await expect(reporters.locator('[data-code-chip]')).toHaveText([/Kazakhstan/, /Uzbekistan/]);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/[?&]reporters=KAZ(%2C|,)UZB(&|$)/);
  await expect(page.locator('.small-multiple')).toHaveCount(2);
  await expect(page.locator('.small-multiple').locator('h3', { hasText: 'Uzbekistan' })).toHaveCount(1);
  await expect(page.getByTestId('region-summary')).toContainText('Uzbekistan');
});

test('region: without JavaScript the form of codes still shows the chosen reporters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/region?reporters=KAZ');
  const reporters = page.locator('fieldset[data-codes-picker="reporters"]');
  await expect(reporters.getByRole('combobox')).toHaveCount(0);
  await reporters.getByLabel('Codes, comma-separated').fill('KAZ,UZB');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/[?&]reporters=KAZ(%2C|,)UZB(&|$)/);
  await expect(page.locator('.small-multiple')).toHaveCount(2);
  await expect(page.getByTestId('region-summary')).toContainText('Uzbekistan');
  await context.close();
});

// The first and last year with any figure the dashboard reads (partner shares, trade values,
// total imports and exports) in Kazakhstan's WITS file: computed from the file, not from the code.
function kazakhstanWitsYears(): { first: number; last: number } {
  const text = readFileSync('data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV', 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const read =
    /^(Partner share\(%\)|Trade \(US\$ Mil\))-Top 5 (Import|Export) Partner$|^(Imports|Exports) \(in US\$ Mil\)$/;
  const years = rows
    .filter((row) => read.test(row.Indicator ?? ''))
    .flatMap((row) => Object.entries(row).filter(([key, value]) => /^\d{4}$/.test(key) && value?.trim()))
    .map(([key]) => Number(key));
  return { first: Math.min(...years), last: Math.max(...years) };
}

test('the dashboard’s year pickers offer the years Kazakhstan’s WITS file has, and say so', async ({
  page,
}) => {
  const { first, last } = kazakhstanWitsYears();
  await openDashboard(page);
  const expected = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  for (const picker of [
    page.getByRole('combobox', { name: 'From' }),
    page.getByRole('combobox', { name: 'to', exact: true }),
  ])
    expect(await picker.locator('option').allTextContents()).toEqual(expected);
  await expect(page.getByTestId('year-span')).toHaveText(
    `World Bank WITS has Kazakhstan’s figures for ${first}–${last}.`,
  );
});
