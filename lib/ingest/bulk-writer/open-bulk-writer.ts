import { databaseFilePath } from '../../database-url';
import type { BulkWriter } from './bulk-writer';
import { openSqliteBulkWriter } from './sqlite-bulk-writer';

// The bulk writer for the database a URL names (SQLite `file:` URLs; the default ./data.db).
export function openBulkWriter(url?: string): BulkWriter {
  return openSqliteBulkWriter(databaseFilePath(url));
}
