// npm run bench — prints ingest figures (synthetic 1M and 4M-row DOTS files against sqlite3
// .import), then load, size, query and page figures for data/ on a fresh temporary database.
// Figures, not pass/fail: compare them across changes. Needs a build (`npm run build`) for the HTTP
// part. `npm run bench -- ingest` stops after the ingest and world-load figures.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseFilePath } from '../lib/database-url';
import { loadData } from '../lib/ingest/load';
import { bytesPerObservation, ingestFigures } from './bench/ingest';
import { migrate } from '../prisma/migrate';

const PORT = 3190;
const REQUESTS = 50;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function httpFigures(url: string) {
  const server = spawn('npx', ['next', 'start', '--port', String(PORT)], {
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const [page, pageMs] = await time(() => fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.text()));
    console.log(
      `GET /           first request ${pageMs.toFixed(0)} ms, HTML ${(page.length / 1024).toFixed(0)} KB`,
    );
    for (const query of ['', '?source=dots&partners=CHN,RUS,DEU,TUR,USA&from=1992&to=2020']) {
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1)
        latencies.push(
          (
            await time(() =>
              fetch(`http://127.0.0.1:${PORT}/api/series${query}`).then((r) => r.arrayBuffer()),
            )
          )[1],
        );
      console.log(
        `GET /api/series${query || ' (default)'}  p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms over ${REQUESTS}`,
      );
    }
    const [, csvMs] = await time(() =>
      fetch(`http://127.0.0.1:${PORT}/api/series/csv`).then((r) => r.text()),
    );
    const [, pngMs] = await time(() =>
      fetch(`http://127.0.0.1:${PORT}/api/chart/png?flows=import`).then((r) => r.arrayBuffer()),
    );
    console.log(`GET /api/series/csv ${csvMs.toFixed(0)} ms; GET /api/chart/png ${pngMs.toFixed(0)} ms`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  try {
    await ingestFigures();
    const [, migrateMs] = await time(() => migrate(url));
    console.log(`migrate         ${migrateMs.toFixed(0)} ms`);
    const [summary, loadMs] = await time(() => loadData({ databaseUrl: url }));
    console.log(
      `load (fresh)    ${loadMs.toFixed(0)} ms, ${summary.rows.toLocaleString('en')} observations, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    const [, reloadMs] = await time(() => loadData({ databaseUrl: url }));
    console.log(`load (no change) ${reloadMs.toFixed(0)} ms`);
    bytesPerObservation(databaseFilePath(url));
    if (process.argv.includes('ingest')) return;
    if (existsSync(path.join('.next', 'BUILD_ID'))) await httpFigures(url);
    else console.log('no build: run `npm run build` for the HTTP figures');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
