import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('each panel downloads as a PNG image', async ({ page }) => {
  await openDashboard(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('panel-import').locator('a[data-download="png"]').click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(600);
  expect(height).toBeGreaterThan(400);
});

test('the SVG download holds the title, legend, notes, source line and the view’s address', async ({
  page,
}) => {
  await openDashboard(page, '?partners=CHN,RUS,DEU&from=2000');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('panel-export').locator('a[data-download="svg"]').click(),
  ]);
  const svg = await readFile((await download.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Exports: Kazakhstan, 2000–2017');
  for (const name of ['China', 'Russia', 'Germany']) expect(svg).toContain(`>${name}</text>`);
  expect(svg).toContain('Shanghai Cooperation Organisation');
  expect(svg).toContain('data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV');
  expect(svg).toMatch(/View: http:\/\/[^<]+partners=CHN%2CRUS%2CDEU[^<]*from=2000/);
});

test('a pasted link unfurls with a picture of its own view, and the title names the view', async ({
  page,
  request,
}) => {
  await page.goto('/?partners=CHN,RUS,DEU&flows=export&source=dots');
  await expect(page).toHaveTitle('China, Russia and Germany: share of Kazakhstan’s exports, 1995–2017');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toContain('source=dots');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // 1200 × 630, the size OpenGraph and Twitter show without cropping
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
});

test('/embed shows one chart that other sites may frame, linking back to the full view', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/embed?flows=export&from=2000');
  expect(response?.headers()['x-frame-options']).toBeUndefined();
  expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
  await expect(page.locator('figure.panel')).toHaveCount(1);
  await expect(page.locator('.controls')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open the full dashboard/ })).toHaveAttribute(
    'href',
    '/?flows=export&from=2000',
  );

  // Framed by a page of another origin (a tiny server on another loopback port), the embed draws;
  // the dashboard itself refuses to be framed.
  const host = createServer((_, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(
      `<iframe id="embed" src="${baseURL}/embed?flows=export" width="700" height="600"></iframe><iframe id="full" src="${baseURL}/" width="700" height="600"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('#embed').locator('figure.panel svg').first()).toBeVisible();
    await expect(page.frameLocator('#embed').locator('body')).toContainText('Exports');
    // Chromium replaces a refused frame with its own error page.
    await expect
      .poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error://')))
      .toBe(true);
    await expect(page.frameLocator('#full').locator('body')).not.toContainText('How China caught up');
  } finally {
    host.close();
  }
});
