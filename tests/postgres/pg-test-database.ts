// PostgreSQL for tests: the *.pg.test.ts files run when PG_TEST_URL names a server on which they may
// create and drop databases (e.g. postgres://postgres@127.0.0.1:5432/postgres); without it they are
// skipped, and tests/postgres/report-skipped.ts says so at the end of the run.
import { randomBytes } from 'node:crypto';
import { describe } from 'vitest';
import { runOnServer, withDatabase } from '../../prisma/postgres/postgres-migration-adapter';

export const PG_TEST_URL = process.env.PG_TEST_URL || undefined;

/** `describe` when PG_TEST_URL is set, `describe.skip` otherwise. */
export const describePostgres = PG_TEST_URL ? describe : describe.skip;

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

/** A new, empty database `dash_pg_test_<label>_<random>` on the PG_TEST_URL server. */
export async function createTestDatabase(label: string, serverUrl = PG_TEST_URL): Promise<TestDatabase> {
  if (!serverUrl) throw new Error('PG_TEST_URL is not set');
  const name = `dash_pg_test_${label.replace(/\W+/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(serverUrl, name),
    // WITH (FORCE) ends the sessions a failed test left open (PostgreSQL 13+).
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
