// `npm run db:check`: fails when the PostgreSQL schema or either migrations folder has drifted from
// prisma/schema.prisma, the one schema source. The PostgreSQL replay needs a server for its shadow
// database (PG_TEST_URL, else postgres://postgres@127.0.0.1:5432/postgres); without one that
// check is reported as skipped, and PG_TEST_URL set to an unreachable server fails.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { redactedUrl, type DatabaseProvider } from '../lib/database/database-url';
import {
  DEFAULT_POSTGRES_SERVER_URL,
  MIGRATIONS_DIR,
  SCHEMA_PATH,
  diffMigrationsToSchema,
  shown,
} from './migrate';
import {
  POSTGRES_MIGRATIONS_DIR,
  POSTGRES_SCHEMA_PATH,
  postgresSchemaFrom,
} from './postgres/postgres-schema';
import { MIGRATION_LOCK_FILE, subfolders } from './schema-engine';
import { runAsScript } from './run-as-script';

export type SchemaPaths = {
  sqliteSchema: string;
  sqliteMigrations: string;
  postgresSchema: string;
  postgresMigrations: string;
};

export const PROJECT_SCHEMA_PATHS: SchemaPaths = {
  sqliteSchema: SCHEMA_PATH,
  sqliteMigrations: MIGRATIONS_DIR,
  postgresSchema: POSTGRES_SCHEMA_PATH,
  postgresMigrations: POSTGRES_MIGRATIONS_DIR,
};

export type SchemaCheck = { problems: string[]; skipped: string[] };

const FIX = 'run npm run db:generate, then npm run db:migration:new -- <name>';

/** Checks that need no database: the generated schema, folder names and lock files. */
export function checkSchemaFiles(paths: SchemaPaths = PROJECT_SCHEMA_PATHS): string[] {
  const problems: string[] = [];
  const expected = postgresSchemaFrom(fs.readFileSync(paths.sqliteSchema, 'utf8'));
  const actual = fs.existsSync(paths.postgresSchema) ? fs.readFileSync(paths.postgresSchema, 'utf8') : '';
  if (actual !== expected)
    problems.push(
      `${shown(paths.postgresSchema)} is not generated from ${shown(paths.sqliteSchema)}: ${FIX}`,
    );
  const sqlite = subfolders(paths.sqliteMigrations);
  const postgres = subfolders(paths.postgresMigrations);
  const onlyIn = (a: string[], b: string[]) => a.filter((name) => !b.includes(name));
  for (const name of onlyIn(sqlite, postgres))
    problems.push(`migration ${name} exists for SQLite only: ${FIX}`);
  for (const name of onlyIn(postgres, sqlite))
    problems.push(`migration ${name} exists for PostgreSQL only: ${FIX}`);
  for (const [dir, provider] of [
    [paths.sqliteMigrations, 'sqlite'],
    [paths.postgresMigrations, 'postgresql'],
  ] as const) {
    const lock = path.join(dir, MIGRATION_LOCK_FILE);
    if (!fs.existsSync(lock) || !fs.readFileSync(lock, 'utf8').includes(`provider = "${provider}"`))
      problems.push(`${shown(lock)} must name provider "${provider}"`);
  }
  return problems;
}

/** Replays one provider's migrations into a shadow database and compares the result with its schema. */
export async function checkMigrations(
  provider: DatabaseProvider,
  paths: SchemaPaths = PROJECT_SCHEMA_PATHS,
  serverUrl?: string,
): Promise<string[]> {
  const { sql } = await diffMigrationsToSchema({
    provider,
    schemaPath: provider === 'sqlite' ? paths.sqliteSchema : paths.postgresSchema,
    migrationsDir: provider === 'sqlite' ? paths.sqliteMigrations : paths.postgresMigrations,
    serverUrl,
  });
  if (sql === null) return [];
  const folder = provider === 'sqlite' ? paths.sqliteMigrations : paths.postgresMigrations;
  return [`${shown(folder)} does not produce the schema; the missing step is:\n${sql.trim()}\n(${FIX})`];
}

/** Whether a PostgreSQL server answers at `url`. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function checkSchemas(
  paths: SchemaPaths = PROJECT_SCHEMA_PATHS,
  serverUrl: string | undefined = process.env.PG_TEST_URL || undefined,
): Promise<SchemaCheck> {
  const problems = [...checkSchemaFiles(paths), ...(await checkMigrations('sqlite', paths))];
  const skipped: string[] = [];
  const server = serverUrl ?? DEFAULT_POSTGRES_SERVER_URL;
  if (await postgresReachable(server)) problems.push(...(await checkMigrations('postgresql', paths, server)));
  else if (serverUrl !== undefined)
    problems.push(`PG_TEST_URL: no PostgreSQL server answers at ${redactedUrl(serverUrl)}`);
  else
    skipped.push(
      `replaying ${shown(paths.postgresMigrations)}: no PostgreSQL server at ${redactedUrl(server)} (set PG_TEST_URL)`,
    );
  return { problems, skipped };
}

runAsScript(import.meta.url, 'db:check', async () => {
  const { problems, skipped } = await checkSchemas();
  for (const line of skipped) console.log(`skipped: ${line}`);
  for (const line of problems) console.error(`drift: ${line}`);
  if (problems.length === 0) console.log('schemas and migrations agree with prisma/schema.prisma');
  return problems.length === 0 ? 0 : 1;
});
