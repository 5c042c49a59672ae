import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './helpers';

// Any reporter with data can be chosen; the page then speaks of it, and the article about
// Kazakhstan (its notes and claim checks) steps aside with a line saying why.

async function chooseReporterByKeyboard(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: 'Reporter' });
  await box.focus();
  await page.keyboard.type(text);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown'); // to the second match and back: the list follows the keys
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-reporter-option][aria-selected="true"]')).toHaveCount(1);
  await page.keyboard.press('Enter');
}

test('the reporter box offers every reporter the source has, found by typing', async ({ page }) => {
  await openDashboard(page);
  const box = page.getByRole('combobox', { name: 'Reporter' });
  await expect(box).toHaveValue('Kazakhstan');
  await box.focus();
  await page.keyboard.type('stan');
  const options = page.locator('[data-reporter-option]');
  await expect(options.filter({ hasText: 'Kyrgyzstan' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Tajikistan' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('Kazakhstan');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('choosing Kyrgyzstan with the keyboard retitles the page and sets the article aside', async ({
  page,
}) => {
  await openDashboard(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^China passed Russia in Kazakhstan’s exports/,
  );
  await chooseReporterByKeyboard(page, 'Kyrgyz');
  await expect(page).toHaveURL(/[?&]reporter=KGZ(&|$)/);

  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('Kyrgyzstan');
  await expect(h1).not.toContainText('Kazakhstan');
  await expect(page.locator('.lede')).toContainText('of Kyrgyzstan’s imports and exports');
  await expect(page.locator('.lede')).not.toContainText('article');
  for (const flow of ['import', 'export']) {
    const panel = page.getByTestId(`panel-${flow}`);
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Kyrgyzstan, 1995–2017');
    await expect(page.getByTestId(`summary-${flow}`)).toContainText('Kyrgyzstan’s');
    await expect(panel.locator('.recharts-line')).toHaveCount(2);
    await expect(panel.locator('.note-marker')).toHaveCount(0);
    await expect(panel.locator('.panel-notes')).toHaveCount(0);
  }
  await expect(page.locator('.notes-aside')).toHaveCount(0);
  await expect(page.getByTestId('claims-table')).toHaveCount(0);
  await expect(page.getByTestId('article-absent')).toHaveText(
    /^The article’s notes and claims are about Kazakhstan; this view shows Kyrgyzstan’s trade/,
  );
  await expect(page.getByRole('checkbox', { name: 'The article’s notes' })).toBeDisabled();
  await expect(page).toHaveTitle(/Kyrgyzstan/);

  // and back: Kazakhstan's view has the article again
  await chooseReporterByKeyboard(page, 'Kazakh');
  await expect(page.getByTestId('claims-table')).toBeVisible();
  await expect(page.getByTestId('article-absent')).toHaveCount(0);
  await expect(page.getByTestId('panel-export').locator('.note-marker').first()).toBeVisible();
});

test('a link to Kyrgyzstan’s view is drawn by the server with its own heading and no notes', async ({
  request,
}) => {
  const html = await (await request.get('/?reporter=KGZ')).text();
  const h1 = /<h1>(.*?)<\/h1>/.exec(html)?.[1];
  expect(h1).toContain('Kyrgyzstan');
  expect(html).not.toContain('data-testid="claims-table"');
  expect(html).not.toContain('class="note-marker');
  expect(html).toContain('data-testid="article-absent"');
});

test('at 375 px wide Kyrgyzstan’s view does not scroll sideways', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openDashboard(page, '?reporter=KGZ');
  await expect(page.getByTestId('article-absent')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('kyrgyzstan-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('kyrgyzstan-desktop.png'), fullPage: true });
});

test('axe finds no serious violation on another reporter’s view, with the reporter list open', async ({
  page,
}, testInfo) => {
  await openDashboard(page, '?reporter=KGZ');
  await page.getByRole('combobox', { name: 'Reporter' }).focus();
  await page.keyboard.type('stan');
  await expect(page.locator('[data-reporter-option]').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('reporter-list-open.png') });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('another reporter’s partners are fetched when it is chosen, and one can be added by keyboard', async ({
  page,
}) => {
  await openDashboard(page, '?source=dots');
  // The page came with Kazakhstan's partners only; Uzbekistan's are asked for when it is chosen.
  const fetched = page.waitForResponse(
    (response) => /\/api\/partners\?/.test(response.url()) && /reporter=UZB/.test(response.url()),
  );
  await chooseReporterByKeyboard(page, 'Uzbek');
  await expect(page).toHaveURL(/[?&]reporter=UZB(&|$)/);
  expect((await fetched).status()).toBe(200);

  const partnerBox = page.getByRole('combobox', { name: 'Add a partner' });
  await partnerBox.focus();
  await page.keyboard.type('Germany');
  await expect(partnerBox).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-partner-option="DEU"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]partners=CHN%2CRUS%2CDEU(&|$)|[?&]partners=CHN,RUS,DEU(&|$)/);
  await expect(page.locator('[data-partner-chip="DEU"]')).toHaveText(/Germany/);
  for (const flow of ['import', 'export']) {
    await expect(page.getByTestId(`panel-${flow}`).locator('.recharts-line')).toHaveCount(3);
  }
});
