import { PROFILE_INDICATORS as PROFILE_INDICATOR_NAMES } from '../../tests/fixtures/wits-kgz-vintages/vintage-cells';
// The trade profile rows of the WITS files (product groups, stages of processing, trade
// indicators), loaded from the real en_KAZ file: the values stored, their validation with file,
// line and column, the database left as it was by a failed load, and the revisions of a reload.
// Run against both databases (describe.each), like load.pg.test.ts. Expected values are read
// from the CSV here with papaparse, not from the loader's code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetFileFor } from './dataset-files';
import { TEST_DATABASES, type FreshDatabase } from './fixtures/test-databases';
import { IngestError } from './ingest-error';
import { loadData } from './load';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-profile-test-'));
const opened: FreshDatabase[] = [];
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const KAZ_NAME = 'en_KAZ_AllYears_WITS_Trade_Summary.CSV';
const KAZ = datasetFileFor.wits(KAZ_NAME);
const REAL = path.join(process.cwd(), KAZ.file);

// The WITS indicators the profile reads, as WITS names them (the list).
const PROFILE_INDICATORS = new Set(PROFILE_INDICATOR_NAMES);

type CsvRow = Record<string, string>;
const text = fs.readFileSync(REAL, 'latin1');
const csvRows = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data;
const yearCells = (row: CsvRow) =>
  Object.entries(row).filter(([column, cell]) => /^\d{4}$/.test(column) && cell.trim() !== '');
const cellOf = (indicator: string, product: string, year: number) => {
  const row = csvRows.find((r) => r.Indicator === indicator && r['Product categories'] === product)!;
  return Number(row[String(year)]);
};
// The 1-based line of the first row matching, counting the header as line 1.
const lineOf = (match: (row: CsvRow) => boolean) => csvRows.findIndex(match) + 2;

let counter = 0;
function rootWith(content: string): string {
  counter += 1;
  const root = path.join(tmp, `root-${counter}`);
  fs.mkdirSync(path.join(root, 'data', 'worldbank'), { recursive: true });
  for (const file of ['data/economies.csv', 'data/economy-codes-outside-iso.csv'])
    fs.copyFileSync(path.join(process.cwd(), file), path.join(root, file));
  fs.writeFileSync(path.join(root, KAZ.file), content, 'latin1');
  return root;
}

// One cell of the real file replaced: the line of the row matching, its year column.
function withCell(match: (row: CsvRow) => boolean, column: string, cell: string): string {
  const lines = text.split('\r\n').length > 1 ? text.split('\r\n') : text.split('\n');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const header = Papa.parse<string[]>(lines[0]).data[0];
  const index = lineOf(match) - 1;
  const cells = Papa.parse<string[]>(lines[index]).data[0];
  cells[header.indexOf(column)] = cell;
  lines[index] = Papa.unparse([cells], { newline: eol });
  return lines.join(eol);
}

async function failure(load: Promise<unknown>): Promise<IngestError> {
  try {
    await load;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

const isFuelsExportShare = (r: CsvRow) =>
  r.Indicator === 'Export Product share(%)' && r['Product categories'] === 'Fuels';

describe.each(TEST_DATABASES)('the trade profile on $name', ({ name, fresh }) => {
  async function freshDatabase(): Promise<FreshDatabase> {
    const db = await fresh(path.join(tmp, name), `profile_${name}`);
    opened.push(db);
    return db;
  }
  const load = (db: FreshDatabase, root: string) =>
    loadData({ databaseUrl: db.url, root, datasets: [KAZ], allowShrink: false });

  it('stores every product group, stage and indicator value of the file, each under its dataset', async () => {
    const db = await freshDatabase();
    const summary = await load(db, rootWith(text));
    const stored = (await db.snapshot()).ProfileValue;

    const expected = csvRows
      .filter((r) => PROFILE_INDICATORS.has(r.Indicator))
      .reduce((sum, r) => sum + yearCells(r).length, 0);
    expect(stored).toHaveLength(expected);
    expect(new Set(stored.map((r) => r.datasetId))).toEqual(new Set(['wits-KAZ']));
    expect(new Set(stored.map((r) => r.reporterCode))).toEqual(new Set(['KAZ']));
    // Every Fuels export share of the file is stored with its year, under one code.
    const fuels = csvRows.find(isFuelsExportShare)!;
    const fuelsValues = new Map(yearCells(fuels).map(([year, cell]) => [Number(year), Number(cell)]));
    const fuelCodes = new Set(
      stored.filter((r) => fuelsValues.get(Number(r.year)) === r.value).map((r) => Number(r.code)),
    );
    const fuelCode = [...fuelCodes].find((code) =>
      [...fuelsValues].every(([year, value]) =>
        stored.some((r) => Number(r.code) === code && Number(r.year) === year && r.value === value),
      ),
    );
    expect(fuelCode).toBeDefined();
    expect(stored.filter((r) => Number(r.code) === fuelCode)).toHaveLength(fuelsValues.size);
    expect(cellOf('Export Product share(%)', 'Fuels', 2017)).toBe(
      stored.find((r) => Number(r.code) === fuelCode && Number(r.year) === 2017)!.value,
    );
    expect(summary.changes.map((c) => c.kind)).toEqual(['first', 'first']);
  });

  it.each([
    [
      'a product share above 100',
      isFuelsExportShare,
      '2017',
      '113.55',
      'a share between 0 and 100 (found 113.55)',
    ],
    [
      'a count of partners that is not a whole number',
      (r: CsvRow) => r.Indicator === 'No. Of Export partners',
      '2010',
      '126.5',
      'a whole number from 0 to 100,000 (found 126.5)',
    ],
    [
      'a negative GDP',
      (r: CsvRow) => r.Indicator === 'GDP (current US$ Mil)',
      '2000',
      '-18291.99',
      'a value in US$ million from 0 to below 100,000,000 (found -18291.99)',
    ],
  ])(
    'rejects %s at its line and year column, and leaves the database as it was',
    async (_, match, year, cell, expected) => {
      const db = await freshDatabase();
      await load(db, rootWith(text));
      const before = await db.snapshot();
      const error = await failure(load(db, rootWith(withCell(match, year, cell))));
      expect(error.location).toEqual({ file: KAZ.file, line: lineOf(match), column: year });
      expect(error.expected).toBe(expected);
      expect(await db.snapshot()).toEqual(before);
    },
  );

  it('rejects a product the indicator is not published for, naming the Product categories column', async () => {
    const db = await freshDatabase();
    const error = await failure(
      load(db, rootWith(withCell(isFuelsExportShare, 'Product categories', 'Fuel'))),
    );
    expect(error.location).toEqual({
      file: KAZ.file,
      line: lineOf(isFuelsExportShare),
      column: 'Product categories',
    });
    expect(error.expected).toMatch(
      /^a product group \(Animal, .*\) for indicator "Export Product share\(%\)" \(found "Fuel"\)$/,
    );
    expect((await db.snapshot()).ProfileValue).toEqual([]);
  });

  it('rejects a garbled profile indicator name and counts an unknown one by name', async () => {
    const db = await freshDatabase();
    const garbled = withCell(isFuelsExportShare, 'Indicator', 'Export Product share (%)');
    const error = await failure(load(db, rootWith(garbled)));
    expect(error.location).toEqual({ file: KAZ.file, line: lineOf(isFuelsExportShare), column: 'Indicator' });
    expect(error.expected).toContain('"Export Product share(%)"');

    const unknown = withCell(isFuelsExportShare, 'Indicator', 'Re-export share(%)');
    const summary = await load(db, rootWith(unknown));
    expect(summary.skipped).toBe(1);
    const stored = (await db.snapshot()).ProfileValue;
    const fuels = csvRows.find(isFuelsExportShare)!;
    const all = csvRows.filter((r) => PROFILE_INDICATORS.has(r.Indicator));
    expect(stored).toHaveLength(
      all.reduce((sum, r) => sum + yearCells(r).length, 0) - yearCells(fuels).length,
    );
  });

  it('records a changed profile value as a revision of the next data version, old and new', async () => {
    const db = await freshDatabase();
    await load(db, rootWith(text));
    const old = cellOf('Export Product share(%)', 'Fuels', 2017);
    const summary = await load(db, rootWith(withCell(isFuelsExportShare, '2017', '50.00')));
    const tables = await db.snapshot();
    expect(tables.ProfileRevision).toEqual([
      expect.objectContaining({
        versionId: summary.dataVersion,
        datasetId: 'wits-KAZ',
        reporterCode: 'KAZ',
        year: 2017,
        oldValue: old,
        newValue: 50,
      }),
    ]);
    expect(summary.changes.find((c) => c.datasetId === 'wits-KAZ')).toMatchObject({
      kind: 'revised',
      added: 0,
      removed: 0,
      changed: 1,
    });
  });

  it('refuses a reload that would drop most profile values, database unchanged', async () => {
    const db = await freshDatabase();
    await load(db, rootWith(text));
    const before = await db.snapshot();
    // The same file without its product-group rows (its partner rows all kept).
    const kept = text
      .split(/(?<=\n)/)
      .filter((line) => !/,(Export|Import)\(US\$ Mil\),|Product share\(%\)/.test(line))
      .join('');
    const error = await failure(load(db, rootWith(kept)));
    expect(error.location).toEqual({ file: KAZ.file });
    expect(error.expected).toMatch(
      /^at least half of the [\d,]+ values dataset "wits-KAZ \(trade profile\)" holds/,
    );
    expect(await db.snapshot()).toEqual(before);
  });
});
