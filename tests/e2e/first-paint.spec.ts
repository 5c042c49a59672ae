import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './helpers';

// A class name that only Recharts' own code holds: a script containing it is the Recharts bundle.
const RECHARTS_MARK = 'recharts-cartesian-grid';

// Records every script that arrives, and whether it was Recharts.
function watchScripts(page: Page) {
  const recharts: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.text().then(
        (body) => void (body.includes(RECHARTS_MARK) && recharts.push(response.url())),
        () => undefined,
      ),
    );
  });
  return { recharts, settled: () => Promise.all(pending) };
}

// The browser never reports idle time, so only the reader's first interaction can fetch Recharts.
const NEVER_IDLE = () => {
  window.requestIdleCallback = () => 0;
};

test('the server-drawn chart is the first paint; Recharts is fetched only at idle time or first use', async ({
  page,
}) => {
  await page.addInitScript(NEVER_IDLE);
  const scripts = watchScripts(page);
  await openDashboard(page, '', { unfold: false });
  const panel = page.getByTestId('panel-import');
  await expect(panel.locator('svg.static-chart')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await scripts.settled();
  expect(scripts.recharts).toEqual([]);
  await expect(panel.locator('.recharts-wrapper')).toHaveCount(0);

  await page.mouse.move(300, 300); // the reader's first interaction
  await expect(panel.locator('.recharts-wrapper')).toBeVisible();
  await expect(panel.locator('svg.static-chart')).toBeHidden();
  await scripts.settled();
  expect(scripts.recharts).toHaveLength(1);
});

test('the interactive chart takes the static chart’s place without moving anything', async ({ page }) => {
  await page.addInitScript(NEVER_IDLE);
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openDashboard(page, '', { unfold: false });
  const panel = page.getByTestId('panel-import');
  const chartBox = panel.locator('.chart-box');
  const next = panel.locator('.source-line').first(); // what follows the chart on the page
  const before = { chart: await chartBox.boundingBox(), next: await next.boundingBox() };

  await page.mouse.move(300, 300);
  await expect(panel.locator('.recharts-wrapper')).toBeVisible();
  await expect(panel.locator('.recharts-line').first()).toBeVisible();
  const after = { chart: await chartBox.boundingBox(), next: await next.boundingBox() };
  expect(after).toEqual(before);
  const shift = await page.evaluate(
    () => (window as unknown as { __shifts: { total: number } }).__shifts.total,
  );
  expect(shift).toBeLessThan(0.01);
});

test('without any interaction the interactive chart arrives once the browser is idle', async ({ page }) => {
  await openDashboard(page, '', { unfold: false });
  await expect(page.getByTestId('panel-export').locator('.recharts-wrapper')).toBeVisible();
});
