import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Must match the fallback in prisma.config.ts, so the CLI, the migrator and the app open one file.
export const DEFAULT_DATABASE_URL = 'file:./data.db';

export type DatabaseProvider = 'sqlite' | 'postgresql';

/** Which database a URL names: `file:` is SQLite (the default), `postgres://` or `postgresql://` PostgreSQL. */
export function databaseProvider(url: string | undefined = process.env.DATABASE_URL): DatabaseProvider {
  const value = url ?? DEFAULT_DATABASE_URL;
  if (value.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(value)) return 'postgresql';
  // Only the scheme is echoed: a URL put here by mistake may carry a password.
  throw new Error(
    `DATABASE_URL must be a SQLite "file:" URL (e.g. ${DEFAULT_DATABASE_URL}) or a postgres:// URL; got scheme ${schemeOf(value)}`,
  );
}

/** The read-replica URLs in DATABASE_REPLICA_URLS (comma-separated; empty when unset). */
export function replicaUrls(list: string | undefined = process.env.DATABASE_REPLICA_URLS): string[] {
  return (list ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
}

/** A URL safe to print: the password, if any, replaced by ***. */
export function redactedUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function schemeOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? '(none)';
}

/**
 * The absolute path of the SQLite file named by a `file:` URL (default: env DATABASE_URL).
 * A relative path resolves against the working directory, which is the repo root for every npm
 * script and for Next; that is also where PrismaBetterSqlite3 (which just strips `file:`) looks.
 */
export function databaseFilePath(url: string | undefined = process.env.DATABASE_URL): string {
  const value = url ?? DEFAULT_DATABASE_URL;
  if (!value.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL must be a SQLite "file:" URL, e.g. ${DEFAULT_DATABASE_URL}; got scheme ${schemeOf(value)}`,
    );
  }
  // Prisma's SQLite URLs may carry options such as ?connection_limit=1; they are not part of the path.
  const withoutQuery = value.replace(/\?.*$/, '');
  const filePath = withoutQuery.startsWith('file://')
    ? fileURLToPath(withoutQuery)
    : withoutQuery.slice('file:'.length);
  if (filePath === '') throw new Error('DATABASE_URL names no file: expected e.g. file:./data.db');
  return path.resolve(filePath);
}
