import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './helpers';

// Every response carries the security headers; pages run under a nonce Content-Security-Policy
// and still work: the dashboard, the embed and the interactive chart, with no violation reported.

const ROUTES = [
  '/',
  '/embed',
  '/?partners=ZZZ',
  '/api/series',
  '/api/series?from=nope',
  '/api/series/csv',
  '/api/datasets/wits-KAZ/csv',
  '/api/datasets/no-such-dataset/csv',
  '/api/chart/svg',
  '/api/chart/png',
  '/api/chart/preview',
  '/api/health',
  '/api/partners?reporter=KGZ&source=dots',
  '/api/partners?reporter=nope',
  '/icon.svg',
  '/v/unknown123',
  '/v/%FF',
  '/no-such-page',
  '/embed/', // Next's 308 to /embed, answered before the proxy runs
  '/mirror/',
];

test('every response has nosniff, a referrer policy, a permissions policy and a CSP', async ({ request }) => {
  const page = await (await request.get('/')).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
  expect(script).toBeTruthy();
  for (const route of [...ROUTES, script!]) {
    const response = await request.get(route, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], route).toBe('nosniff');
    expect(headers['referrer-policy'], route).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], route).toContain('camera=()');
    expect(headers['permissions-policy'], route).toContain('microphone=()');
    expect(headers['permissions-policy'], route).toContain('geolocation=()');
    expect(headers['content-security-policy'], route).toContain("object-src 'none'");
  }
});

test('the CSP allows scripts only by a fresh nonce, which the page’s scripts carry', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get('/');
    const csp = response.headers()['content-security-policy'];
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('only /embed may be framed by other sites', async ({ request }) => {
  const embed = (await request.get('/embed')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  const api = (await request.get('/api/chart/svg')).headers();
  expect(api['content-security-policy']).toContain("frame-ancestors 'self'");
});

// Collects what Chromium reports about the policy: console errors, uncaught errors and
// securitypolicyviolation events (recorded by a script the DevTools protocol injects, outside the CSP).
function watchForViolations(page: Page): () => Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  void page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

test('the dashboard hydrates and its chart tooltip works with no CSP violation', async ({ page }) => {
  const violations = watchForViolations(page);
  await openDashboard(page);
  const panel = page.getByTestId('panel-export');
  await panel.locator('.recharts-surface').hover();
  await expect(panel.locator('.chart-tooltip')).toContainText(/China: \d+\.\d\d %/);
  await page
    .getByRole('radio', { name: /IMF DOTS/ })
    .first()
    .click();
  await expect(page).toHaveURL(/source=dots/);
  await expect(panel.locator('.recharts-surface')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the embed draws its interactive chart with no CSP violation', async ({ page }) => {
  const violations = watchForViolations(page);
  await page.goto('/embed?flows=export');
  const surface = page.locator('.recharts-surface').first();
  await expect(surface).toBeVisible();
  await surface.hover();
  await expect(page.locator('.chart-tooltip')).toContainText(/China: /);
  expect(await violations()).toEqual([]);
});

test('an injected inline event handler does not run, and the attempt is reported', async ({ page }) => {
  const violations = watchForViolations(page);
  await openDashboard(page);
  // The classic HTML-injection payload: markup whose attribute runs script.
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="/no-such-image.png" onerror="window.injected = true">';
    document.body.append(holder);
  });
  await expect.poll(async () => (await violations()).join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
