// The loader's guarantees on PostgreSQL (lib/ingest/load.test.ts holds them on SQLite): the same
// rows as SQLite, nothing written for unchanged files, located errors with nothing changed, one
// transaction, and a reader sees the old data or the new.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';
import { createPrismaClient, type PrismaClient } from '../prisma-client';
import { DATASET_FILES, type DatasetFile } from './dataset-files';
import { FIXTURES_ROOT } from './fixtures/fixture-helpers';
import { IngestError } from './ingest-error';
import { loadData } from './load';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-pg-test-'));
const databases: TestDatabase[] = [];
const clients: PrismaClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});
afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const WITS_KAZ = DATASET_FILES.find((d) => d.id === 'wits-KAZ')!;
const DOTS = DATASET_FILES.find((d) => d.source === 'dots')!;
const FIXTURE_OPTIONS = {
  root: FIXTURES_ROOT,
  datasets: [
    { ...WITS_KAZ, id: 'fixture-wits-kaz', file: 'wits/kaz.csv' },
    { ...DOTS, id: 'fixture-dots', file: 'dots/central-asia.csv' },
  ] satisfies DatasetFile[],
  economiesFile: 'economies.csv',
};

async function freshPostgres(label: string): Promise<{ url: string; prisma: PrismaClient }> {
  const db = await createTestDatabase(label);
  databases.push(db);
  await migrate(db.url);
  const prisma = createPrismaClient(db.url);
  clients.push(prisma);
  return { url: db.url, prisma };
}

let counter = 0;
function copyOf(source: string): string {
  counter += 1;
  const root = path.join(tmp, `copy-${counter}`);
  fs.cpSync(source, root, { recursive: true });
  return root;
}

type Row = Record<string, unknown>;
const ORDER = {
  Dataset: 'id',
  Economy: 'code',
  EconomyAlias: 'source, alias',
  Observation: '"datasetId", "reporterCode", "partnerCode", flow, measure, year',
  Annotation: 'id',
  Claim: 'id',
};

// Every row the loader writes, read with a separate connection (not the client under test).
async function snapshot(url: string): Promise<Record<string, Row[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, Row[]> = {};
    for (const [table, order] of Object.entries(ORDER)) {
      // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
      const orderBy = order
        .split(', ')
        .map((column) => `${column} COLLATE "C"`.replace(/year COLLATE "C"/, 'year'));
      tables[table] = (await client.query(`SELECT * FROM "${table}" ORDER BY ${orderBy.join(', ')}`)).rows;
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
      Object.entries(ORDER).map(([table, order]) => [
        table,
        db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all() as Row[],
      ]),
    );
  } finally {
    db.close();
  }
}

const withoutLoadTimes = (tables: Record<string, Row[]>): Record<string, Row[]> => ({
  ...tables,
  Dataset: tables.Dataset.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'loadedAt')),
  ),
});

describePostgres('loadData on PostgreSQL', () => {
  it('writes exactly the rows SQLite gets from the same files', async () => {
    const { url, prisma } = await freshPostgres('load_parity');
    const sqliteFile = path.join(tmp, 'parity.db');
    await migrate(`file:${sqliteFile}`);
    const sqlite = createPrismaClient(`file:${sqliteFile}`);
    clients.push(sqlite);

    const onPostgres = await loadData(prisma, FIXTURE_OPTIONS);
    const onSqlite = await loadData(sqlite, FIXTURE_OPTIONS);
    expect({ ...onPostgres, seconds: 0 }).toEqual({ ...onSqlite, seconds: 0 });
    const postgresRows = withoutLoadTimes(await snapshot(url));
    expect(postgresRows.Observation.length).toBeGreaterThan(0);
    expect(postgresRows).toEqual(withoutLoadTimes(sqliteSnapshot(sqliteFile)));
  });

  it('changes nothing when loaded again with the same files', async () => {
    const { url, prisma } = await freshPostgres('load_again');
    await loadData(prisma, FIXTURE_OPTIONS);
    const before = await snapshot(url);
    const again = await loadData(prisma, FIXTURE_OPTIONS);
    expect(again.loaded).toEqual([]);
    expect(await snapshot(url)).toEqual(before); // loadedAt included
  });

  it('rejects a bad file with its location and leaves the database exactly as it was', async () => {
    const { url, prisma } = await freshPostgres('load_bad');
    const root = copyOf(FIXTURES_ROOT);
    const options = { ...FIXTURE_OPTIONS, root };
    await loadData(prisma, options);
    const before = await snapshot(url);
    fs.copyFileSync(path.join(FIXTURES_ROOT, 'wits/bad-share-over-100.csv'), path.join(root, 'wits/kaz.csv'));
    const failure = loadData(prisma, options);
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toMatchObject({
      location: { file: 'wits/kaz.csv', line: 3, column: '1996' },
    });
    expect(await snapshot(url)).toEqual(before);
  });

  it('rolls back every write when one fails inside the transaction', async () => {
    const { url, prisma } = await freshPostgres('load_rollback');
    const root = copyOf(FIXTURES_ROOT);
    await loadData(prisma, { ...FIXTURE_OPTIONS, root });
    const before = await snapshot(url);
    // A changed WITS file is written first; then a dataset whose partner is no Economy fails on its foreign key.
    fs.writeFileSync(
      path.join(root, 'wits/kaz.csv'),
      fs
        .readFileSync(path.join(root, 'wits/kaz.csv'), 'utf8')
        .replace(/^Kazakhstan,Russian Federation,.*\r\n/m, ''),
    );
    const broken: DatasetFile = {
      ...WITS_KAZ,
      id: 'fixture-broken',
      file: 'wits/exact-duplicate.csv',
      toContent: () => ({
        observations: [
          {
            reporterCode: 'KAZ',
            partnerCode: 'XXX',
            flow: 'export',
            measure: 'share',
            year: 2000,
            value: 1,
            flag: null,
          },
        ],
        notes: [],
      }),
    };
    await expect(
      loadData(prisma, { ...FIXTURE_OPTIONS, root, datasets: [...FIXTURE_OPTIONS.datasets, broken] }),
    ).rejects.toThrow(/Foreign key constraint/);
    expect(await snapshot(url)).toEqual(before);
  });
});

describePostgres('npm run db:load on PostgreSQL beside a reader', () => {
  // What a page would read about the IMF dataset, in one snapshot (REPEATABLE READ).
  async function readDots(reader: pg.Client): Promise<string> {
    await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const dataset = await reader.query(`SELECT checksum FROM "Dataset" WHERE id = 'dots-central-asia'`);
      const rows = await reader.query(
        `SELECT count(*) AS n, sum(value) AS total FROM "Observation" WHERE "datasetId" = 'dots-central-asia'`,
      );
      return `${dataset.rows[0]?.checksum}|${rows.rows[0].n}|${Number(rows.rows[0].total).toFixed(6)}`;
    } finally {
      await reader.query('COMMIT');
    }
  }

  it('loads data/, then a new edition of a file, and the reader sees the old data or the new, never a mix', async () => {
    const { url, prisma } = await freshPostgres('load_reader');
    const root = copyOf(path.join(process.cwd(), 'data'));
    const cwd = path.dirname(root);
    fs.renameSync(root, path.join(cwd, 'data'));
    await loadData(prisma, { root: cwd });
    const reader = new pg.Client({ connectionString: url });
    await reader.connect();
    try {
      const before = await readDots(reader);
      // A new edition of the IMF file without its last 2,000 rows.
      const dotsFile = path.join(cwd, DOTS.file);
      const lines = fs.readFileSync(dotsFile, 'utf8').split('\n');
      fs.writeFileSync(dotsFile, `${lines.slice(0, lines.length - 2001).join('\n')}\n`);

      const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
      const loader = execFile(tsx, [path.join(process.cwd(), 'lib', 'ingest', 'cli.ts')], {
        cwd,
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
      expect(output).toMatch(/^Done: 1 dataset\(s\) loaded, [\d,]+ observations; \d+ unchanged;/m);
      const after = await readDots(reader);
      expect(after).not.toBe(before);
      expect(seen.length).toBeGreaterThan(10); // the reader really ran while the load was writing
      expect(seen.filter((state) => state !== before && state !== after)).toEqual([]);
    } finally {
      await reader.end();
    }
  }, 300_000); // the machine is shared: the load alone has taken 30 s under load
});
