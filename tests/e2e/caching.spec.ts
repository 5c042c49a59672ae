import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';

const VIEW_ROUTES = [
  '/api/series?partners=CHN,RUS,DEU&source=dots',
  '/api/series/csv?from=2000',
  '/api/chart/svg?flows=export',
  '/api/chart/png',
  '/api/chart/preview',
  '/api/partners?reporter=KGZ&source=dots',
  '/api/analyses/region/csv',
  '/api/analyses/mirror/svg',
  '/api/analyses/ranking/png?year=2015',
];

for (const route of VIEW_ROUTES) {
  test(`${route} carries a strong ETag a CDN may keep, and answers 304 to it`, async ({ request }) => {
    const first = await request.get(route);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/ prefix
    expect(first.headers()['cache-control']).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    const bytes = await first.body();

    const same = await request.get(route);
    expect(same.headers()['etag']).toBe(etag);
    expect(Buffer.compare(await same.body(), bytes)).toBe(0);

    const revalidated = await request.get(route, { headers: { 'if-none-match': etag } });
    expect(revalidated.status()).toBe(304);
    expect((await revalidated.body()).length).toBe(0);
  });
}

test('views differ in ETag; health and short-link creation are never stored', async ({ request }) => {
  const a = await request.get('/api/series?partners=CHN');
  const b = await request.get('/api/series?partners=RUS');
  expect(a.headers()['etag']).not.toBe(b.headers()['etag']);
  expect((await request.get('/api/health')).headers()['cache-control']).toBe('no-store');
  const share = await request.post('/api/share', { data: { query: 'partners=CHN' } });
  expect(share.headers()['cache-control']).toBe('no-store');
});

test('the dashboard answers a matching If-None-Match with 304 and no new nonce', async ({ request }) => {
  const first = await request.get('/?partners=CHN,TUR');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(first.headers()['cache-control']).toContain('no-cache');
  const revalidated = await request.get('/?partners=CHN,TUR', { headers: { 'if-none-match': etag } });
  expect(revalidated.status()).toBe(304);
  // A new nonce on the 304 would replace the stored page's policy and block its scripts.
  expect(revalidated.headers()['content-security-policy'] ?? '').not.toContain('nonce-');
  const other = await request.get('/?partners=CHN,RUS', { headers: { 'if-none-match': etag } });
  expect(other.status()).toBe(200);
});

test('a page the browser revalidates still comes to life', async ({ page }) => {
  await openDashboard(page, '?partners=CHN,KGZ');
  // The browser holds the page (private, no-cache) and asks with If-None-Match: the server's 304
  // is what must keep the page alive, so the test insists on it.
  const revalidation = page.waitForResponse((response) => response.url().endsWith('/?partners=CHN,KGZ'));
  await page.goto('/?partners=CHN,KGZ');
  const second = await revalidation;
  expect((await second.request().allHeaders())['if-none-match']).toMatch(/^"v\d+-/);
  // Chromium reports the stored page's 200; what came over the wire is a 304: headers, no body.
  expect((await second.request().sizes()).responseBodySize).toBe(0);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  await expect(page.getByTestId('panel-import')).toContainText('Kyrgyz');
});
