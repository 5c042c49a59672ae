import pg from 'pg';
import type { BulkWriter } from './bulk-writer';
import { KEY } from './postgres-copy-text';
import { startObservationCopy, type ObservationCopy } from './postgres-observation-copy';
import { createObservationStage } from './postgres-observation-stage';
import { sqlBulkWriter } from './sql-bulk-writer';
import type { SqlRunner } from './sql-runner';

// The advisory lock one load holds on a database: two 32-bit numbers, "dash" "load".
const LOAD_LOCK = [0x64617368, 0x6c6f6164];

// PostgreSQL: one connection, one transaction for the whole load. A dataset's observations stream
// through `COPY … FROM STDIN` (pg-copy-streams) straight into "Observation" as the file is parsed;
// a file that repeats a key goes through a staging table instead (postgres-observation-copy.ts).
// Readers keep seeing the last committed data until COMMIT (MVCC).
export function openPostgresBulkWriter(url: string): BulkWriter {
  // The application name says which process holds the load lock, for the message a second load prints.
  const client = new pg.Client({ connectionString: url, application_name: `db:load pid ${process.pid}` });
  const ready = client.connect();
  let copy: ObservationCopy | null = null;

  async function query<T extends pg.QueryResultRow>(sql: string, values?: unknown[]) {
    await ready;
    return client.query<T>(sql, values);
  }
  // The SQL is written with `?`; pg wants $1, $2, … in order (no `?` appears in a string literal).
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${(n += 1)}`);
  };
  const runner: SqlRunner = {
    run: async (sql, params) => (await query(numbered(sql), params)).rowCount ?? 0,
    all: async <T>(sql: string, params?: unknown[]) => (await query(numbered(sql), params)).rows as T[],
    get: async <T>(sql: string, params?: unknown[]) =>
      (await query(numbered(sql), params)).rows[0] as T | undefined,
    async begin() {
      await query('BEGIN');
      // Like the SQLite writer (foreign_keys = OFF): the loader has resolved every code through
      // data/economies.csv, written in this transaction, before a row gets here, so the three
      // foreign-key checks per row only cost time (most of the load's). Only a superuser may skip
      // them; any other role keeps them, and the load is slower, not different.
      const { rows } = await query<{ rolsuper: boolean }>(
        'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      if (rows[0]?.rolsuper) await query(`SET LOCAL session_replication_role = 'replica'`);
      // Sorting a million derived shares into key order fits in memory instead of spilling to disk;
      // one connection runs one statement at a time, so this is the load's memory, not per client.
      await query(`SET LOCAL work_mem = '128MB'`);
      await createObservationStage(query);
    },
    commit: async () => void (await query('COMMIT')),
    rollback: async () => void (await query('ROLLBACK').catch(() => {})),
    async close() {
      await ready.catch(() => {});
      await client.end(); // ends the session, and with it the load lock
    },
  };

  return sqlBulkWriter(runner, {
    append(datasetId, rows) {
      copy ??= startObservationCopy(client, datasetId, query);
      copy.append(rows);
      // Duplicates and conflicts are known once the COPY has ended: finish.
      return { inserted: 0, exactDuplicates: 0 };
    },
    async finish(datasetId) {
      const finishing = copy ?? startObservationCopy(client, datasetId, query);
      copy = null;
      return finishing.finish();
    },
    abort() {
      copy?.destroy();
      copy = null;
    },
    async createPreviousObservations() {
      // Observation's columns and types (enums included), without datasetId; dropped at commit.
      await query(`CREATE TEMP TABLE IF NOT EXISTS "PreviousObservation" ON COMMIT DROP AS
        SELECT "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag" FROM "Observation" WITH NO DATA`);
      await query(`CREATE INDEX IF NOT EXISTS "PreviousObservation_key" ON "PreviousObservation" (${KEY})`);
    },
    deriveSharesPerReporter: false,
    // The statistics of "Observation" predate the rows just copied; without fresh ones the planner
    // expects one row and plans the join of a million rows as if for one.
    beforeDeriveShares: async () => void (await query('ANALYZE "Observation"')),
    deriveSharesFence: 'OFFSET 0',
    flagCast: (expression) => `(${expression})::"ObservationFlag"`,
    // An ISO string, not a Date: timestamps are "without time zone" holding UTC, as Prisma writes them.
    timestamp: () => new Date().toISOString(),
    async tryLoadLock() {
      const { rows } = await query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1, $2) AS locked',
        LOAD_LOCK,
      );
      if (rows[0].locked) return null;
      const holder = await query<{ application_name: string; backend_start: Date }>(
        `SELECT a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 AND l.objsubid = 2
           AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        LOAD_LOCK,
      );
      const found = holder.rows[0];
      const pid = /pid (\d+)/.exec(found?.application_name ?? '')?.[1] ?? '?';
      return { holder: found ? `pid ${pid} since ${found.backend_start.toISOString()}` : 'another session' };
    },
  });
}
