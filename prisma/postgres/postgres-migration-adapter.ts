// The driver adapter the schema engine uses on PostgreSQL, working around two gaps of adapter-pg 7.10:
// - its connectToShadowDb, given a connection string, connects the "shadow" to the main database,
//   and drops the shadow database before closing the pool that still holds it open. This one creates
//   a throwaway database beside the main one, and drops it after its connections are closed;
// - it refuses columns of PostgreSQL's one-byte type "char" (pg_class.relkind and friends), which
//   the engine reads whenever it describes a schema (diff from migrations, db push). They are
//   handed over as text, which is what the engine expects of them.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const CHAR_OID = 18;
const TEXT_OID = 25;

function poolReadingCharAsText(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  pool.query = (async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  }) as typeof pool.query;
  return pool;
}

function adapterFactory(url: string): PrismaPg {
  return new PrismaPg(poolReadingCharAsText(url), { disposeExternalPool: true });
}

export function postgresMigrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = adapterFactory(url);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const shadow = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
      await runOnServer(url, `CREATE DATABASE "${shadow}"`);
      const adapter = await adapterFactory(withDatabase(url, shadow)).connect();
      const dispose = adapter.dispose.bind(adapter);
      let disposed: Promise<void> | undefined;
      // The engine disposes the shadow itself, and OpenedEngine.close() disposes what is left: once.
      adapter.dispose = () =>
        (disposed ??= (async () => {
          await dispose();
          await runOnServer(url, `DROP DATABASE IF EXISTS "${shadow}"`);
        })());
      return adapter;
    },
  };
}

/** Runs `work` on a connection of its own, closed afterwards whether it succeeded or not. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement on its own connection (CREATE/DROP DATABASE cannot run inside a pool's transaction). */
export const runOnServer = (url: string, sql: string): Promise<void> =>
  withPgClient(url, async (client) => void (await client.query(sql)));
