import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../tests/postgres/pg-test-database';
import { withDatabaseLock } from './with-database-lock';

let db: TestDatabase;
beforeAll(async () => {
  if (process.env.PG_TEST_URL) db = await createTestDatabase('start_lock');
});
afterAll(async () => db?.drop());

describePostgres('npm start on one PostgreSQL database from several instances', () => {
  it('migrates and loads one instance at a time', async () => {
    const events: string[] = [];
    const start = (name: string) =>
      withDatabaseLock(db.url, async () => {
        events.push(`${name} begins`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        events.push(`${name} ends`);
      });
    await Promise.all([start('a'), start('b')]);
    const oneAfterTheOther = (first: string, second: string) => [
      `${first} begins`,
      `${first} ends`,
      `${second} begins`,
      `${second} ends`,
    ];
    expect([oneAfterTheOther('a', 'b'), oneAfterTheOther('b', 'a')]).toContainEqual(events);
  });

  it('lets the next instance in when a step fails', async () => {
    await expect(withDatabaseLock(db.url, () => Promise.reject(new Error('load failed')))).rejects.toThrow(
      'load failed',
    );
    await expect(withDatabaseLock(db.url, async () => 'loaded')).resolves.toBe('loaded');
  });
});
