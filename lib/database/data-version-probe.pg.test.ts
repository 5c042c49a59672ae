// The front's data version probe on PostgreSQL: polled, so another instance's load reaches it
// within a second, and a database that stops answering counts as unreadable.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';
import { openDataVersionProbe } from './data-version-probe';

const until = async (check: () => boolean, ms = 3_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return check();
};

describePostgres('the data version probe (PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('probe');
    await migrate(database.url);
  });
  afterAll(() => database?.drop());

  it('reads the version, sees a load committed elsewhere, and says null once the database is gone', async () => {
    const probe = openDataVersionProbe(database.url);
    try {
      expect(await until(() => probe.current() === 0)).toBe(true);
      const writer = new pg.Client(database.url);
      await writer.connect();
      await writer.query(`INSERT INTO "DataVersion" (id, files) VALUES (5, '[]')`);
      await writer.end();
      expect(await until(() => probe.current() === 5)).toBe(true);
      await database.drop();
      expect(await until(() => probe.current() === null)).toBe(true);
    } finally {
      probe.close();
    }
  });

  it('keeps its version, and its database, through one poll slower than its query timeout', async () => {
    const slow = await createTestDatabase('probe-slow');
    await migrate(slow.url);
    const probe = openDataVersionProbe(slow.url);
    const locker = new pg.Client(slow.url);
    try {
      expect(await until(() => probe.current() === 0)).toBe(true);
      const opened = probe.opened();
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "DataVersion" IN ACCESS EXCLUSIVE MODE'); // the next poll waits 1 s and fails
      const seen = new Set<number | null>();
      const end = Date.now() + 1_700;
      while (Date.now() < end) {
        seen.add(probe.current());
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await locker.query('COMMIT');
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // answered again
      seen.add(probe.current());
      expect([...seen]).toEqual([0]);
      expect(probe.opened()).toBe(opened);
    } finally {
      await locker.end().catch(() => {});
      probe.close();
      await slow.drop();
    }
  });
});
