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
const launch = () =>
  chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

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

// settled: what is on the page once its scripts have run (the dashboard's interactive chart, by
// default); the load is measured until then, and the network is quiet.
export async function firstLoad(
  url: string,
  settled = '.chart-box[data-interactive="true"]',
): Promise<FirstLoad> {
  const browser = await launch();
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
    await page.waitForSelector(settled, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
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

// Layout shift as a busy machine shows it: Chromium with its CPU slowed `rate` times (CDP), which
// makes it paint a page before its parser has read all of it. The worst of `runs` loads at each
// viewport, with the elements that moved in its largest shift. (On a quiet machine, unthrottled,
// / measures 0; slowed, the panels' grid reflowed when the second panel arrived: 0.05–0.18.)
export type ThrottledShift = { viewport: string; worst: number; loads: number; moved: string };

const DESCRIBE_SHIFTS = `
  window.__shifts = [];
  const name = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!element) return '?';
    const id = element.getAttribute('data-testid');
    const cls = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
    return element.tagName.toLowerCase() + (id ? '[data-testid=' + id + ']' : cls ? '.' + cls : '');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput)
        window.__shifts.push({
          value: entry.value,
          moved: entry.sources
            .map((s) => name(s.node) + ' ' + Math.round(s.previousRect.width) + '→' + Math.round(s.currentRect.width) + ' px wide')
            .join(', '),
        });
  }).observe({ type: 'layout-shift', buffered: true });
`;

export async function throttledShifts(url: string, { runs, rate }: { runs: number; rate: number }) {
  const browser = await launch();
  const results: ThrottledShift[] = [];
  try {
    for (const [width, height] of [
      [1280, 900],
      [375, 812],
    ]) {
      const result = { viewport: `${width}×${height}`, worst: 0, loads: runs, moved: '' };
      for (let i = 0; i < runs; i += 1) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.addInitScript(DESCRIBE_SHIFTS);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        await page.waitForTimeout(3000);
        const shifts = (await page.evaluate('window.__shifts')) as { value: number; moved: string }[];
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        if (total > result.worst) {
          result.worst = total;
          result.moved = shifts.reduce((a, b) => (b.value > a.value ? b : a)).moved;
        }
        await page.close();
      }
      results.push({ ...result, worst: Number(result.worst.toFixed(4)) });
    }
  } finally {
    await browser.close();
  }
  return results;
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
  const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
  void firstLoad(url)
    .then((figures) => console.log(figures))
    .then(() => throttledShifts(url, { runs: 3, rate: 6 }))
    .then((shifts) => console.log(shifts));
}
