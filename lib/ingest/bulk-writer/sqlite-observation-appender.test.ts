import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../prisma/migrate';
import type { ObservationRow } from './bulk-writer';
import { sqliteObservationAppender } from './sqlite-observation-appender';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'appender-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
async function freshDatabase() {
  counter += 1;
  const file = path.join(tmp, `db-${counter}.db`);
  await migrate(`file:${file}`);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  return db;
}

// 300 rows, two full batches of 128 and 44 rows after them: partners P000…P299, one year each.
const rows = (): ObservationRow[] =>
  Array.from({ length: 300 }, (_, index) => ({
    reporterCode: 'KAZ',
    partnerCode: `P${String(index).padStart(3, '0')}`,
    flow: 'export',
    measure: 'value',
    year: 1990 + (index % 30),
    value: index + 0.5,
    flag: index % 7 === 0 ? 'estimate' : null,
    line: index + 2,
    column: 'value_usd_millions',
  }));

describe('sqliteObservationAppender', () => {
  it('stores every row, in full batches and the short one after them', async () => {
    const db = await freshDatabase();
    const result = sqliteObservationAppender(db).append('d', rows());
    expect(result).toEqual({ inserted: 300, exactDuplicates: 0 });
    const stored = db.prepare('SELECT "partnerCode", "value", "flag" FROM "Observation" ORDER BY 1').all();
    expect(stored).toHaveLength(300);
    expect(stored[7]).toEqual({ partnerCode: 'P007', value: 7.5, flag: 'e' });
  });

  it('counts exact repeats, within a batch and across batches', async () => {
    const db = await freshDatabase();
    const appender = sqliteObservationAppender(db);
    const first = rows();
    // Row 10 repeated inside the first batch; row 5 repeated in the second; all of them again after.
    const repeated = [
      ...first.slice(0, 100),
      first[10],
      ...first.slice(100, 200),
      first[5],
      ...first.slice(200),
    ];
    expect(appender.append('d', repeated)).toEqual({ inserted: 300, exactDuplicates: 2 });
    expect(appender.append('d', first)).toEqual({ inserted: 0, exactDuplicates: 300 });
  });

  it('reports the first row that gives a stored key another value or flag, with the stored one', async () => {
    const db = await freshDatabase();
    const appender = sqliteObservationAppender(db);
    const first = rows();
    const changedValue = { ...first[20], value: 99, line: 500 };
    const changedFlag = { ...first[30], flag: 'estimate' as const, line: 501 };
    // The repeat with another value comes in the same batch as its key's first row.
    const result = appender.append('d', [
      ...first.slice(0, 60),
      changedValue,
      changedFlag,
      ...first.slice(60),
    ]);
    expect(result.conflict).toEqual({ row: changedValue, stored: { value: 20.5, flag: null } });
    const later = appender.append('d', [changedFlag]);
    expect(later.conflict).toEqual({ row: changedFlag, stored: { value: 30.5, flag: null } });
  });
});
