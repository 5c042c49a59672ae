import { describe, expect, it } from 'vitest';
import {
  ingestErrorFrom,
  readFixture,
  WITS_HEADER,
  witsCsvToRows,
  witsLine,
} from './fixtures/fixture-helpers';
import { readCsv } from './read-csv';
import { newReadTally } from './read-tally';
import type { SourceRow } from './source-row';

function describeRow(row: SourceRow): string {
  const partner = 'name' in row.partner ? row.partner.name : row.partner.code;
  return `${partner} ${row.flow} ${row.measure} ${row.year} ${row.value}`;
}

describe('witsCsvToRows on the good fixture', () => {
  const rows = witsCsvToRows(readFixture('wits/kaz.csv'));

  it('turns each year cell of the rows it uses into one long row, and nothing else', () => {
    // From wits/kaz.csv: World exports, China export and import shares, Russia export shares.
    // The GDP row and the Fuels product row are not trade-partner figures and give no rows.
    expect(rows.map(describeRow).sort()).toEqual(
      [
        'World export value 2017 48502.74',
        'World export value 2001 8485.52',
        'World export value 1996 5896.83',
        'World export value 1995 5226.72',
        'China export share 2017 11.95',
        'China export share 2001 7.62',
        'China export share 1996 7.78',
        'China export share 1995 5.43',
        'China import share 2017 15.86',
        'Russian Federation export share 2017 9.56',
        'Russian Federation export share 2001 20.43',
        'Russian Federation export share 1996 42.06',
        'Russian Federation export share 1995 45.19',
      ].sort(),
    );
  });

  it('gives no row for an empty cell: China import share is only published for 2017 here', () => {
    const chinaImports = rows.filter((row) => row.flow === 'import');
    expect(chinaImports.map((row) => row.year)).toEqual([2017]);
  });

  it('reads padded numbers as numbers, names the reporter by its WITS spelling, and sets no flag', () => {
    const china1995 = rows.find((row) => describeRow(row) === 'China export share 1995 5.43');
    expect(china1995).toEqual({
      line: 5,
      column: '1995',
      reporter: { name: 'Kazakhstan' },
      partner: { name: 'China' },
      flow: 'export',
      measure: 'share',
      year: 1995,
      value: 5.43,
      flag: null,
    });
  });
});

describe('witsCsvToRows on a row repeated exactly', () => {
  it('reads it once and counts the repeat as one row', () => {
    // exact-duplicate.csv has the China export share row twice (four year cells each).
    const tally = newReadTally();
    const rows = witsCsvToRows(readFixture('wits/exact-duplicate.csv'), tally);
    expect(rows.map((row) => `${row.year} ${row.value}`)).toEqual([
      '2017 11.95',
      '2001 7.62',
      '1996 7.78',
      '1995 5.43',
    ]);
    expect(tally.exactDuplicates).toBe(1);
  });
});

describe('witsCsvToRows on bad input', () => {
  it('rejects a share that is not a number, at its line and year column', () => {
    // Line 4 of the fixture has "n/a" as the 2017 China import share.
    const error = ingestErrorFrom(() => witsCsvToRows(readFixture('wits/bad-share-not-a-number.csv')));
    expect(error.location).toEqual({ file: 'wits/bad-share-not-a-number.csv', line: 4, column: '2017' });
    expect(error.expected).toMatch(/^a number or an empty cell/);
    expect(error.expected).toContain('n/a');
  });

  it('rejects a file without the "Indicator Type" column, naming it', () => {
    const error = ingestErrorFrom(() => witsCsvToRows(readFixture('wits/bad-missing-column.csv')));
    expect(error.location).toEqual({
      file: 'wits/bad-missing-column.csv',
      line: 1,
      column: 'Indicator Type',
    });
    expect(error.expected).toBe('a column named "Indicator Type"');
  });

  it('rejects a column that is neither a key column nor a year, naming it', () => {
    const error = ingestErrorFrom(() => witsCsvToRows(readFixture('wits/bad-unknown-column.csv')));
    expect(error.location).toEqual({ file: 'wits/bad-unknown-column.csv', line: 1, column: 'Notes' });
    expect(error.expected).toMatch(/unknown column "Notes"/);
  });

  it('rejects a file with no year columns', () => {
    const text =
      'Reporter,Partner,Product categories,Indicator Type,Indicator\nKazakhstan,China,All Products,Export,Partner share(%)-Top 5 Export Partner\n';
    const error = ingestErrorFrom(() => witsCsvToRows(readCsv('no-years.csv', text)));
    expect(error.location).toMatchObject({ file: 'no-years.csv', line: 1 });
    expect(error.expected).toMatch(/year columns/);
  });

  it('rejects an empty partner name at its line', () => {
    const text = `${WITS_HEADER}\n${witsLine('Kazakhstan,  ,All Products,Export,Partner share(%)-Top 5 Export Partner', { 2017: '11.95' })}\n`;
    const error = ingestErrorFrom(() => witsCsvToRows(readCsv('no-partner.csv', text)));
    expect(error.location).toEqual({ file: 'no-partner.csv', line: 2, column: 'Partner' });
    expect(error.expected).toMatch(/a name/);
  });
});
