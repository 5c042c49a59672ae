import { accessSync, constants, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { databaseFilePath, databaseProvider, replicaUrls } from './database-url';

// The one source of "the current data version, or unreadable" (docs/serving.md): the front, the
// proxy, the routes and the data reads all ask this probe, one per process (dataVersionProbe()),
// without Prisma. It sees a load committed by another process on the very next request (SQLite)
// or within a second (PostgreSQL, where other instances load), and says `null` whenever the
// database cannot be read: the proxy then answers 503.
//
// No `import 'server-only'`: this module also runs in the plain Node server (scripts/serve.ts),
// outside Next's bundles, where that import throws.
export type DataVersionProbe = {
  /** The data version now (the primary's), or null while the database cannot be read. */
  current(): number | null;
  /** Settles once the first read was tried (PostgreSQL polls: until then current() is null). */
  ready(): Promise<void>;
  /** How many times the database was (re)opened: another file may repeat a version number. */
  opened(): number;
  /** Whether every read replica was last seen at this version (true without replicas). */
  replicasAt(version: number): boolean;
  /** A fresh read on every database a request used: still at `version`? (docs/deploy.md) */
  confirm(version: number, { replicas }: { replicas: boolean }): Promise<boolean>;
  close(): void;
};

const LATEST_VERSION = 'SELECT coalesce(max(id), 0) AS version FROM "DataVersion"';
// SQLite: the latest DataVersion row whole (its id and createdAt): another file written over this
// one in place (cp new.db data.db keeps the inode) shows here even when it repeats the version.
const LATEST_ROW = 'SELECT * FROM "DataVersion" ORDER BY id DESC LIMIT 1';
// A file whose DataVersion reads but whose datasets do not is unreadable too.
const DATASETS_READ = 'SELECT count(*) FROM (SELECT 1 FROM "Dataset" LIMIT 1) AS first_dataset';

export function openDataVersionProbe(
  url: string | undefined = process.env.DATABASE_URL,
  replicas: string[] = replicaUrls(),
): DataVersionProbe {
  return databaseProvider(url) === 'sqlite'
    ? sqliteProbe(databaseFilePath(url))
    : postgresProbe(url!, replicas);
}

// One per process, on globalThis: Next loads the proxy, each route and each page from bundles of
// their own, and scripts/serve.ts loads this module once more; all of them share this probe.
const slot = Symbol.for('trade-dashboard.data-version-probe');
const holder = globalThis as unknown as { [slot]?: DataVersionProbe };

export function dataVersionProbe(): DataVersionProbe {
  return (holder[slot] ??= openDataVersionProbe());
}

// How often the file itself is looked at (deleted, replaced, made unreadable, rewritten).
const FILE_CHECK_MS = 250;

type FileState = { ino: number; mtimeMs: number; size: number };
const fileState = (file: string): FileState | null => {
  try {
    accessSync(file, constants.R_OK);
    const { ino, mtimeMs, size } = statSync(file);
    return { ino, mtimeMs, size };
  } catch {
    return null;
  }
};

// SQLite: `PRAGMA data_version` changes when another connection commits, and costs a read of the
// WAL index, not of the file. Only when it changes is DataVersion read again (any commit changes
// it, short links included; most leave the data version as it was). The file is looked at every
// FILE_CHECK_MS: another file (inode) is opened anew; the same file written outside SQLite
// (mtime or size) is opened again, which is where a damaged file fails, and counts as another
// database when its latest DataVersion row is not the one last seen; gone or unreadable is null.
// The row is read only when the version changes or the file does, never per request.
function sqliteProbe(file: string): DataVersionProbe {
  type Open = { db: Database.Database; dataVersion: Database.Statement; pragma: number; version: number };
  let open: Open | null = null;
  let seen: FileState | null = null; // the file as it was when opened
  let openedIno = -1;
  let latestRow: string | null = null; // the latest DataVersion row last seen, as JSON
  let checkedFileAt = -FILE_CHECK_MS;
  let opened = 0;

  const close = () => {
    open?.db.close();
    open = null;
  };

  const latest = (db: Database.Database) => {
    db.prepare(DATASETS_READ).pluck().get();
    const version = db.prepare(LATEST_VERSION).pluck().get() as number;
    return { version, row: JSON.stringify(db.prepare(LATEST_ROW).get() ?? null) };
  };

  const reopen = (state: FileState): Open | null => {
    let db: Database.Database | null = null;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      const { version, row } = latest(db); // a file that is not a database fails here, not at the open
      // Prepared once per open file: better-sqlite3's db.pragma() prepares one per call.
      const dataVersion = db.prepare('PRAGMA data_version').pluck();
      // Another file (or this one rewritten in place with another history): its versions may repeat.
      if (state.ino !== openedIno || row !== latestRow) opened += 1;
      openedIno = state.ino;
      latestRow = row;
      return { db, dataVersion, pragma: dataVersion.get() as number, version };
    } catch {
      db?.close();
      return null;
    }
  };

  const checkFile = () => {
    const state = fileState(file);
    const same =
      state && seen && state.ino === seen.ino && state.mtimeMs === seen.mtimeMs && state.size === seen.size;
    if (open && same) return;
    close();
    seen = state;
    if (state) open = reopen(state);
    if (!open) openedIno = -1; // back after an outage counts as another file
  };

  const current = (): number | null => {
    const now = Date.now();
    if (now - checkedFileAt >= FILE_CHECK_MS) {
      checkedFileAt = now;
      checkFile();
    }
    if (!open) return null;
    try {
      const pragma = open.dataVersion.get() as number;
      if (pragma !== open.pragma) {
        open.pragma = pragma;
        ({ version: open.version, row: latestRow } = latest(open.db));
      }
      return open.version;
    } catch {
      close();
      return null;
    }
  };

  return {
    current,
    ready: async () => {},
    opened: () => opened,
    replicasAt: () => true,
    // The pragma check is itself a fresh read: a commit since shows as another version.
    confirm: async (version) => current() === version,
    close,
  };
}

// PostgreSQL: other instances load, and no notification reaches a connection that is not
// listening; the latest version of the primary and of each replica is polled instead, off the
// request path.
const POLL_MS = 500;

// A poll that has not succeeded for this long means the server cannot be reached: unavailable.
// Longer than one failed poll (its 1 s query timeout) and the next, so one slow poll under load
// keeps the last version instead of turning requests away with 503.
const STALE_MS = 2_500;

// Which database answers: another one under the same URL (dropped and created again, a failover to
// another server, a restart) may repeat version numbers.
const IDENTITY =
  "SELECT d.oid::text || '@' || pg_postmaster_start_time()::text AS identity FROM pg_database d WHERE d.datname = current_database()";

function postgresProbe(url: string, replicas: string[]): DataVersionProbe {
  // Timeouts, so a server gone silent makes the poll fail instead of hang with the last version.
  const poolOf = (connectionString: string) => {
    const pool = new Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: 1_000,
      query_timeout: 1_000,
      keepAlive: true,
    });
    pool.on('error', () => {}); // a dropped idle connection: the next poll reconnects
    return pool;
  };
  const primary = poolOf(url);
  const replicaPools = replicas.map(poolOf);
  const replicaVersions: (number | null)[] = replicas.map(() => null);
  let version: number | null = null;
  let identity: string | null = null;
  let answeredAt = -Infinity;
  let opened = 0;
  let polling = false;
  const stale = () => Date.now() - answeredAt > STALE_MS;

  const latest = async (pool: Pool) =>
    Number((await pool.query<{ version: string }>(LATEST_VERSION)).rows[0].version);
  const latestOrNull = (pool: Pool) => latest(pool).catch(() => null);

  // A failed poll changes nothing: the last version stands until STALE_MS passes without an answer.
  // `opened` moves only when the database was unreadable (stale) and answers again, or another
  // database answers: then its version numbers may repeat, and the caches and the client go.
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      await primary.query(DATASETS_READ);
      const [now, { rows }, ...onReplicas] = await Promise.all([
        latest(primary),
        primary.query<{ identity: string }>(IDENTITY),
        ...replicaPools.map(latestOrNull),
      ]);
      if (stale() || rows[0]?.identity !== identity) opened += 1;
      identity = rows[0]?.identity ?? null;
      version = now;
      onReplicas.forEach((seen, i) => (replicaVersions[i] = seen));
      answeredAt = Date.now();
    } catch {
      // unanswered: current() says null once the last answer is STALE_MS old
    } finally {
      polling = false;
    }
  };
  const first = poll();
  const timer = setInterval(() => void poll(), POLL_MS);
  timer.unref();

  return {
    current: () => (stale() ? null : version),
    ready: () => first,
    opened: () => opened,
    replicasAt: (at) => replicaVersions.every((seen) => seen === at),
    async confirm(at, { replicas: usedReplicas }) {
      const pools = usedReplicas ? [primary, ...replicaPools] : [primary];
      const seen = await Promise.all(pools.map(latestOrNull));
      return seen.every((one) => one === at);
    },
    close() {
      clearInterval(timer);
      for (const pool of [primary, ...replicaPools]) void pool.end();
    },
  };
}
