import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseFilePath } from '../lib/database/database-url';
import { MIGRATIONS_DIR, SCHEMA_PATH, createMigration, migrate, migrationTimestamp } from './migrate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name);
    const journalMode = db.pragma('journal_mode', { simple: true });
    const migrations = (db.prepare('SELECT count(*) AS n FROM _prisma_migrations').get() as { n: number }).n;
    return { tables, journalMode, migrations };
  } finally {
    db.close();
  }
}

describe('migrate', () => {
  it('creates every table in WAL mode, then applies nothing the second time', async () => {
    const file = path.join(tmp, 'nested', 'fresh.db');
    const committed = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory()).length;

    expect(await migrate(`file:${file}`)).toHaveLength(committed);
    const first = inspect(file);
    expect(first.tables).toEqual(
      expect.arrayContaining([
        'Dataset',
        'Economy',
        'EconomyAlias',
        'Observation',
        'Annotation',
        'Claim',
        'SharedView',
        '_prisma_migrations',
      ]),
    );
    expect(first.journalMode).toBe('wal');
    expect(first.migrations).toBe(committed);

    expect(await migrate(`file:${file}`)).toEqual([]);
    expect(inspect(file).migrations).toBe(first.migrations);
  });

  it('finds nothing to do for an up-to-date database that another process has open', async () => {
    const file = path.join(tmp, 'in-use.db');
    await migrate(`file:${file}`);
    const server = new Database(file); // what a running server holds
    try {
      server.prepare('SELECT count(*) FROM "Dataset"').get();
      expect(await migrate(`file:${file}`)).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('reports a DATABASE_URL of neither SQLite nor PostgreSQL without echoing it', async () => {
    await expect(migrate('mysql://user:secret@localhost/db')).rejects.toThrow(/file:.*postgres.*mysql:$/);
    await expect(migrate('mysql://user:secret@localhost/db')).rejects.not.toThrow(/secret/);
  });
});

describe('createMigration', () => {
  it('formats migration timestamps like prisma migrate dev', () => {
    expect(migrationTimestamp(new Date(Date.UTC(2024, 10, 9, 8, 7, 6)))).toBe('20241109080706');
  });

  it('finds no change between the committed migrations and schema.prisma', async () => {
    expect(await createMigration('unused')).toBeNull();
  });

  it('writes the next migration for a schema change, and it applies', async () => {
    const migrationsDir = path.join(tmp, 'migrations');
    fs.cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schemaPath = path.join(tmp, 'schema.prisma');
    fs.writeFileSync(schemaPath, `${fs.readFileSync(SCHEMA_PATH, 'utf8')}\nmodel Extra {\n  id Int @id\n}\n`);

    const now = new Date(Date.UTC(2999, 0, 2, 3, 4, 5));
    const file = await createMigration('Add extra!', { schemaPath, migrationsDir, now });
    expect(file).toBe(path.join(migrationsDir, '29990102030405_add_extra', 'migration.sql'));
    expect(fs.readFileSync(file!, 'utf8')).toContain('CREATE TABLE "Extra"');

    const db = path.join(tmp, 'extra.db');
    expect(await migrate(`file:${db}`, migrationsDir)).toContain('29990102030405_add_extra');
    expect(inspect(db).tables).toContain('Extra');
  });
});

describe('databaseFilePath', () => {
  it('resolves relative paths against the working directory and drops URL options', () => {
    expect(databaseFilePath('file:./data.db')).toBe(path.join(process.cwd(), 'data.db'));
    expect(databaseFilePath('file:/tmp/x.db?connection_limit=1')).toBe('/tmp/x.db');
    expect(databaseFilePath('file:///tmp/x.db')).toBe('/tmp/x.db');
  });
});
