import { expect, test, type Page } from '@playwright/test';
import { openDashboard, openViewSettings } from './helpers';

// Each view setting lives in the URL: opening a link sets the controls and the view, and changing a
// control writes the URL without a reload.

async function tableValues(page: Page, flow: string, partner: string) {
  return page
    .getByTestId(`table-${flow}`)
    .locator(`td[data-partner="${partner}"]`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
}

const cases: {
  param: string;
  value: string;
  check: (page: Page) => Promise<void>;
  change: (page: Page) => Promise<void>;
}[] = [
  {
    param: 'partners',
    value: 'CHN,RUS,DEU',
    check: async (page) => {
      await expect(page.locator('[data-partner-chip]')).toHaveText(['China×', 'Russia×', 'Germany×']);
      await expect(page.getByTestId('panel-import').locator('.chart-legend li')).toHaveText([
        'China',
        'Russia',
        'Germany',
      ]);
    },
    change: async (page) => {
      await page.getByLabel('Add a partner').fill('germ');
      await page.locator('[data-partner-option="DEU"]').click();
    },
  },
  {
    param: 'flows',
    value: 'export',
    check: async (page) => {
      await expect(page.getByTestId('panel-export')).toBeVisible();
      await expect(page.getByTestId('panel-import')).toHaveCount(0);
    },
    change: async (page) => page.getByRole('checkbox', { name: 'Imports' }).click(),
  },
  {
    param: 'from',
    value: '2005',
    check: async (page) => {
      await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2005');
      await expect(page.getByTestId('table-import').locator('tbody th').first()).toHaveText('2005');
    },
    change: async (page) => {
      await page.getByRole('combobox', { name: 'From' }).selectOption('2005');
    },
  },
  {
    param: 'to',
    value: '2019',
    check: async (page) => {
      await expect(page.getByRole('combobox', { name: 'to', exact: true })).toHaveValue('2019');
      await expect(page.getByTestId('table-import').locator('tbody th').last()).toHaveText('2019');
    },
    change: async (page) => {
      await page.getByRole('combobox', { name: 'to', exact: true }).selectOption('2019');
    },
  },
  {
    param: 'reporter',
    value: 'KGZ',
    check: async (page) => {
      await expect(page.getByRole('combobox', { name: 'Reporter' })).toHaveValue('Kyrgyzstan');
      await expect(page.getByTestId('panel-import').getByRole('heading')).toContainText('Kyrgyzstan');
    },
    change: async (page) => {
      await page.getByRole('combobox', { name: 'Reporter' }).fill('kyrg');
      await page.locator('[data-reporter-option="KGZ"]').click();
    },
  },
  {
    param: 'source',
    value: 'dots',
    check: async (page) => {
      await expect(page.getByRole('radio', { name: 'IMF DOTS' })).toBeChecked();
      await expect(page.getByTestId('panel-import').locator('.source-line')).toContainText(
        'International Monetary Fund',
      );
    },
    change: async (page) => page.getByRole('radio', { name: 'IMF DOTS' }).click(),
  },
  {
    param: 'measure',
    value: 'value',
    check: async (page) => {
      await expect(page.getByRole('radio', { name: /Value/ })).toBeChecked();
      await expect(page.getByTestId('table-import').locator('caption')).toContainText('US$ million');
    },
    change: async (page) => page.getByRole('radio', { name: /Value/ }).click(),
  },
  {
    param: 'view',
    value: 'table',
    check: async (page) => {
      await expect(page.getByRole('radio', { name: 'Tables' })).toBeChecked();
      await expect(page.getByTestId('table-import')).toBeVisible();
      await expect(page.getByTestId('table-export')).toBeVisible();
    },
    change: async (page) => page.getByRole('radio', { name: 'Tables' }).click(),
  },
  {
    param: 'tables',
    value: 'import',
    check: async (page) => {
      const imports = page.getByTestId('panel-import');
      await expect(imports.getByRole('button', { name: 'Show chart' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(page.getByTestId('table-import')).toHaveClass('table-scroll');
      await expect(imports.locator('svg.static-chart')).toHaveCount(0);
      // the other panel keeps its chart
      await expect(
        page.getByTestId('panel-export').getByRole('button', { name: 'Show table' }),
      ).toBeVisible();
      await expect(page.getByTestId('table-export')).toHaveClass('visually-hidden');
      await expect(page.getByRole('radio', { name: 'Charts' })).toBeChecked();
    },
    change: async (page) =>
      page.getByTestId('panel-import').getByRole('button', { name: 'Show table' }).click(),
  },
  {
    param: 'annotations',
    value: 'off',
    check: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'The article’s notes' })).not.toBeChecked();
      await expect(page.locator('.note-marker')).toHaveCount(0);
    },
    change: async (page) => page.getByRole('checkbox', { name: 'The article’s notes' }).click(),
  },
  {
    param: 'fill',
    value: 'on',
    check: async (page) => {
      await expect(page.getByRole('checkbox', { name: /Fill gaps/ })).toBeChecked();
      await expect(page.getByTestId('panel-import').locator('.chart-legend li')).toContainText([
        'China (IMF DOTS, fills gaps)',
      ]);
    },
    change: async (page) => page.getByRole('checkbox', { name: /Fill gaps/ }).click(),
  },
];

for (const { param, value, check, change } of cases) {
  test(`${param}=${value} opens from a link, and the control writes it back to the URL`, async ({ page }) => {
    await openDashboard(page, `?${param}=${value}`);
    await check(page);

    await openDashboard(page);
    await change(page);
    await expect(page).toHaveURL(new RegExp(`[?&]${param}=${value.replaceAll(',', '(,|%2C)')}(&|$)`));
    await check(page);
    await page.reload();
    await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
    await openViewSettings(page);
    await check(page);
  });
}

test('the plain address is the default view, and defaults are left out of links', async ({ page }) => {
  await openDashboard(page, '?source=wits&measure=share&from=1995');
  await page.getByRole('radio', { name: 'IMF DOTS' }).click();
  await expect(page).toHaveURL(/\/\?source=dots$/);
});

test('Back and Forward restore earlier views without a reload', async ({ page }) => {
  await openDashboard(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByRole('radio', { name: 'IMF DOTS' }).click();
  await expect(page).toHaveURL(/source=dots/);
  await page.getByRole('radio', { name: /Value/ }).click();
  await expect(page).toHaveURL(/measure=value/);

  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Share (%)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'IMF DOTS' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'World Bank WITS' })).toBeChecked();
  await expect(page.getByTestId('panel-import').locator('.source-line')).toContainText('World Bank');
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'IMF DOTS' })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test('the first load asks the API for nothing; a change of view fetches the series once', async ({
  page,
}) => {
  const seriesRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/series')) seriesRequests.push(request.url());
  });
  await openDashboard(page);
  await page.waitForLoadState('networkidle');
  expect(seriesRequests).toEqual([]);
  await page.getByRole('radio', { name: 'IMF DOTS' }).click();
  await expect(page.getByTestId('panel-import').locator('.source-line')).toContainText(
    'International Monetary Fund',
  );
  expect(seriesRequests).toHaveLength(1);
  expect(seriesRequests[0]).toContain('source=dots');
});

test('Copy link, opened in a fresh browser, shows the same view', async ({ page, browser }, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?partners=CHN,RUS,DEU&flows=import&from=2000&to=2010&view=table');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await tableValues(page, 'import', 'DEU');

  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('[data-partner-chip]')).toHaveText(['China×', 'Russia×', 'Germany×']);
  await expect(other.getByTestId('panel-export')).toHaveCount(0);
  expect(await tableValues(other, 'import', 'DEU')).toEqual(expected);
  await fresh.close();
});

test('hostile and invalid parameters give the default view with a notice, and run nothing', async ({
  page,
  request,
}) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const hostile = `?partners=${encodeURIComponent('<script>alert(1)</script>')}&from=abc&source=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&view=table&to=99999&flows=sideways`;
  const response = await page.goto(`/${hostile}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice).toContainText('partners');
  await expect(notice).toContainText('from');
  await expect(notice).toContainText('source');
  await expect(notice).toContainText('flows');
  // the valid part of the link still applies; the rest is the default view
  await expect(page.getByTestId('table-import')).toBeVisible();
  await expect(page.locator('[data-partner-chip]')).toHaveText(['China×', 'Russia×']);
  expect(dialog).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  for (const query of [
    hostile,
    '?reporter=',
    '?partners=,,,',
    '?from=1995&from=2000',
    `?partners=${'A'.repeat(20000)}`,
    '?%E0%A4%A=1',
  ]) {
    const html = await request.get(`/${query}`);
    expect(html.status(), query).toBeLessThan(500);
    expect(await html.text()).not.toContain('<script>alert(1)</script>');
    expect((await request.get(`/api/series${query}`)).status(), query).toBeLessThan(500);
  }
});

test('Short link gives a /v/ address that reopens the same view', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?partners=CHN,TUR&flows=export&from=2001&source=dots');
  await page.getByRole('button', { name: 'Short link' }).click();
  const field = page.getByLabel('Short link');
  await expect(field).toHaveValue(/\/v\/[A-Za-z0-9_-]+$/);
  await openDashboard(page, new URL(await field.inputValue()).pathname.replace(/^\//, ''));
  await expect(page).toHaveURL(/\/\?partners=CHN%2CTUR&flows=export&from=2001&source=dots&v=\d+$/);
  await expect(page.locator('[data-partner-chip]')).toHaveText(['China×', 'Turkey×']);
  await expect(page.getByRole('radio', { name: 'IMF DOTS' })).toBeChecked();
});
