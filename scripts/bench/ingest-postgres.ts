import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { redactedUrl } from '../../lib/database/database-url';
import { runOnServer, withDatabase } from '../../prisma/postgres/postgres-migration-adapter';
import { migrate } from '../../prisma/migrate';
import { fmt, runLoadFile, SIZES, TMP } from './ingest';
import { writeSyntheticDots } from './synthetic-dots';

const SHAPE = SIZES[0].shape; // the 1M-row file of ingest.ts
const DATABASE = 'dash_pg_bench';

// An empty database `name` on the server (dropped first if there), with `options` for CREATE DATABASE.
export async function freshDatabase(serverUrl: string, name = DATABASE, options = ''): Promise<string> {
  await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"${options}`);
  return withDatabase(serverUrl, name);
}

// psql's \copy of the same file into a table with the same key: the floor a loader can approach.
function timePsqlCopy(url: string, file: string): number {
  const create =
    'CREATE TABLE dots (reporter text, reporter_iso3 text, flow text, partner text, year int, value_as_stored text, ' +
    'value_usd_millions double precision, estimate_flag text, source_file text, PRIMARY KEY (reporter, flow, partner, year))';
  const setup = spawnSync('psql', [url, '-qc', create], { encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`psql failed: ${setup.stderr || setup.error}`);
  const started = performance.now();
  const run = spawnSync(
    'psql',
    [url, '-qc', `\\copy dots FROM '${path.resolve(file)}' WITH (FORMAT csv, HEADER true)`],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`psql \\copy failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

/** The loader on PostgreSQL (COPY … FROM STDIN) against psql \copy of the same synthetic file. */
export async function postgresIngestFigures(serverUrl: string) {
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, 'dots-synthetic-1M.csv');
  if (!existsSync(file)) await writeSyntheticDots(file, SHAPE);
  const inputRows = SHAPE.reporters * 2 * SHAPE.partners * SHAPE.years;

  const loaderUrl = await freshDatabase(serverUrl);
  await migrate(loaderUrl);
  const loader = runLoadFile(loaderUrl, file);
  const loaderRate = inputRows / loader.seconds;

  const copySeconds = timePsqlCopy(await freshDatabase(serverUrl), file);
  const copyRate = inputRows / copySeconds;
  await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  console.log(
    `ingest 1M rows on PostgreSQL (${redactedUrl(serverUrl)}, ${(statSync(file).size / 1e6).toFixed(0)} MB CSV): ` +
      `loader ${loader.seconds.toFixed(1)} s, ${fmt(loaderRate)} rows/s, ${fmt(loader.rows)} observations with derived shares, ` +
      `peak RSS ${loader.maxRssMb.toFixed(0)} MB; psql \\copy ${copySeconds.toFixed(1)} s, ${fmt(copyRate)} rows/s; ` +
      `loader/\\copy ${(loaderRate / copyRate).toFixed(2)} (target ≥ 0.33)`,
  );
}
