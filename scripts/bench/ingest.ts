import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../prisma/migrate';
import { writeSyntheticDots } from './synthetic-dots';

export const TMP = '.tmp/bench';
export const SIZES = [
  { label: '1M', shape: { reporters: 100, partners: 200, years: 25 } },
  { label: '4M', shape: { reporters: 200, partners: 200, years: 50 } },
];

export const fmt = (n: number) => Math.round(n).toLocaleString('en');

function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

function sqliteCli(): string | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

// CPU seconds (user + system) of this process's waited-for children, from /proc (Linux); null
// elsewhere. On a machine other jobs share, CPU time says more than the clock.
function childrenCpuSeconds(): number | null {
  try {
    // Fields 16 and 17 (cutime, cstime), counted from the state (field 3) after the command's name.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return null;
  }
}

// The sqlite3 shell's .import of the same file into a table with the same key, WITHOUT ROWID as ours.
function timeSqliteImport(
  file: string,
  databaseFile: string,
): { seconds: number; cpuSeconds: number | null } {
  removeDatabase(databaseFile);
  const script = [
    'CREATE TABLE dots (reporter TEXT, reporter_iso3 TEXT, flow TEXT, partner TEXT, year INTEGER, value_as_stored TEXT,',
    '  value_usd_millions REAL, estimate_flag TEXT, source_file TEXT, PRIMARY KEY (reporter, flow, partner, year)) WITHOUT ROWID;',
    `.import --csv --skip 1 ${file} dots`,
  ].join('\n');
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const run = spawnSync('sqlite3', [databaseFile], { input: script, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  const cpuAfter = childrenCpuSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds };
}

async function timeLoader(file: string, databaseFile: string) {
  removeDatabase(databaseFile);
  await migrate(`file:${databaseFile}`);
  return runLoadFile(databaseFile, file);
}

// The loader in a process of its own (scripts/bench/load-file.ts), on a migrated database (a file or
// a postgres:// URL): its figures, peak memory included.
export function runLoadFile(database: string, file: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/load-file.ts', database, file], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`loader failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    seconds: number;
    cpuSeconds: number;
    rows: number;
    maxRssMb: number;
  };
}

// Prints the loader's rate against sqlite3 .import on the same synthetic file, and its peak memory.
export async function ingestFigures() {
  mkdirSync(TMP, { recursive: true });
  const cli = sqliteCli();
  console.log(
    cli
      ? `sqlite3 CLI ${cli.split(' ')[0]}`
      : 'sqlite3 CLI missing (apt-get install sqlite3): no .import comparison',
  );
  const peaks: number[] = [];
  for (const { label, shape } of SIZES) {
    const file = path.join(TMP, `dots-synthetic-${label}.csv`);
    const rows = existsSync(file) ? null : await writeSyntheticDots(file, shape);
    const inputRows = rows ?? shape.reporters * 2 * shape.partners * shape.years;
    const loader = await timeLoader(file, path.join(TMP, `loader-${label}.db`));
    const loaderRate = inputRows / loader.seconds;
    peaks.push(loader.maxRssMb);
    let comparison = '';
    if (cli) {
      const sqliteImport = timeSqliteImport(file, path.join(TMP, `import-${label}.db`));
      const importRate = inputRows / sqliteImport.seconds;
      const ratio = (loaderRate / importRate).toFixed(2);
      comparison = `; sqlite3 .import ${sqliteImport.seconds.toFixed(1)} s, ${fmt(importRate)} rows/s; loader/.import ${ratio} (target ≥ 0.33)`;
      if (sqliteImport.cpuSeconds !== null) {
        const [loaderCpu, importCpu] = [loader.cpuSeconds, sqliteImport.cpuSeconds];
        comparison += `; by CPU time ${loaderCpu.toFixed(1)} s against ${importCpu.toFixed(1)} s, ${(importCpu / loaderCpu).toFixed(2)}`;
      }
    }
    console.log(
      `ingest ${label} rows (${(statSync(file).size / 1e6).toFixed(0)} MB CSV): loader ${loader.seconds.toFixed(1)} s, ` +
        `${fmt(loaderRate)} rows/s, ${fmt(loader.rows)} observations with derived shares, ` +
        `peak RSS ${loader.maxRssMb.toFixed(0)} MB${comparison}`,
    );
    removeDatabase(path.join(TMP, `loader-${label}.db`));
    removeDatabase(path.join(TMP, `import-${label}.db`));
  }
  console.log(`peak RSS 4M / 1M: ${(peaks[1] / peaks[0]).toFixed(2)} (target ≤ 1.2, and 4M ≤ 300 MB)`);
}

// Bytes the database file takes per stored observation, indexes included, after VACUUM.
export function bytesPerObservation(databaseFile: string) {
  const db = new Database(databaseFile);
  try {
    db.exec('VACUUM');
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const { n } = db.prepare('SELECT count(*) AS n FROM "Observation"').get() as { n: number };
    const observationBytes = db
      .prepare(
        `SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'Observation%' OR name LIKE 'sqlite_autoindex_Observation%'`,
      )
      .pluck()
      .get() as number;
    console.log(
      `world database: ${fmt(n)} observations, ${((pages * pageSize) / 1e6).toFixed(0)} MB after VACUUM, ` +
        `${((pages * pageSize) / n).toFixed(1)} bytes per observation (whole file; target ≤ 64), ${(observationBytes / n).toFixed(1)} in the Observation table`,
    );
    const profile = db
      .prepare(
        `SELECT (SELECT count(*) FROM "ProfileValue") AS n,
           (SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'ProfileValue%' OR name LIKE 'sqlite_autoindex_ProfileValue%') AS bytes`,
      )
      .get() as { n: number; bytes: number | null };
    console.log(
      `trade profile: ${fmt(profile.n)} values, ${((profile.bytes ?? 0) / Math.max(profile.n, 1)).toFixed(1)} bytes each in ` +
        `the ProfileValue table; whole file ${((pages * pageSize) / (n + profile.n)).toFixed(1)} bytes per stored number`,
    );
  } finally {
    db.close();
  }
}
