// `npm run db:migrate` with a postgres:// DATABASE_URL: applies prisma/postgres/migrations the way
// `prisma migrate deploy` does, through the WebAssembly schema engine (see prisma/schema-engine.ts).
import { withPgClient } from './postgres-migration-adapter';
import { FINISHED_MIGRATIONS, applyMigrations, migrationFolders } from '../schema-engine';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH } from './postgres-schema';

/** Applies the migrations the database's _prisma_migrations does not list yet; returns their names. */
export async function migratePostgres(
  url: string,
  migrationsDir = POSTGRES_MIGRATIONS_DIR,
): Promise<string[]> {
  // Starting the engine costs about a second; an up-to-date database is the usual case at start.
  if ((await pendingPostgresMigrations(url, migrationsDir)).length === 0) return [];
  return applyMigrations(url, POSTGRES_SCHEMA_PATH, migrationsDir);
}

/** The migration folders not recorded as finished in the database (all of them for an empty one). */
export async function pendingPostgresMigrations(
  url: string,
  migrationsDir = POSTGRES_MIGRATIONS_DIR,
): Promise<string[]> {
  const folders = migrationFolders(migrationsDir);
  return withPgClient(url, async (client) => {
    const { rows: tables } = await client.query(`SELECT to_regclass('_prisma_migrations') AS name`);
    if (tables[0].name === null) return folders;
    const { rows } = await client.query<{ migration_name: string }>(FINISHED_MIGRATIONS);
    const applied = new Set(rows.map((row) => row.migration_name));
    return folders.filter((folder) => !applied.has(folder));
  });
}
