// `tsx tests/postgres/recreate-database.ts <postgres URL>`: drops the database the URL names and
// creates it empty, so a Playwright run on PostgreSQL starts from a fresh migrate and load as the
// SQLite run does. Only for test databases (named dash_pg_*).
import { databaseProvider } from '../../lib/database/database-url';
import { runOnServer, withDatabase } from '../../prisma/postgres/postgres-migration-adapter';

async function main(url: string | undefined) {
  if (!url || databaseProvider(url) !== 'postgresql')
    throw new Error('usage: recreate-database.ts postgres://…/dash_pg_<name>');
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^dash_pg_\w+$/.test(name))
    throw new Error(`refusing to recreate ${name}: test databases are named dash_pg_*`);
  const server = withDatabase(url, 'postgres');
  await runOnServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await runOnServer(server, `CREATE DATABASE "${name}"`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
