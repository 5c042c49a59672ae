import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The first screen is the finding and its chart: at a laptop's 1280 × 900 and a phone's 375 × 800 the
// headline and the first chart are on it, with the settings folded under one line that still opens
// by keyboard and is announced to screen readers.
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
]) {
  test(`at ${viewport.width} × ${viewport.height} the headline and the first chart are on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading!.y + heading!.height).toBeLessThan(viewport.height);
    // the chart's box: the server's drawing, then the interactive chart in its place
    const plot = await page.getByTestId('panel-import').locator('.chart-box').boundingBox();
    expect(plot).not.toBeNull();
    // at 1280 the whole chart is on the first screen; on a phone it starts there, its upper half showing
    const shown = viewport.width >= 1280 ? 1 : 0.5;
    expect(plot!.y + plot!.height * shown).toBeLessThanOrEqual(viewport.height);
    await expect(page.getByRole('combobox', { name: 'Reporter' })).toBeHidden();
  });
}

test('the folded settings open from the keyboard and say what the view shows', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  const summary = page.getByTestId('view-settings').locator('summary');
  await expect(summary).toContainText('Change the view');
  await expect(summary).toContainText('China, Russia · Kazakhstan · imports and exports · 1995–2017');
  await summary.focus();
  await page.keyboard.press('Enter');
  const reporter = page.getByRole('combobox', { name: 'Reporter' });
  await expect(reporter).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'View settings' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
