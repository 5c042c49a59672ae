import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import { databaseFilePath, databaseProvider } from './database-url';
import { DatabaseUnavailable } from './read-context';
import { PrismaClient } from '../generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma-postgres/client';

export type ClientOptions = {
  /** SQLite: fail instead of creating an empty file when the database is missing (the server's read path). */
  mustExist?: boolean;
  /** PostgreSQL read replicas: reads outside a transaction go to one of them, writes to the primary. */
  replicaUrls?: string[];
};

/**
 * The one way to open the database: the server (lib/database/db.ts), the loader and the tests all call this.
 * `url` (default: env DATABASE_URL, else file:./data.db) picks the provider: a `file:` URL opens
 * SQLite through better-sqlite3, a postgres:// URL PostgreSQL through a pg pool.
 */
export function createPrismaClient(
  url?: string,
  { mustExist = false, replicaUrls = [] }: ClientOptions = {},
): PrismaClient {
  const target = url ?? process.env.DATABASE_URL;
  if (databaseProvider(target) === 'sqlite') {
    if (replicaUrls.length > 0) throw new Error('DATABASE_REPLICA_URLS needs a postgres:// DATABASE_URL');
    return new PrismaClient({
      adapter: new PrismaBetterSqlite3({ url: `file:${databaseFilePath(target)}`, fileMustExist: mustExist }),
    });
  }
  const primary = postgresClient(target!);
  if (replicaUrls.length === 0) return primary;
  return primary.$extends(
    readReplicas({ replicas: replicaUrls.map(postgresClient) }),
  ) as unknown as PrismaClient;
}

/** The primary of a client with read replicas (the client itself otherwise): for reads that must see the latest write. */
export function primaryOf(client: PrismaClient): PrismaClient {
  const withReplicas = client as PrismaClient & { $primary?: () => PrismaClient };
  return withReplicas.$primary ? withReplicas.$primary() : client;
}

// Both clients are generated from prisma/schema.prisma (prisma/postgres/postgres-schema.ts), so their
// model APIs are the same; the app is typed against the SQLite one.
function postgresClient(url: string): PrismaClient {
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client.$extends({ query: { $allOperations: retryRead } }) as unknown as PrismaClient;
}

// A pooled connection the server ended (restart, failover, pg_terminate_backend) fails the one
// query that drew it; the pool then drops it. A read is tried again on another connection rather
// than answered 500 — up to READ_ATTEMPTS times, since the pool may hold several dead ones — and
// when every attempt lost its connection it fails as DatabaseUnavailable (503 with Retry-After).
// A write is not retried (it may have committed).
const READS = /^(find|count|aggregate|groupBy|\$queryRaw)/;
const CONNECTION_LOST =
  /terminat|connection (closed|ended|error|reset)|not queryable|ECONNRESET|57P01|P1017/i;
const READ_ATTEMPTS = 4;

export async function retryRead({
  operation,
  args,
  query,
}: {
  operation: string;
  args: unknown;
  query: (a: unknown) => Promise<unknown>;
}) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await query(args);
    } catch (error) {
      if (!READS.test(operation) || !CONNECTION_LOST.test(String(error))) throw error;
      if (attempt >= READ_ATTEMPTS) throw new DatabaseUnavailable();
    }
  }
}

export type { PrismaClient };
