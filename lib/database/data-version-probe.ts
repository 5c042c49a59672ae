import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { databaseFilePath, databaseProvider } from './database-url';

// The data version as the front (lib/serving/) needs it: on every request, in microseconds, without
// Prisma. It must see a load committed by another process on the very next request (SQLite) or
// within a second (PostgreSQL, where other instances load), and say `null` whenever the database
// cannot be read, so the request goes on to Next, whose proxy answers 503.
//
// No `import 'server-only'` here, unlike the rest of lib/data: this module runs in the plain
// Node server (scripts/serve.ts), outside Next's bundles, where that import throws. The layer
// lint rule still keeps it out of components.
export type DataVersionProbe = {
  /** The data version now, or null while the database cannot be read. */
  current(): number | null;
  /** How many times the database was (re)opened: another file may repeat a version number. */
  opened(): number;
  close(): void;
};

const LATEST_VERSION = 'SELECT coalesce(max(id), 0) AS version FROM "DataVersion"';
// What the proxy's check reads (lib/data/database-status.ts): a file whose DataVersion reads but
// whose datasets do not is unreadable too.
const DATASETS_READ = 'SELECT count(*) FROM (SELECT 1 FROM "Dataset" LIMIT 1) AS first_dataset';

export function openDataVersionProbe(url: string | undefined = process.env.DATABASE_URL): DataVersionProbe {
  return databaseProvider(url) === 'sqlite' ? sqliteProbe(databaseFilePath(url)) : postgresProbe(url!);
}

// How often the file itself is looked at (deleted, replaced by another file): the same second
// the proxy trusts a successful read for (lib/data/database-status.ts), a quarter of it here.
const FILE_CHECK_MS = 250;

// SQLite: `PRAGMA data_version` changes when another connection commits, and costs a read of the
// WAL index, not of the file. Only when it changes is DataVersion read again (any commit changes
// it, short links included; most leave the data version as it was).
function sqliteProbe(file: string): DataVersionProbe {
  // The pragma's statement is prepared once per open file: better-sqlite3's db.pragma() prepares
  // one per call, and this runs for every request.
  type Open = {
    db: Database.Database;
    dataVersion: Database.Statement;
    inode: number;
    pragma: number;
    version: number;
  };
  let open: Open | null = null;
  let checkedFileAt = -FILE_CHECK_MS;
  let opened = 0;

  const close = () => {
    open?.db.close();
    open = null;
  };

  const latest = (db: Database.Database) => {
    db.prepare(DATASETS_READ).pluck().get();
    return db.prepare(LATEST_VERSION).pluck().get() as number;
  };

  const reopen = (): Open | null => {
    let db: Database.Database | null = null;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      const version = latest(db); // a file that is not a database fails here, not at the open
      const dataVersion = db.prepare('PRAGMA data_version').pluck();
      opened += 1;
      return { db, dataVersion, inode: statSync(file).ino, pragma: dataVersion.get() as number, version };
    } catch {
      db?.close();
      return null;
    }
  };

  return {
    current() {
      const now = Date.now();
      const fileDue = now - checkedFileAt >= FILE_CHECK_MS;
      if (open && fileDue) {
        checkedFileAt = now;
        let inode = -1;
        try {
          inode = statSync(file).ino;
        } catch {
          // gone: reopened below, and unavailable until it is back
        }
        if (inode !== open.inode) close();
      }
      if (!open) {
        // Missing or unreadable: tried again at most every FILE_CHECK_MS (Next answers 503 meanwhile).
        if (!fileDue) return null;
        checkedFileAt = now;
        open = reopen();
        return open?.version ?? null;
      }
      try {
        const pragma = open.dataVersion.get() as number;
        if (pragma !== open.pragma) {
          open.pragma = pragma;
          open.version = latest(open.db);
        }
        return open.version;
      } catch {
        close();
        return null;
      }
    },
    opened: () => opened,
    close,
  };
}

// PostgreSQL: other instances load, and no notification reaches a connection that is not
// listening; the latest version is polled instead, off the request path.
const POLL_MS = 500;

// A poll that has not succeeded for this long means the server cannot be reached: unavailable.
const STALE_MS = 1_500;

function postgresProbe(url: string): DataVersionProbe {
  // Timeouts, so a server gone silent makes the poll fail instead of hang with the last version.
  const pool = new Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: 1_000,
    query_timeout: 1_000,
    keepAlive: true,
  });
  pool.on('error', () => {}); // a dropped idle connection: the next poll reconnects
  let version: number | null = null;
  let answeredAt = 0;
  let opened = 0;
  let polling = false;

  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      await pool.query(DATASETS_READ);
      const { rows } = await pool.query<{ version: string }>(LATEST_VERSION);
      if (version === null) opened += 1; // back after an outage: it may be another database
      version = Number(rows[0].version);
      answeredAt = Date.now();
    } catch {
      version = null;
    } finally {
      polling = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), POLL_MS);
  timer.unref();

  return {
    current: () => (Date.now() - answeredAt <= STALE_MS ? version : null),
    opened: () => opened,
    close() {
      clearInterval(timer);
      void pool.end();
    },
  };
}
