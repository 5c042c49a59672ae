import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import {
  PG_TEST_URL,
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';
import { PROJECT_SCHEMA_PATHS, checkMigrations } from '../check-schemas';
import { migrate } from '../migrate';
import { POSTGRES_MIGRATIONS_DIR } from './postgres-schema';

const databases: TestDatabase[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-postgres-test-'));
afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function databaseNames(): Promise<string[]> {
  return (await query<{ datname: string }>(PG_TEST_URL!, 'SELECT datname FROM pg_database')).map(
    (r) => r.datname,
  );
}

describePostgres('npm run db:migrate with a postgres:// DATABASE_URL', () => {
  it('creates every table from prisma/postgres/migrations, then applies nothing the second time', async () => {
    const db = await createTestDatabase('migrate');
    databases.push(db);
    const committed = fs
      .readdirSync(POSTGRES_MIGRATIONS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);

    expect(await migrate(db.url)).toEqual(committed);
    const tables = await query<{ tablename: string }>(
      db.url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables.map((t) => t.tablename).sort()).toEqual(
      [
        'Annotation',
        'DataVersion',
        'DatasetChange',
        'Revision',
        'ReporterPartner',
        'FixedShareStretch',
        'Claim',
        'Dataset',
        'Economy',
        'EconomyAlias',
        'Observation',
        'ProfileRevision',
        'ProfileValue',
        'SharedView',
        '_prisma_migrations',
      ].sort(),
    );
    // Float is a double on both providers: a share keeps every digit SQLite keeps.
    const [value] = await query<{ data_type: string }>(
      db.url,
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'Observation' AND column_name = 'value'`,
    );
    expect(value.data_type).toBe('double precision');

    expect(await migrate(db.url)).toEqual([]);
    const recorded = await query<{ n: string }>(db.url, 'SELECT count(*) AS n FROM _prisma_migrations');
    expect(Number(recorded[0].n)).toBe(committed.length);
  });
});

describePostgres('the schema check on PostgreSQL', () => {
  it('replays prisma/postgres/migrations into a shadow database and finds schema.prisma, then drops the shadow', async () => {
    const before = await databaseNames();
    expect(await checkMigrations('postgresql', PROJECT_SCHEMA_PATHS, PG_TEST_URL)).toEqual([]);
    expect(await databaseNames()).toEqual(before);
  });

  it('names the missing step when the PostgreSQL schema has a model no migration creates', async () => {
    const postgresSchema = path.join(tmp, 'schema.prisma');
    fs.writeFileSync(
      postgresSchema,
      `${fs.readFileSync(PROJECT_SCHEMA_PATHS.postgresSchema, 'utf8')}\nmodel Extra {\n  id Int @id\n}\n`,
    );
    const [drift] = await checkMigrations(
      'postgresql',
      { ...PROJECT_SCHEMA_PATHS, postgresSchema },
      PG_TEST_URL,
    );
    expect(drift).toMatch(/postgres\/migrations does not produce the schema/);
    expect(drift).toContain('CREATE TABLE "Extra"');
  });
});
