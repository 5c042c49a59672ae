import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFilePath } from './database-url';
import { PrismaClient } from './generated/prisma/client';

// The one way to open the database: the server (lib/db.ts), the loader and the tests all call this.
export function createPrismaClient(url?: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFilePath(url)}` }) });
}

export type { PrismaClient };
