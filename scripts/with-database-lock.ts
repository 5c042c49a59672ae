import { withPgClient } from '../prisma/postgres/postgres-migration-adapter';
import { databaseProvider } from '../lib/database/database-url';

// Any constant works, as long as every instance uses the same one: a PostgreSQL advisory lock is
// one 64-bit number per database. This one spells "dashstrt".
const START_LOCK = 0x6461736873747274n;

/**
 * Runs `step` while holding a lock every instance starting on the same PostgreSQL database takes,
 * so instances started together migrate and load one after another (the later ones then find
 * nothing to do) instead of racing. SQLite serves one machine: no lock.
 */
export async function withDatabaseLock<T>(url: string | undefined, step: () => Promise<T>): Promise<T> {
  if (url === undefined || databaseProvider(url) !== 'postgresql') return step();
  // Closing the session releases the lock, also when the step failed.
  return withPgClient(url, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [START_LOCK.toString()]);
    return step();
  });
}
