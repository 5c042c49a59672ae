// npm run bench — prints ingest figures (synthetic 1M and 4M-row DOTS files against sqlite3
// .import), then load and size figures for data/ on a fresh temporary database, then the HTTP
// the uncached series read on it (scripts/bench/series-read.ts), then the HTTP figures against it
// (scripts/bench/http.ts). Figures, not pass/fail: compare them across changes.
// Needs a build (`npm run build`) for the HTTP part.
//   npm run bench -- ingest    stops after the ingest and world-load figures
//   npm run bench -- series    only the series read, on the database DATABASE_URL names (loaded)
//   npm run bench -- mixed     only the 3 minutes of mixed traffic and the memory (the server's, and
//                              the whole tree `npm run serve` starts), on the loaded database
//                              DATABASE_URL names (after a build)
//   npm run bench -- briefs    only the CPU of new PDF briefs and workbooks, on the loaded database
//                              DATABASE_URL names (after a build)
//   npm run bench -- load      only the 50-connection load test on every view route, on the loaded
//                              database DATABASE_URL names (after a build); BENCH_ROUTES=<text> runs
//                              only the routes whose label holds the text
//   npm run bench -- map       only the world map's figures (/map: HTML size, first-load JS, CPU of a
//                              new view), on the loaded database DATABASE_URL names
//   npm run bench -- http      skips the synthetic ingest figures
//   npm run bench -- --quick   WITS files only (no 5 M-row IMF DOTS file), short HTTP runs
//   npm run bench -- http-postgres   the HTTP figures on PostgreSQL (PG_TEST_URL): a fresh database
//                              there, migrated and loaded with the same files
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseFilePath, redactedUrl } from '../lib/database/database-url';
import { listDatasetFiles } from '../lib/ingest/dataset-files';
import { loadData } from '../lib/ingest/load';
import { httpBench, partBench } from './bench/http';
import { bytesPerObservation, ingestFigures } from './bench/ingest';
import { freshDatabase, postgresIngestFigures } from './bench/ingest-postgres';
import { seriesReadBench } from './bench/series-read';
import { migrate } from '../prisma/migrate';

const QUICK = process.argv.includes('--quick');
const POSTGRES_HTTP = process.argv.includes('http-postgres');
const HTTP_ONLY = QUICK || POSTGRES_HTTP || process.argv.includes('http');
const PG_HTTP_DATABASE = 'dash_pg_bench_http';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function main() {
  const loaded = process.env.DATABASE_URL ?? 'file:./data.db';
  if (process.argv.includes('series')) return seriesReadBench(loaded);
  if (process.argv.includes('mixed')) return partBench('mixed', loaded, QUICK ? 20 : 180);
  if (process.argv.includes('briefs')) return partBench('briefs', loaded, QUICK ? 5 : 20);
  if (process.argv.includes('map')) return partBench('map', loaded, QUICK ? 3 : 10);
  if (process.argv.includes('load')) return partBench('load', loaded, QUICK ? 3 : 30);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const url = POSTGRES_HTTP ? await freshPostgresDatabase() : `file:${path.join(dir, 'bench.db')}`;
  try {
    if (!HTTP_ONLY) {
      await ingestFigures();
      // With a PostgreSQL server (PG_TEST_URL): the COPY writer against psql \copy of the same file.
      if (process.env.PG_TEST_URL) await postgresIngestFigures(process.env.PG_TEST_URL);
    }
    const [, migrateMs] = await time(() => migrate(url));
    console.log(`migrate         ${migrateMs.toFixed(0)} ms`);
    const datasets = listDatasetFiles().filter((d) => !QUICK || d.source !== 'dots');
    const [summary, loadMs] = await time(() => loadData({ databaseUrl: url, datasets }));
    console.log(
      `load (fresh)    ${loadMs.toFixed(0)} ms, ${summary.rows.toLocaleString('en')} observations, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    const [, reloadMs] = await time(() => loadData({ databaseUrl: url, datasets }));
    console.log(`load (no change) ${reloadMs.toFixed(0)} ms`);
    if (!POSTGRES_HTTP) bytesPerObservation(databaseFilePath(url));
    if (process.argv.includes('ingest')) return;
    if (!POSTGRES_HTTP) await seriesReadBench(url); // counts statements through the SQLite adapter
    if (existsSync(path.join('.next', 'BUILD_ID'))) await httpBench(url, { quick: QUICK });
    else console.log('no build: run `npm run build` for the HTTP figures');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function freshPostgresDatabase(): Promise<string> {
  const server = process.env.PG_TEST_URL;
  if (!server)
    throw new Error('http-postgres needs PG_TEST_URL (a server on which the bench may create a database)');
  console.log(`PostgreSQL: ${PG_HTTP_DATABASE} on ${redactedUrl(server)}`);
  return freshDatabase(server, PG_HTTP_DATABASE, " TEMPLATE template0 LOCALE 'C.UTF-8'");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
