// The loader's guarantees on PostgreSQL, where it writes through COPY … FROM STDIN
// (bulk-writer/postgres-bulk-writer.ts); lib/ingest/load.test.ts holds them on SQLite. Where both
// can be compared, the expectation is SQLite's own result for the same files.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';
import { datasetFileFor, DOTS_FILE, type ObservationFile } from './dataset-files';
import { FIXTURES_ROOT } from './fixtures/fixture-helpers';
import { IngestError } from './ingest-error';
import { loadData, type LoadOptions } from './load';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-pg-test-'));
const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const WITS_FIXTURE: ObservationFile = {
  ...datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV'),
  id: 'fixture-wits-kaz',
  file: 'wits/kaz.csv',
  reporterAlias: undefined,
};
const DOTS_FIXTURE: ObservationFile = {
  ...datasetFileFor.dots,
  id: 'fixture-dots',
  file: 'dots/central-asia.csv',
};
const FIXTURES = {
  root: FIXTURES_ROOT,
  datasets: [WITS_FIXTURE, DOTS_FIXTURE],
  economiesFile: 'economies.csv',
};

async function freshPostgres(label: string): Promise<string> {
  const db = await createTestDatabase(label);
  databases.push(db);
  await migrate(db.url);
  return db.url;
}

let counter = 0;
async function freshSqlite(): Promise<{ url: string; file: string }> {
  counter += 1;
  const file = path.join(tmp, `sqlite-${counter}.db`);
  await migrate(`file:${file}`);
  return { url: `file:${file}`, file };
}

function copyOf(source: string): string {
  counter += 1;
  const root = path.join(tmp, `copy-${counter}`);
  fs.cpSync(source, root, { recursive: true });
  return root;
}

type Row = Record<string, unknown>;
const TABLES: Record<string, string[]> = {
  Dataset: ['id'],
  Economy: ['code'],
  EconomyAlias: ['source', 'alias'],
  Observation: ['datasetId', 'reporterCode', 'partnerCode', 'flow', 'measure', 'year'],
  ReporterPartner: ['datasetId', 'reporterCode', 'partnerCode'],
  Annotation: ['id'],
  Claim: ['id'],
};

// Every row the loader writes, read with a separate connection (not the code under test), in
// byte order as SQLite sorts: enums sort by declaration and text by locale on PostgreSQL otherwise.
async function snapshot(url: string): Promise<Record<string, Row[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, Row[]> = {};
    for (const [table, key] of Object.entries(TABLES)) {
      const order = key.map((column) => (column === 'year' ? '"year"' : `"${column}"::text COLLATE "C"`));
      tables[table] = (await client.query(`SELECT * FROM "${table}" ORDER BY ${order.join(', ')}`)).rows;
    }
    return tables;
  } finally {
    await client.end();
  }
}

function sqliteSnapshot(file: string): Record<string, Row[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      Object.entries(TABLES).map(([table, key]) => [
        table,
        db.prepare(`SELECT * FROM "${table}" ORDER BY ${key.map((c) => `"${c}"`).join(', ')}`).all() as Row[],
      ]),
    );
  } finally {
    db.close();
  }
}

// The load time differs between two loads by nature; everything else must not.
const withoutLoadTimes = (tables: Record<string, Row[]>): Record<string, Row[]> => ({
  ...tables,
  Dataset: tables.Dataset.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'loadedAt')),
  ),
});

async function failure(load: Promise<unknown>): Promise<IngestError> {
  try {
    await load;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describePostgres('loadData on PostgreSQL', () => {
  it('writes exactly the rows SQLite gets from the same files, and the same summary', async () => {
    const url = await freshPostgres('load_parity');
    const sqlite = await freshSqlite();
    const onPostgres = await loadData({ ...FIXTURES, databaseUrl: url });
    const onSqlite = await loadData({ ...FIXTURES, databaseUrl: sqlite.url });
    expect({ ...onPostgres, seconds: 0, revisionSeconds: 0 }).toEqual({
      ...onSqlite,
      seconds: 0,
      revisionSeconds: 0,
    });
    expect(onPostgres.rows).toBeGreaterThan(0);
    expect(onPostgres.exactDuplicates).toBeGreaterThan(0); // the DOTS fixture lists a row twice
    expect(withoutLoadTimes(await snapshot(url))).toEqual(withoutLoadTimes(sqliteSnapshot(sqlite.file)));
  });

  it('changes nothing when loaded again with the same files', async () => {
    const url = await freshPostgres('load_again');
    await loadData({ ...FIXTURES, databaseUrl: url });
    const before = await snapshot(url);
    const again = await loadData({ ...FIXTURES, databaseUrl: url });
    expect(again.loaded).toEqual([]);
    expect(again.dataVersion).toBeNull();
    expect(await snapshot(url)).toEqual(before); // loadedAt included
  });

  // Each bad file is refused at the same place with the same words as on SQLite, and nothing changes.
  for (const [file, bad] of [
    ['wits/kaz.csv', 'wits/bad-share-over-100.csv'],
    ['wits/kaz.csv', 'wits/bad-conflicting-duplicate.csv'],
    ['dots/central-asia.csv', 'dots/bad-conflicting-duplicate.csv'],
  ]) {
    it(`refuses ${bad} where SQLite does, and leaves the database exactly as it was`, async () => {
      const root = copyOf(FIXTURES_ROOT);
      const url = await freshPostgres('load_bad');
      const sqlite = await freshSqlite();
      const options: LoadOptions = { ...FIXTURES, root };
      await loadData({ ...options, databaseUrl: url });
      await loadData({ ...options, databaseUrl: sqlite.url });
      const before = await snapshot(url);
      fs.copyFileSync(path.join(FIXTURES_ROOT, bad), path.join(root, file));
      const onSqlite = await failure(loadData({ ...options, databaseUrl: sqlite.url }));
      const onPostgres = await failure(loadData({ ...options, databaseUrl: url }));
      expect(onSqlite.location.line).toBeGreaterThan(1);
      expect({ location: onPostgres.location, expected: onPostgres.expected }).toEqual({
        location: onSqlite.location,
        expected: onSqlite.expected,
      });
      expect(await snapshot(url)).toEqual(before);
    });
  }

  it('rolls back every write when a later dataset fails inside the transaction', async () => {
    const url = await freshPostgres('load_rollback');
    const root = copyOf(FIXTURES_ROOT);
    await loadData({ ...FIXTURES, root, databaseUrl: url });
    const before = await snapshot(url);
    // A changed WITS file is written first; then a dataset whose partner is no economy fails.
    const kaz = path.join(root, 'wits/kaz.csv');
    fs.writeFileSync(kaz, fs.readFileSync(kaz, 'utf8').replace(/^Kazakhstan,Russian Federation,.*\r\n/m, ''));
    const broken: ObservationFile = {
      ...WITS_FIXTURE,
      id: 'fixture-broken',
      file: 'wits/exact-duplicate.csv',
      recordReader: () => (record) => [
        {
          line: record.line,
          column: '2000',
          reporter: { code: 'KAZ' },
          partner: { code: 'XXX' },
          flow: 'export',
          measure: 'share',
          year: 2000,
          value: 1,
          flag: null,
        },
      ],
    };
    await expect(
      loadData({ ...FIXTURES, root, databaseUrl: url, datasets: [...FIXTURES.datasets, broken] }),
    ).rejects.toMatchObject({ location: { file: 'wits/exact-duplicate.csv' } });
    expect(await snapshot(url)).toEqual(before);
  });
});

describePostgres('npm run db:load on PostgreSQL beside a reader', () => {
  // What a page would read about the IMF dataset, in one snapshot (REPEATABLE READ).
  async function readDots(reader: pg.Client): Promise<string> {
    await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const dataset = await reader.query(`SELECT checksum FROM "Dataset" WHERE id = 'dots'`);
      // The sum in numeric, exact: a float8 sum depends on the order rows are added in, which a
      // parallel scan (once the table's statistics say it is large) changes from one read to the next.
      const rows = await reader.query(
        `SELECT count(*) AS n, sum(value::numeric) AS total FROM "Observation" WHERE "datasetId" = 'dots'`,
      );
      return `${dataset.rows[0]?.checksum}|${rows.rows[0].n}|${Number(rows.rows[0].total).toFixed(6)}`;
    } finally {
      await reader.query('COMMIT');
    }
  }

  // The first `rows` rows of the world's IMF DOTS file, as a new edition of it.
  function writeDotsRows(root: string, rows: number) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(process.cwd(), DOTS_FILE))).toString('utf8');
    let end = 0;
    for (let line = 0; line <= rows; line += 1) end = text.indexOf('\n', end) + 1;
    fs.writeFileSync(path.join(root, DOTS_FILE), zlib.gzipSync(text.slice(0, end)));
  }

  it('loads data/, then a new edition of a file, and the reader sees the old data or the new, never a mix', async () => {
    const url = await freshPostgres('load_reader');
    const root = path.join(tmp, 'reader');
    fs.cpSync(path.join(process.cwd(), 'data'), path.join(root, 'data'), { recursive: true });
    writeDotsRows(root, 200_000);
    await loadData({ root, databaseUrl: url });
    const reader = new pg.Client({ connectionString: url });
    await reader.connect();
    try {
      const before = await readDots(reader);
      writeDotsRows(root, 198_000);
      const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
      const loader = execFile(tsx, [path.join(process.cwd(), 'lib', 'ingest', 'cli.ts')], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
      });
      let output = '';
      loader.stdout?.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => loader.on('exit', resolve));
      let running = true;
      void exited.then(() => (running = false));
      const seen: string[] = [];
      while (running) {
        seen.push(await readDots(reader));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await exited).toBe(0);
      expect(output).toMatch(/^Done: 1 dataset\(s\) loaded/m);
      const after = await readDots(reader);
      expect(after).not.toBe(before);
      expect(seen.length).toBeGreaterThan(10); // the reader really ran while the load was writing
      expect(seen.filter((state) => state !== before && state !== after)).toEqual([]);
    } finally {
      await reader.end();
    }
  }, 600_000); // the machine is shared: loads have taken several times their usual time
});
