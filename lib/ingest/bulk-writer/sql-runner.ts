import type { AppendResult, ObservationRow } from './bulk-writer';

// The little the bulk writer needs from a database driver. SQL is written once with `?`
// placeholders; the runner supplies its own (PostgreSQL numbers them $1, $2, …). Counts may come
// back as strings (PostgreSQL's bigint): callers pass them through Number().
export interface SqlRunner {
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

// Where the hooks are: only what truly differs between the two databases.
export interface BulkDialect {
  /**
   * The bulk path for observations (STYLE rule 17): SQLite's prepared multi-row INSERT, PostgreSQL's
   * COPY … FROM STDIN. append is synchronous so a streaming parser can call it chunk by chunk.
   */
  append(datasetId: string, rows: ObservationRow[]): AppendResult;
  finish(datasetId: string): Promise<AppendResult>;
  /** After a failure: stops a bulk path still running (PostgreSQL's COPY stream). */
  abort(): void;
  /**
   * Creates the temporary table "PreviousObservation" if it is not there: SQLite keys it WITHOUT
   * ROWID like Observation, PostgreSQL has no WITHOUT ROWID and takes the enum types from Observation.
   */
  createPreviousObservations(): Promise<void>;
  /**
   * Derived shares: SQLite stages an INSERT … SELECT from its own table, so it runs one reporter
   * at a time; PostgreSQL runs one statement after ANALYZE and must cast the flag to its enum.
   */
  deriveSharesPerReporter: boolean;
  beforeDeriveShares(): Promise<void>;
  /**
   * After the join of derived shares: PostgreSQL's OFFSET 0 keeps the planner from moving the test
   * "partner value ≤ World" into the World lookup, where it defeats Memoize (a million lookups instead
   * of one per reporter, flow and year: 1 M rows loaded in ~10 s instead of ~8.6). SQLite: none, its
   * plan is the same either way.
   */
  deriveSharesFence: string;
  flagCast(expression: string): string;
  /** A timestamp as Prisma stores it in a DateTime column of this database. */
  timestamp(): string;
  /**
   * One load at a time: PostgreSQL's advisory lock, SQLite a lock file beside the database
   * (SQLite has no lock that names its holder). Resolves to the holder when another load holds it.
   */
  tryLoadLock(): Promise<{ holder: string } | null>;
}
