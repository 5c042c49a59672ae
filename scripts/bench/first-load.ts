// First-load JavaScript, Largest Contentful Paint and layout shift of a page, from a real Chromium
// load: what a reader's browser downloads and sees, not what the build says.
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { chromium, type Response } from '@playwright/test';

export type FirstLoad = {
  scripts: number; // scripts fetched by the load event: the critical path
  transferredKB: number; // their bytes on the wire (the server's gzip)
  gzipKB: number; // their bodies gzipped here (level 9), whatever the server sent
  rawKB: number;
  laterScripts: number; // fetched after the load event (the interactive chart on idle)
  laterGzipKB: number;
  lcpMs: number;
  cls: number;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Installed before any page script: collects LCP and layout shifts as the browser reports them.
const OBSERVE = `
  window.__vitals = { lcp: 0, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__vitals.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

type Script = { bytes: number; transferred: number; gzip: number };

export async function firstLoad(url: string): Promise<FirstLoad> {
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(OBSERVE);
    const early: Promise<Script>[] = [];
    const later: Promise<Script>[] = [];
    let loaded = false;
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      (loaded ? later : early).push(measure(response));
    });
    await page.goto(url, { waitUntil: 'load' });
    loaded = true;
    // The interactive chart arrives on idle; the page is settled once every panel has swapped.
    await page.waitForSelector('.chart-box[data-interactive="true"]', { timeout: 30_000 });
    await page.waitForTimeout(500);
    const vitals = (await page.evaluate('window.__vitals')) as { lcp: number; cls: number };
    const first = await Promise.all(early);
    const rest = await Promise.all(later);
    const kb = (scripts: Script[], field: keyof Script) =>
      Math.round(scripts.reduce((sum, s) => sum + s[field], 0) / 102.4) / 10;
    return {
      scripts: first.length,
      transferredKB: kb(first, 'transferred'),
      gzipKB: kb(first, 'gzip'),
      rawKB: kb(first, 'bytes'),
      laterScripts: rest.length,
      laterGzipKB: kb(rest, 'gzip'),
      lcpMs: Math.round(vitals.lcp),
      cls: Number(vitals.cls.toFixed(4)),
    };
  } finally {
    await browser.close();
  }
}

async function measure(response: Response): Promise<Script> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const sizes = await response
    .request()
    .sizes()
    .catch(() => ({ responseBodySize: body.length }));
  return {
    bytes: body.length,
    transferred: sizes.responseBodySize,
    gzip: gzipSync(body, { level: 9 }).length,
  };
}

if (process.argv[1]?.endsWith('first-load.ts')) {
  firstLoad(process.argv[2] ?? 'http://127.0.0.1:3000/').then((figures) => console.log(figures));
}
