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
});
