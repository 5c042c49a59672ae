import { expect, test, type Page } from '@playwright/test';

// On a 375 px phone: nothing runs off the screen except inside a table that scrolls (and says so) or
// the one-line views nav, which scrolls sideways with the same edge shadow,
// each claim's verdict is on screen beside it, and a share never wraps inside its cell.
test.use({ viewport: { width: 375, height: 800 } });

async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.table-scroll, .scroll-row, .visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 60)}`),
  );
}

for (const path of ['/', '/?view=table', '/sources', '/ranking', '/mirror', '/region']) {
  test(`nothing on ${path} runs off a phone's screen outside a scrolling table`, async ({ page }) => {
    await page.goto(path);
    expect(await offScreen(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}

test('each claim’s verdict is on screen beside it, and the table says it scrolls', async ({ page }) => {
  await page.goto('/');
  const table = page.getByTestId('claims-table');
  await table.scrollIntoViewIfNeeded();
  await expect(page.locator('.claims .scroll-cue')).toBeVisible();
  const verdicts = table.locator('td[data-verdict] .verdict');
  expect(await verdicts.count()).toBeGreaterThan(0);
  for (const verdict of await verdicts.all()) {
    const box = (await verdict.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
});

test('a share in the ranking table stays on one line', async ({ page }) => {
  await page.goto('/ranking');
  const lines = await page
    .getByTestId('ranking-table')
    .locator('td[data-share]')
    .evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.filter((n) => n > 1)).toEqual([]);
});
