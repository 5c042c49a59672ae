import Database from 'better-sqlite3';
import type { BulkWriter } from './bulk-writer';
import { tryLockFile, type LockFile } from './load-lock-file';
import { sqlBulkWriter } from './sql-bulk-writer';
import type { SqlRunner } from './sql-runner';
import { sqliteObservationAppender } from './sqlite-observation-appender';

// SQLite: one connection, one transaction (BEGIN IMMEDIATE … COMMIT) for the whole load, and one
// prepared INSERT (of 128 rows at a time: sqlite-observation-appender.ts), as the sqlite3 shell's
// .import does row by row. In WAL mode (set by the migration) readers keep seeing the last
// committed data until COMMIT.
export function openSqliteBulkWriter(file: string): BulkWriter {
  const db = new Database(file);
  // The app's own writes (short links) are short: a load waits for them, not for another load
  // (the lock file below refuses a second load at once).
  db.pragma('busy_timeout = 30000');
  // The loader resolves every code through data/economies.csv (written in the same transaction)
  // before a row gets here, so the foreign keys would only cost three lookups per row. Deletes
  // remove a dataset's rows explicitly instead of by cascade.
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -32768'); // 32 MB: the pages a reporter's rows land on stay in memory

  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  let lock: LockFile | null = null;
  const runner: SqlRunner = {
    run: async (sql, params = []) => prepared(sql).run(params).changes,
    all: async <T>(sql: string, params: unknown[] = []) => prepared(sql).all(params) as T[],
    get: async <T>(sql: string, params: unknown[] = []) => prepared(sql).get(params) as T | undefined,
    begin: async () => void db.exec('BEGIN IMMEDIATE'),
    commit: async () => void db.exec('COMMIT'),
    rollback: async () => void (db.inTransaction && db.exec('ROLLBACK')),
    async close() {
      db.close();
      lock?.release();
    },
  };

  const appender = sqliteObservationAppender(db);
  return sqlBulkWriter(runner, {
    append: (datasetId, rows) => appender.append(datasetId, rows),
    finish: async () => ({ inserted: 0, exactDuplicates: 0 }),
    abort: () => {},
    // Keyed and WITHOUT ROWID like Observation, so both comparisons walk two tables in the same
    // order (5.1 M IMF DOTS rows: ~2 s to set aside, ~8 s to compare, CPU time; docs/versions.md).
    createPreviousObservations: async () =>
      void db.exec(`CREATE TEMP TABLE IF NOT EXISTS "PreviousObservation" (
        "reporterCode" TEXT NOT NULL, "partnerCode" TEXT NOT NULL, "flow" TEXT NOT NULL, "measure" TEXT NOT NULL,
        "year" INTEGER NOT NULL, "value" REAL NOT NULL, "flag" TEXT,
        PRIMARY KEY ("reporterCode", "measure", "flow", "partnerCode", "year")) WITHOUT ROWID`),
    deriveSharesPerReporter: true,
    beforeDeriveShares: async () => {},
    deriveSharesFence: '',
    flagCast: (expression) => expression,
    // Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 text with an explicit offset.
    timestamp: () => new Date().toISOString().replace('Z', '+00:00'),
    async tryLoadLock() {
      lock = tryLockFile(`${file}.load-lock`);
      return lock.holder === null ? null : { holder: lock.holder };
    },
  });
}
