import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFilePath } from './database-url';
import { PrismaClient } from './generated/prisma/client';

type OpenOptions = {
  /** Fail instead of creating an empty file when the database is missing (the server's read path). */
  mustExist?: boolean;
};

// The one way to open the database: the server (lib/db.ts), the loader and the tests all call this.
export function createPrismaClient(url?: string, { mustExist = false }: OpenOptions = {}): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${databaseFilePath(url)}`, fileMustExist: mustExist }),
  });
}

export type { PrismaClient };
