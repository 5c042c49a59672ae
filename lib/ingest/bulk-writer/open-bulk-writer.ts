import { databaseFilePath, databaseProvider } from '../../database/database-url';
import type { BulkWriter } from './bulk-writer';
import { openPostgresBulkWriter } from './postgres-bulk-writer';
import { openSqliteBulkWriter } from './sqlite-bulk-writer';

// The bulk writer for the database a URL names: SQLite for `file:` URLs (the default ./data.db),
// PostgreSQL (COPY … FROM STDIN) for postgres:// URLs.
export function openBulkWriter(url: string | undefined = process.env.DATABASE_URL): BulkWriter {
  if (url !== undefined && databaseProvider(url) === 'postgresql') return openPostgresBulkWriter(url);
  return openSqliteBulkWriter(databaseFilePath(url));
}
