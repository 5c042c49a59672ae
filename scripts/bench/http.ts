// The HTTP part of `npm run bench`: autocannon against scripts/serve.ts (a production build) on the
// given database, beside a bare node:http server sending the same bytes; then first-load
// JavaScript, LCP and CLS from Chromium; then 50 connections on every view route (the dashboard's
// and the analyses': pages, embeds, downloads) and the memory through minutes of mixed traffic, of
// the server and of the whole tree `npm run serve` starts (npm, the start wrapper, the server).
// It prints; it does not judge.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { firstLoad, throttledShifts } from './first-load';
import { startProcess, type ServerProcess } from './server-process';
import { distinctAnalysisViews, distinctMapViews, distinctMapYears, distinctViews } from './views';
import { ANALYSIS_VIEWS } from '../../lib/view-state/analysis-state';
import { serveEnv } from '../serve-command';

const APP_PORT = Number(process.env.BENCH_PORT ?? 3190); // and the next port for the bare server
const BARE_PORT = APP_PORT + 1;

type Request = { path: string; headers?: Record<string, string> } | { paths: () => string };
type Figures = {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number; // the server's CPU time per answered request
  non2xx: number;
  timeouts: number;
  errors: number;
};

async function cannon(
  server: Pick<ServerProcess, 'origin' | 'cpuMs'>,
  request: Request,
  connections: number,
  seconds: number,
): Promise<Figures> {
  const origin = server.origin;
  const cpuBefore = server.cpuMs();
  const requests =
    'paths' in request
      ? [{ method: 'GET' as const, setupRequest: (r: object) => ({ ...r, path: request.paths() }) }]
      : [{ method: 'GET' as const, path: request.path, headers: request.headers }];
  const result = await autocannon({ url: origin, connections, duration: seconds, requests, timeout: 10 });
  const answered = Math.max(1, result.requests.total);
  return {
    cpuMsPerRequest: (server.cpuMs() - cpuBefore) / answered,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    errors: result.errors,
  };
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
function line(label: string, f: Figures, extra = '') {
  const bad =
    f.non2xx + f.timeouts + f.errors > 0
      ? `  non-2xx ${f.non2xx}, timeouts ${f.timeouts}, errors ${f.errors}`
      : '';
  console.log(
    `${label.padEnd(44)}${pad(Math.round(f.rps), 7)} req/s  p50 ${pad(f.p50.toFixed(1), 6)} ms  p99 ${pad(f.p99.toFixed(1), 6)} ms  ` +
      `CPU ${pad(f.cpuMsPerRequest.toFixed(2), 6)} ms/req${extra}${bad}`,
  );
}

const fixed = (path: string): [string, Request] => [path, { path }];
// A view nobody asked for yet, each request: `route` followed by the next of `views`.
const newEach = (route: string, views: Iterator<string>): Request => ({
  paths: () => `${route}${views.next().value}`,
});
const eachNew = (label: string, request: Request): [string, Request] => [
  `${label} (a new view each)`,
  request,
];

function cycle(paths: string[]): () => string {
  let i = 0;
  return () => paths[i++ % paths.length];
}

// As it is run in production: `npm run serve` (npm, scripts/start.ts --serve-only, scripts/serve.ts),
// so the memory of everything that stays running is measured, and the server's apart.
function startApp(databaseUrl: string): Promise<ServerProcess> {
  return startProcess('npm', ['run', '--silent', 'serve'], {
    port: APP_PORT,
    server: 'scripts/serve.ts',
    env: {
      MALLOC_ARENA_MAX: serveEnv().MALLOC_ARENA_MAX!,
      DATABASE_URL: databaseUrl,
      PORT: String(APP_PORT),
    },
    readyPath: '/api/health',
  });
}

// Stops the server and waits until its port no longer answers, so the next one started is the one asked.
async function stopApp(app: ServerProcess) {
  app.stop();
  while (
    await fetch(`${app.origin}/api/health`).then(
      () => true,
      () => false,
    )
  )
    await new Promise((resolve) => setTimeout(resolve, 200));
}

export async function httpBench(databaseUrl: string, { quick }: { quick: boolean }) {
  const seconds = quick ? 3 : 10;
  let app = await startApp(databaseUrl);
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-http-'));
  let bare: ServerProcess | null = null;
  try {
    console.log(
      `\nHTTP (autocannon, 10 connections, ${seconds} s each; RSS at start: server ${app.serverRssMB().toFixed(0)} MB, ` +
        `npm run serve's whole tree ${app.rssMB().toFixed(0)} MB)`,
    );
    const png = '/api/chart/png?flows=import';
    // Warm: the first request of a data version reads what every later one shares.
    const bodies: Record<string, { type: string; base64: string }> = {};
    for (const url of ['/api/series', '/', '/api/series/csv', png]) {
      const response = await fetch(`${app.origin}${url}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      bodies[url] = {
        type: response.headers.get('content-type') ?? 'text/plain',
        base64: bytes.toString('base64'),
      };
    }
    const bodiesFile = path.join(scratch, 'bodies.json');
    writeFileSync(bodiesFile, JSON.stringify(bodies));
    bare = await startProcess(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/bare-server.ts', String(BARE_PORT), bodiesFile],
      {
        port: BARE_PORT,
      },
    );

    const pageEtag = (await fetch(`${app.origin}/`)).headers.get('etag') ?? '';
    const views = distinctViews();
    const cases: [string, Request, string][] = [
      ['/api/series (cache hit)', { path: '/api/series' }, '/api/series'],
      ['/api/series (miss: a new view each)', newEach('/api/series', views), '/api/series'],
      ['/ (stored render, fresh nonce)', { path: '/' }, '/'],
      ['/ (a new view each: full render)', newEach('/', views), '/'],
      ['/ (If-None-Match: 304)', { path: '/', headers: { 'if-none-match': pageEtag } }, '/'],
      ['/api/series/csv', { path: '/api/series/csv' }, '/api/series/csv'],
      ['/api/chart/png', { path: png }, png],
      ['/api/chart/png (a new view each)', newEach('/api/chart/png', views), png],
    ];
    const bareFigures = new Map<string, Figures>();
    for (const [label, request, barePath] of cases) {
      const figures = await cannon(app, request, 10, seconds);
      if (!bareFigures.has(barePath))
        bareFigures.set(barePath, await cannon(bare, { path: barePath }, 10, seconds));
      const yardstick = bareFigures.get(barePath)!;
      line(
        label,
        figures,
        `   bare ${pad(Math.round(yardstick.rps), 6)} req/s (CPU ${yardstick.cpuMsPerRequest.toFixed(3)} ms/req), ` +
          `ratio ${(figures.rps / yardstick.rps).toFixed(3)}`,
      );
    }
    const miss1 = await cannon(app, newEach('/api/series', views), 1, seconds);
    line('/api/series (miss, 1 connection)', miss1);
    await briefCosts(app, views, seconds);

    console.log('\nFirst load of / in Chromium');
    const load = await firstLoad(`${app.origin}/`);
    console.log(
      `  scripts by the load event: ${load.scripts}, ${load.gzipKB} KB gzip (${load.transferredKB} KB transferred, ${load.rawKB} KB raw)`,
    );
    console.log(
      `  later (interactive chart, on idle): ${load.laterScripts} script(s), ${load.laterGzipKB} KB gzip`,
    );
    console.log(`  LCP ${load.lcpMs} ms, CLS ${load.cls}`);
    const rate = 6;
    for (const shift of await throttledShifts(`${app.origin}/`, { runs: quick ? 3 : 10, rate }))
      console.log(
        `  CLS with the CPU ${rate}× slower, ${shift.viewport}: worst ${shift.worst} of ${shift.loads} loads` +
          (shift.moved ? ` (largest shift moved: ${shift.moved})` : ''),
      );

    await mapFigures(app, seconds);

    await loadTest(app, views, quick ? 3 : 30);

    // The mixed traffic on a server of its own, started as in production: the peak is that of the
    // traffic, not of what 50 connections on every route left behind (printed here apart).
    console.log(`  server RSS after the load test: ${app.serverRssMB().toFixed(0)} MB`);
    await stopApp(app);
    app = await startApp(databaseUrl);
    await mixedTraffic(app, views, quick ? 20 : 180);
  } finally {
    bare?.stop();
    app.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

// 50 connections on every view route: each fixed view, and new views each (the dashboard's, an analysis's,
// their PNGs), heavy seconds each.
async function loadTest(app: ServerProcess, views: ReturnType<typeof distinctViews>, heavy: number) {
  console.log(
    `\nLoad test: 50 connections, ${heavy} s per route (PNG_QUEUE_MAX full: 503 + Retry-After, counted as non-2xx)`,
  );
  const analysisViews = distinctAnalysisViews();
  const loadRoutes: [string, Request][] = [
    fixed('/api/series?partners=CHN,RUS,DEU&source=dots'),
    eachNew('/api/series', newEach('/api/series', views)),
    ...['/', '/embed', '/api/series/csv', '/api/chart/svg', '/api/chart/png', '/api/chart/preview'].map(
      fixed,
    ),
    eachNew('/api/chart/png', newEach('/api/chart/png', views)),
    ...ANALYSIS_VIEWS.flatMap((view) =>
      [`/${view}`, `/embed/${view}`, ...['csv', 'svg', 'png'].map((f) => `/api/analyses/${view}/${f}`)].map(
        fixed,
      ),
    ),
    fixed('/api/brief/pdf'),
    fixed('/api/brief/xlsx/mirror'),
    eachNew('/<analysis>', newEach('/', analysisViews)),
    eachNew('/api/analyses/<view>/png', {
      paths: () => `/api/analyses/${analysisViews.next().value.replace('?', '/png?')}`,
    }),
  ];
  const only = process.env.BENCH_ROUTES; // e.g. `/<analysis>`: only the routes whose label holds it
  for (const [label, request] of loadRoutes.filter(([label]) => !only || label.includes(only))) {
    // A route nobody asked for yet is computed once first (the dashboard's were, above), and the
    // time that took is printed: an analysis computed anew takes seconds, longer than --quick's run.
    let first = '';
    if ('path' in request) {
      const started = performance.now();
      await fetch(`${app.origin}${request.path}`).then((response) => response.arrayBuffer());
      first = `   first answer ${(performance.now() - started).toFixed(0)} ms`;
    }
    line(label, await cannon(app, request, 50, heavy), first);
  }
}

// The world map (/map): its HTML's size, its first-load JavaScript, and the server's CPU time for a
// map nobody asked for yet (read, model, SVG and page): another year of a pair already read (what
// the year stepper asks for), and a new pair of partners each (their shares read first), on one
// connection so the CPU per request is the render's own.
async function mapFigures(app: ServerProcess, seconds: number) {
  console.log('\nThe world map (/map)');
  const html = Buffer.from(await (await fetch(`${app.origin}/map`)).arrayBuffer());
  console.log(
    `  HTML of /map: ${(html.length / 1024).toFixed(0)} KB raw, ${(gzipSync(html).length / 1024).toFixed(0)} KB gzip (limit 200 KB gzip)`,
  );
  const load = await firstLoad(`${app.origin}/map`, '.map-explorer');
  console.log(
    `  first load: ${load.scripts} scripts, ${load.gzipKB} KB gzip (${load.rawKB} KB raw; limit 200 KB gzip); ` +
      `later ${load.laterScripts} script(s), ${load.laterGzipKB} KB gzip; LCP ${load.lcpMs} ms, CLS ${load.cls}`,
  );
  const years = distinctMapYears();
  line('/map (a new year or base, 1 connection)', await cannon(app, newEach('/map', years), 1, seconds));
  const views = distinctMapViews();
  line('/map (a new pair each, 1 connection)', await cannon(app, newEach('/map', views), 1, seconds));
  // The server-drawn map alone (the issue's "≤ 50 ms of CPU"): read, model and SVG of a new view,
  // with its title, legend and source line, and the request around them.
  const svgs = distinctMapViews();
  line(
    'the map drawn: /api/analyses/map/svg (a new view each, 1 connection)',
    await cannon(app, newEach('/api/analyses/map/svg', svgs), 1, seconds),
    '   limit 50 ms of CPU',
  );
}

// One part of the HTTP figures alone, on a loaded database: `npm run bench -- map` (the world map's),
// `-- mixed` (the mixed-traffic memory run), `-- briefs` (the CPU of new briefs), `-- load` (the
// 50-connection load test).
export async function partBench(
  part: 'map' | 'mixed' | 'briefs' | 'load',
  databaseUrl: string,
  seconds: number,
) {
  const app = await startApp(databaseUrl);
  try {
    if (part === 'map') await mapFigures(app, seconds);
    else if (part === 'load') await loadTest(app, distinctViews(), seconds);
    else if (part === 'mixed') {
      console.log(
        `RSS after start: server ${app.serverRssMB().toFixed(0)} MB, whole tree ${app.rssMB().toFixed(0)} MB`,
      );
      await mixedTraffic(app, distinctViews(), seconds);
    } else {
      await fetch(`${app.origin}/api/brief/pdf`).then((response) => response.arrayBuffer()); // fonts, first reads
      await briefCosts(app, distinctViews(), seconds);
    }
  } finally {
    app.stop();
  }
}

// Minutes of traffic as a day's readers make it, and the memory through them: the server's, and
// the whole process tree's (npm, the start wrapper, the server and their children), each the peak
// of the sum of VmRSS sampled every 250 ms.
async function mixedTraffic(app: ServerProcess, views: ReturnType<typeof distinctViews>, seconds: number) {
  const mixed = cycle([
    ...Array.from({ length: 6 }, () => '/api/series'),
    '/',
    '/embed',
    '/api/series/csv',
    '/api/chart/svg',
    ...ANALYSIS_VIEWS.map((view) => `/${view}`),
    '/embed/mirror',
    '/api/analyses/region/csv',
    '/api/analyses/ranking/svg',
    '/api/brief/pdf',
    '/api/brief/xlsx/region',
  ]);
  const analysisViews = distinctAnalysisViews();
  let n = 0;
  const nextMixed = () => {
    n += 1;
    // One request in three is a view nobody asked for before: series, page, CSV or image, of the
    // dashboard or an analysis, or a brief (PDF or workbook); one in fifteen a new PNG.
    if (n % 3 !== 0) return mixed();
    const kind = (n / 3) % 10;
    if (kind === 8) return `/api/brief/pdf${views.next().value}`;
    if (kind === 9) return `/api/brief/xlsx/${analysisViews.next().value}`;
    if (kind < 4) return ['/api/series', '/', '/api/series/csv', '/api/chart/png'][kind] + views.next().value;
    const analysis = analysisViews.next().value;
    const format = ['', '/svg', '', '/png'][kind - 4];
    return kind === 6
      ? `/embed/${analysis}`
      : `/${format ? `api/analyses/${analysis.replace('?', `${format}?`)}` : analysis}`;
  };
  const memory = { server: () => app.serverRssMB(), tree: () => app.rssMB() };
  const start = { server: memory.server(), tree: memory.tree() };
  const peak = { ...start };
  const sampler = setInterval(() => {
    peak.server = Math.max(peak.server, memory.server());
    peak.tree = Math.max(peak.tree, memory.tree());
  }, 250);
  const figures = await cannon(app, { paths: nextMixed }, 20, seconds);
  clearInterval(sampler);
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  console.log(
    `\nMixed traffic, 20 connections, ${seconds} s (a third new views, PNGs and briefs among them; the analyses too)`,
  );
  line('mixed', figures);
  console.log(
    `  server RSS:                      ${mb(start.server)} at start, peak ${mb(peak.server)}, end ${mb(memory.server())}\n` +
      `  whole tree (npm run serve: npm, wrapper, server): ${mb(start.tree)} at start, peak ${mb(peak.tree)}, end ${mb(memory.tree())}`,
  );
}

// The server's CPU for one new brief (issue 22: at most 200 ms each), its reads of a view nobody
// asked for included: one connection, so the figure is the brief's own work, not a queue's.
async function briefCosts(app: ServerProcess, views: ReturnType<typeof distinctViews>, seconds: number) {
  const analysisViews = distinctAnalysisViews();
  console.log(`\nBriefs, a new view each (1 connection, ${seconds} s; CPU per brief, target ≤ 200 ms)`);
  const cases: [string, Request][] = [
    ['/api/brief/pdf (dashboard)', newEach('/api/brief/pdf', views)],
    ['/api/brief/pdf/<analysis>', newEach('/api/brief/pdf/', analysisViews)],
    ['/api/brief/xlsx (dashboard)', newEach('/api/brief/xlsx', views)],
    ['/api/brief/xlsx/<analysis>', newEach('/api/brief/xlsx/', analysisViews)],
  ];
  for (const [label, request] of cases) line(label, await cannon(app, request, 1, seconds));
}
