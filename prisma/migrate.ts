// `npm run db:migrate`: apply prisma/migrations to the SQLite database in DATABASE_URL (what
// `prisma migrate deploy` does). `npm run db:migration:new -- <name>`: write the next migration from
// the difference between prisma/migrations and prisma/schema.prisma (`prisma migrate dev --create-only`
// without a database). Both run Prisma's schema engine as WebAssembly: see prisma/schema-engine.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { databaseFilePath } from '../lib/database-url';
import {
  MIGRATION_FILE,
  MIGRATION_LOCK_FILE,
  NO_FILTERS,
  SQLITE_MIGRATION_LOCK,
  openSchemaEngine,
  readMigrationsList,
} from './schema-engine';

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = path.join(prismaDir, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(prismaDir, 'migrations');

/** Applies the migrations not yet recorded in the database's _prisma_migrations; returns their names. */
export async function migrate(
  url: string | undefined = process.env.DATABASE_URL,
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
  const { engine, close } = await openSchemaEngine(`file:${file}`, SCHEMA_PATH);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsList(migrationsDir),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } catch (error) {
    if (String(error).includes('SocketTimeout')) {
      throw new Error(
        `${file} is in use by another process (a running server?): stop it, then migrate again`,
      );
    }
    throw error;
  } finally {
    await close();
  }
}

/** The migration folders not yet recorded as finished in the database (all of them for a new file). */
export function pendingMigrations(file: string, migrationsDir: string = MIGRATIONS_DIR): string[] {
  const folders = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, MIGRATION_FILE)),
    )
    .map((entry) => entry.name)
    .sort();
  if (!fs.existsSync(file)) return folders;
  const db = new Database(file, { readonly: true });
  try {
    const hasTable = db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)
      .get();
    if (!hasTable) return folders;
    const rows = db
      .prepare(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .all() as { migration_name: string }[];
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
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that takes a database from
 * the existing migrations to the schema. Returns the file written, or null when there is no change.
 */
export async function createMigration(
  name: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR, now = new Date() } = {},
): Promise<string | null> {
  // The name becomes part of a folder name that is typed in shells and read on every OS.
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (!slug) throw new Error('a migration needs a name: npm run db:migration:new -- <name>');
  // The engine replays the existing migrations into an in-memory shadow database; no real database is touched.
  const migrations = readMigrationsList(migrationsDir);
  // The engine learns the provider from the lock file; the first migration creates it.
  migrations.lockfile.content ??= SQLITE_MIGRATION_LOCK;
  const { engine, close } = await openSchemaEngine(':memory:', schemaPath);
  let result;
  try {
    result = await engine.diff({
      from: { tag: 'migrations', ...migrations },
      to: {
        tag: 'schemaDatamodel',
        files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }],
      },
      script: true,
      exitCode: true, // 2 = the diff is not empty
      filters: NO_FILTERS,
    });
  } finally {
    await close();
  }
  if (result.exitCode !== 2) return null;
  const latest = migrations.migrationDirectories.at(-1)?.path;
  const folder = `${migrationTimestamp(now)}_${slug}`;
  // Migrations apply in folder-name order, so a new one must sort after every existing one.
  if (latest && folder <= latest) throw new Error(`new migration ${folder} would not sort after ${latest}`);
  const dir = path.join(migrationsDir, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(migrationsDir, MIGRATION_LOCK_FILE), migrations.lockfile.content);
  const file = path.join(dir, MIGRATION_FILE);
  fs.writeFileSync(file, result.stdout ?? '');
  return file;
}

const USAGE = `usage: tsx prisma/migrate.ts             apply prisma/migrations to DATABASE_URL (npm run db:migrate)
       tsx prisma/migrate.ts new <name>  write the next migration (npm run db:migration:new -- <name>)`;

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    const file = databaseFilePath();
    const applied = await migrate();
    if (applied.length === 0) console.log(`${shown(file)}: up to date, no migration applied`);
    else
      console.log(
        `${shown(file)}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}`,
      );
  } else if (command === 'new' && rest.length === 1) {
    const file = await createMigration(rest[0]);
    if (file === null) console.log('no changes: prisma/schema.prisma matches prisma/migrations');
    else console.log(`wrote ${shown(file)}; apply it with npm run db:migrate`);
  } else {
    console.error(USAGE);
    return 2;
  }
  return 0;
}

// Importable from tests without running the CLI; `tsx prisma/migrate` (no extension) still counts as a run.
const withoutExtension = (file: string) => path.resolve(file).replace(/\.ts$/, '');
if (
  process.argv[1] &&
  withoutExtension(process.argv[1]) === withoutExtension(fileURLToPath(import.meta.url))
) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
