import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Must match the fallback in prisma.config.ts, so the CLI, the migrator and the app open one file.
export const DEFAULT_DATABASE_URL = 'file:./data.db';

/**
 * The absolute path of the SQLite file named by a `file:` URL (default: env DATABASE_URL).
 * A relative path resolves against the working directory, which is the repo root for every npm
 * script and for Next; that is also where PrismaBetterSqlite3 (which just strips `file:`) looks.
 */
export function databaseFilePath(url: string | undefined = process.env.DATABASE_URL): string {
  const value = url ?? DEFAULT_DATABASE_URL;
  if (!value.startsWith('file:')) {
    // Only the scheme is echoed: a Postgres URL put here by mistake may carry a password.
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0] ?? '(none)';
    throw new Error(
      `DATABASE_URL must be a SQLite "file:" URL, e.g. ${DEFAULT_DATABASE_URL}; got scheme ${scheme}`,
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
