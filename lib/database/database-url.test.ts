import { describe, expect, it } from 'vitest';
import { databaseProvider, redactedUrl, replicaUrls } from './database-url';

describe('DATABASE_URL', () => {
  it('opens SQLite for a file: URL and PostgreSQL for postgres:// or postgresql://', () => {
    expect(databaseProvider('file:./data.db')).toBe('sqlite');
    expect(databaseProvider('postgres://u:p@db.internal:5432/trade')).toBe('postgresql');
    expect(databaseProvider('postgresql://db.internal/trade?sslmode=require')).toBe('postgresql');
  });

  it('refuses any other scheme without echoing the URL', () => {
    expect(() => databaseProvider('mysql://root:hunter2@db/trade')).toThrow(/got scheme mysql:$/);
    expect(() => databaseProvider('mysql://root:hunter2@db/trade')).not.toThrow(/hunter2/);
  });

  it('hides the password when a URL is printed', () => {
    expect(redactedUrl('postgres://app:s3cret@db.internal:5432/trade')).toBe(
      'postgres://app:***@db.internal:5432/trade',
    );
    expect(redactedUrl('postgres://db.internal/trade')).toBe('postgres://db.internal/trade');
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  it('lists the comma-separated replicas, ignoring spaces and empty entries', () => {
    expect(replicaUrls(undefined)).toEqual([]);
    expect(replicaUrls(' postgres://r1/trade, ,postgres://r2/trade,')).toEqual([
      'postgres://r1/trade',
      'postgres://r2/trade',
    ]);
  });
});
