import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';

// A reporter the chosen source has no file for is not a dead end: the box says so and offers the
// source that has it. Computed from the files: no WITS file for Uzbekistan, IMF DOTS rows for it.
function dotsHasReporter(iso3: string): boolean {
  const csv = gunzipSync(readFileSync('data/imf-dots/dots_all_long.csv.gz')).toString('utf8');
  return csv.includes(`,${iso3},exports_fob,`) || csv.includes(`,${iso3},imports_cif,`);
}

test('typing Uzbekistan with WITS says WITS has no file for it and offers IMF DOTS, by keyboard', async ({
  page,
}) => {
  expect(existsSync('data/worldbank/en_UZB_AllYears_WITS_Trade_Summary.CSV')).toBe(false);
  expect(dotsHasReporter('UZB')).toBe(true);
  await openDashboard(page);
  const box = page.getByRole('combobox', { name: 'Reporter' });
  await box.click();
  await box.pressSequentially('Uzbek');
  const hint = page.getByTestId('no-match-hint');
  await expect(hint).toHaveText(/World Bank WITS has no file for Uzbekistan; IMF DOTS has\./);
  await page.keyboard.press('Tab');
  const offer = hint.getByRole('button', { name: 'Show Uzbekistan from IMF DOTS' });
  await expect(offer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]reporter=UZB(&|$)/);
  await expect(page).toHaveURL(/[?&]source=dots(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Uzbekistan');
  await expect(hint).toHaveCount(0);
});

test('a name no source has is said plainly', async ({ page }) => {
  await openDashboard(page);
  const box = page.getByRole('combobox', { name: 'Reporter' });
  await box.click();
  await box.pressSequentially('Atlantis');
  await expect(page.getByTestId('no-match-hint')).toHaveText(
    'No reporter in World Bank WITS or IMF DOTS matches “Atlantis”.',
  );
});
