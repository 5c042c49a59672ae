import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { datasetFileFor, type ObservationFile } from './dataset-files';
import { FIXTURES_ROOT } from './fixtures/fixture-helpers';
import { loadData } from './load';

// What a load records about the values it changed, on the small fixtures: read back with raw SQL,
// expected values read from the fixture file itself.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-revisions-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const WITS: ObservationFile = {
  ...datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV'),
  id: 'fixture-wits-kaz',
  file: 'wits/kaz.csv',
  reporterAlias: undefined,
};
const DOTS: ObservationFile = { ...datasetFileFor.dots, id: 'fixture-dots', file: 'dots/central-asia.csv' };
const EXPORT_SHARE = 'Partner share(%)-Top 5 Export Partner';

type RevisionRow = {
  versionId: number;
  datasetId: string;
  partnerCode: string;
  year: number;
  oldValue: number | null;
  newValue: number | null;
};

function revisions(file: string): RevisionRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT * FROM "Revision" ORDER BY "versionId", "datasetId", "partnerCode", "year"')
      .all() as RevisionRow[];
  } finally {
    db.close();
  }
}

function exportShares(root: string, partner: string): Map<number, number> {
  const text = fs.readFileSync(path.join(root, WITS.file), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const row = rows.find((r) => r.Partner === partner && r.Indicator === EXPORT_SHARE)!;
  return new Map(
    Object.entries(row)
      .filter(([column, cell]) => /^\d{4}$/.test(column) && cell.trim() !== '')
      .map(([column, cell]) => [Number(column), Number(cell)]),
  );
}

describe('revisions recorded by a load', () => {
  it('records a changed value and removed ones with old and new values, and a removed dataset without them', async () => {
    const file = path.join(tmp, 'test.db');
    const databaseUrl = `file:${file}`;
    await migrate(databaseUrl);
    const root = path.join(tmp, 'fixtures');
    fs.cpSync(FIXTURES_ROOT, root, { recursive: true });
    const options = { databaseUrl, root, economiesFile: 'economies.csv' };

    const first = await loadData({ ...options, datasets: [WITS, DOTS] });
    expect(first.changes.map((c) => [c.datasetId, c.kind])).toEqual([
      ['economies', 'first'],
      ['fixture-wits-kaz', 'first'],
      ['fixture-dots', 'first'],
    ]);
    expect(revisions(file)).toEqual([]);

    const russia = exportShares(root, 'Russian Federation');
    const china = exportShares(root, 'China');
    const witsPath = path.join(root, WITS.file);
    const edited = fs
      .readFileSync(witsPath, 'utf8')
      .replace(`${EXPORT_SHARE},,,     11.95,`, `${EXPORT_SHARE},,,     12.50,`)
      .replace(/^Kazakhstan,Russian Federation,.*\r?\n/m, '');
    fs.writeFileSync(witsPath, edited);
    expect(exportShares(root, 'China').get(2017)).toBe(12.5);

    const second = await loadData({ ...options, datasets: [WITS, DOTS] });
    expect(second.changes).toEqual([
      expect.objectContaining({
        datasetId: 'fixture-wits-kaz',
        kind: 'revised',
        added: 0,
        changed: 1,
        removed: russia.size,
      }),
    ]);
    expect(revisions(file)).toEqual(
      [
        {
          versionId: 2,
          datasetId: 'fixture-wits-kaz',
          partnerCode: 'CHN',
          year: 2017,
          oldValue: china.get(2017),
          newValue: 12.5,
        },
        ...[...russia]
          .sort(([a], [b]) => a - b)
          .map(([year, value]) => ({
            versionId: 2,
            datasetId: 'fixture-wits-kaz',
            partnerCode: 'RUS',
            year,
            oldValue: value,
            newValue: null,
          })),
      ].map((row) => expect.objectContaining(row)),
    );

    // A dataset whose file is gone is removed only when the load is told so (--allow-shrink).
    await expect(loadData({ ...options, datasets: [WITS] })).rejects.toThrow(
      /dataset "fixture-dots", which holds [\d,]+ values: its file is no longer under data\//,
    );
    const third = await loadData({ ...options, datasets: [WITS], allowShrink: true });
    expect(third.changes).toEqual([expect.objectContaining({ datasetId: 'fixture-dots', kind: 'removed' })]);
    expect(revisions(file).filter((r) => r.datasetId === 'fixture-dots')).toEqual([]);
  });
});
