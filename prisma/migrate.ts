// `npm run db:migrate`: apply the migrations to the database in DATABASE_URL (what `prisma migrate
// deploy` does): prisma/migrations for a SQLite `file:` URL, prisma/postgres/migrations for a
// postgres:// URL. `npm run db:migration:new -- <name>`: write the next migration for both providers
// from the difference between their migrations and prisma/schema.prisma (`prisma migrate dev
// --create-only`). Both run Prisma's schema engine as WebAssembly: see prisma/schema-engine.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  databaseFilePath,
  databaseProvider,
  redactedUrl,
  type DatabaseProvider,
} from '../lib/database/database-url';
import { migratePostgres } from './postgres/migrate-postgres';
import {
  POSTGRES_MIGRATIONS_DIR,
  POSTGRES_SCHEMA_PATH,
  writePostgresSchema,
} from './postgres/postgres-schema';
import {
  FINISHED_MIGRATIONS,
  MIGRATION_FILE,
  MIGRATION_LOCK_FILE,
  applyMigrations,
  migrationFolders,
  NO_FILTERS,
  POSTGRES_MIGRATION_LOCK,
  SQLITE_MIGRATION_LOCK,
  openSchemaEngine,
  readMigrationsList,
} from './schema-engine';
import { messageOf, runAsScript } from './run-as-script';

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = path.join(prismaDir, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(prismaDir, 'migrations');

// Where a new PostgreSQL migration's shadow database is created when DATABASE_URL is SQLite.
export const DEFAULT_POSTGRES_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Applies the migrations not yet recorded in the database's _prisma_migrations; returns their names. */
export async function migrate(
  url: string | undefined = process.env.DATABASE_URL,
  migrationsDir?: string,
): Promise<string[]> {
  if (url !== undefined && databaseProvider(url) === 'postgresql') return migratePostgres(url, migrationsDir);
  return migrateSqlite(url, migrationsDir);
}

async function migrateSqlite(
  url: string | undefined,
  migrationsDir: string = MIGRATIONS_DIR,
): Promise<string[]> {
  const file = databaseFilePath(url);
  // Nothing to apply: leave the engine alone. It locks the whole file while it works, which fails
  // while a server has the database open, and an up-to-date database is the usual case at start.
  if (pendingMigrations(file, migrationsDir).length === 0) return [];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets the app keep reading while the loader writes. The mode is stored in the file, so
  // setting it here, once, covers every later connection.
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  try {
    return await applyMigrations(`file:${file}`, SCHEMA_PATH, migrationsDir);
  } catch (error) {
    if (!String(error).includes('SocketTimeout')) throw error;
    throw new Error(`${file} is in use by another process (a running server?): stop it, then migrate again`);
  }
}

/** The migration folders not yet recorded as finished in the database (all of them for a new file). */
export function pendingMigrations(file: string, migrationsDir: string = MIGRATIONS_DIR): string[] {
  const folders = migrationFolders(migrationsDir);
  if (!fs.existsSync(file)) return folders;
  const db = new Database(file, { readonly: true });
  try {
    const hasTable = db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)
      .get();
    if (!hasTable) return folders;
    const rows = db.prepare(FINISHED_MIGRATIONS).all() as { migration_name: string }[];
    const applied = new Set(rows.map((row) => row.migration_name));
    return folders.filter((folder) => !applied.has(folder));
  } finally {
    db.close();
  }
}

/** `yyyyMMddHHmmss` in UTC, the prefix `prisma migrate dev` gives migration folders. */
export function migrationTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that takes a SQLite database
 * from the existing migrations to the schema. Returns the file written, or null when there is no change.
 */
export async function createMigration(
  name: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR, now = new Date() } = {},
): Promise<string | null> {
  const folder = migrationFolder(name, now);
  const result = await diffMigrationsToSchema({ provider: 'sqlite', schemaPath, migrationsDir });
  return result.sql === null ? null : writeMigration(migrationsDir, result, folder);
}

type MigrationDiff = Awaited<ReturnType<typeof diffMigrationsToSchema>>;

function writeMigration(migrationsDir: string, diff: MigrationDiff, folder: string): string {
  const latest = diff.migrations.migrationDirectories.at(-1)?.path;
  // Migrations apply in folder-name order, so a new one must sort after every existing one.
  if (latest && folder <= latest) throw new Error(`new migration ${folder} would not sort after ${latest}`);
  const dir = path.join(migrationsDir, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(migrationsDir, MIGRATION_LOCK_FILE), diff.migrations.lockfile.content!);
  const file = path.join(dir, MIGRATION_FILE);
  fs.writeFileSync(file, diff.sql!);
  return file;
}

/**
 * The SQL that takes a database from the migrations in `migrationsDir` to `schemaPath`, or null when
 * they agree. The engine replays the migrations into a shadow database: in memory for SQLite, a
 * throwaway database on `serverUrl` for PostgreSQL. No real database is touched.
 */
export async function diffMigrationsToSchema({
  provider,
  schemaPath,
  migrationsDir,
  serverUrl = DEFAULT_POSTGRES_SERVER_URL,
}: {
  provider: DatabaseProvider;
  schemaPath: string;
  migrationsDir: string;
  serverUrl?: string;
}) {
  const migrations = readMigrationsList(migrationsDir);
  // The engine learns the provider from the lock file; the first migration creates it.
  migrations.lockfile.content ??= provider === 'sqlite' ? SQLITE_MIGRATION_LOCK : POSTGRES_MIGRATION_LOCK;
  const { engine, close } = await openSchemaEngine(
    provider === 'sqlite' ? ':memory:' : serverUrl,
    schemaPath,
  );
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrations },
      to: {
        tag: 'schemaDatamodel',
        files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }],
      },
      script: true,
      exitCode: true, // 2 = the diff is not empty
      filters: NO_FILTERS,
    });
    return { migrations, sql: result.exitCode === 2 ? (result.stdout ?? '') : null };
  } finally {
    await close();
  }
}

// `<timestamp>_<slug>`: the name becomes part of a folder name that is typed in shells and read on every OS.
function migrationFolder(name: string, now: Date): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (!slug) throw new Error('a migration needs a name: npm run db:migration:new -- <name>');
  return `${migrationTimestamp(now)}_${slug}`;
}

/**
 * `npm run db:migration:new`: regenerates prisma/postgres/schema.prisma, then writes the migration
 * for both providers under one folder name. PostgreSQL's needs a server for its shadow database:
 * DATABASE_URL when it is postgres://, else PG_TEST_URL, else the local default.
 */
export async function createMigrations(name: string, now = new Date()): Promise<string[]> {
  const serverUrl =
    [process.env.DATABASE_URL, process.env.PG_TEST_URL].find(
      (url) => url !== undefined && url !== '' && databaseProvider(url) === 'postgresql',
    ) ?? DEFAULT_POSTGRES_SERVER_URL;
  writePostgresSchema();
  // Diff PostgreSQL first: it is the one that can fail (no server), and then nothing is written.
  let postgres;
  try {
    postgres = await diffMigrationsToSchema({
      provider: 'postgresql',
      schemaPath: POSTGRES_SCHEMA_PATH,
      migrationsDir: POSTGRES_MIGRATIONS_DIR,
      serverUrl,
    });
  } catch (error) {
    throw new Error(
      `the PostgreSQL migration needs a PostgreSQL server for its shadow database (tried ${redactedUrl(serverUrl)}; set PG_TEST_URL): ${messageOf(error)}`,
    );
  }
  const written: string[] = [];
  const sqlite = await createMigration(name, { now });
  if (sqlite) written.push(sqlite);
  if (postgres.sql !== null)
    written.push(writeMigration(POSTGRES_MIGRATIONS_DIR, postgres, migrationFolder(name, now)));
  return written;
}

const USAGE = `usage: tsx prisma/migrate.ts             apply the migrations to DATABASE_URL (npm run db:migrate)
       tsx prisma/migrate.ts new <name>  write the next migration, SQLite and PostgreSQL (npm run db:migration:new -- <name>)`;

export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    const url = process.env.DATABASE_URL;
    const where =
      url !== undefined && databaseProvider(url) === 'postgresql'
        ? redactedUrl(url)
        : shown(databaseFilePath());
    const applied = await migrate();
    if (applied.length === 0) console.log(`${where}: up to date, no migration applied`);
    else
      console.log(
        `${where}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}`,
      );
  } else if (command === 'new' && rest.length === 1) {
    const files = await createMigrations(rest[0]);
    if (files.length === 0) console.log('no changes: prisma/schema.prisma matches both migrations folders');
    else console.log(`wrote ${files.map(shown).join(', ')}; apply with npm run db:migrate`);
  } else {
    console.error(USAGE);
    return 2;
  }
  return 0;
}

runAsScript(import.meta.url, 'migration', () => main(process.argv.slice(2)));
