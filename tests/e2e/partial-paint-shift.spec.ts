import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

// On a busy machine Chromium paints `/` before its parser has reached the export panel (the import
// panel's server-drawn chart is ~20 KB of HTML). The panels' grid (`auto-fit`) then has one child
// and gives it the whole width; when the export panel arrives the import panel halves, its heading
// wraps, and everything in it moves: a layout shift of 0.18 at 1280×900 (0.115 was once measured
// by the bench). Here the page is sent in two parts, cut before the export panel, 1.5 s apart, so
// that first paint happens every time. The panels reserve their columns (auto-fill, app/globals.css),
// so nothing moves when the export panel arrives (issue 24 item 9).
let proxy: Server;
let proxyBase: string;

test.beforeAll(async ({ baseURL }) => {
  proxy = createServer(async (req, res) => {
    const upstream = await fetch(`${baseURL}${req.url}`, { headers: { 'accept-encoding': 'identity' } });
    const skip = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'];
    res.writeHead(upstream.status, [...upstream.headers].filter(([name]) => !skip.includes(name)).flat());
    const body = Buffer.from(await upstream.arrayBuffer()).toString('latin1');
    const cut =
      req.url === '/' ? body.lastIndexOf('<figure', body.indexOf('data-testid="panel-export"')) : -1;
    if (cut <= 0) return void res.end(body, 'latin1');
    res.write(body.slice(0, cut), 'latin1');
    setTimeout(() => res.end(body.slice(cut), 'latin1'), 1500);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyBase = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

test.afterAll(() => proxy?.close());

test('the panels keep their place while the page is still arriving (1280×900)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
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
  await page.goto(`${proxyBase}/`, { waitUntil: 'load' });
  await expect(page.getByTestId('panel-export')).toBeVisible();
  await page.waitForTimeout(500);
  const total = await page.evaluate(
    () => (window as unknown as { __shifts: { total: number } }).__shifts.total,
  );
  expect(total).toBeLessThan(0.01);
});
