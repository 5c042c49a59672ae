import { describe, expect, it } from 'vitest';
import { ingestErrorFrom, readFixture } from './fixtures/fixture-helpers';
import { expectColumns, readCsv } from './read-csv';

describe('readCsv on good input', () => {
  it('keys each record by the header and remembers its line in the file (CRLF file)', () => {
    const table = readFixture('wits/kaz.csv');
    expect(table.file).toBe('wits/kaz.csv');
    expect(table.header).toEqual([
      'Reporter',
      'Partner',
      'Product categories',
      'Indicator Type',
      'Indicator',
      ...Array.from({ length: 32 }, (_, index) => String(2019 - index)), // 2019 to 1988
    ]);
    expect(table.records.map((record) => record.line)).toEqual([2, 3, 4, 5, 6, 7]);
    const chinaExports = table.records[3];
    expect(chinaExports.line).toBe(5);
    expect(chinaExports.cells.Partner).toBe('China');
    expect(chinaExports.cells['1995']).toBe('      5.43'); // padding is kept here; numbers are parsed later
    expect(table.records[4].cells['2001']).toBe('');
  });

  it('reads quoted names with commas as one cell', () => {
    const table = readFixture('dots/central-asia.csv');
    expect(table.records[2].cells.partner).toBe('China, P.R.: Mainland');
    expect(table.records[2].cells.year).toBe('1993');
  });

  it('counts the lines inside a quoted multi-line cell, so later rows keep their true line numbers', () => {
    const table = readCsv('notes.csv', 'code,note\nAAA,"first\nsecond"\nBBB,plain\n');
    expect(table.records.map((record) => [record.cells.code, record.line])).toEqual([
      ['AAA', 2],
      ['BBB', 4],
    ]);
  });

  it('ignores a byte-order mark and blank lines without shifting line numbers', () => {
    const table = readCsv('bom.csv', '\uFEFFcode,name\r\nAAA,One\r\n\r\nBBB,Two\r\n\r\n');
    expect(table.header).toEqual(['code', 'name']);
    expect(table.records.map((record) => [record.cells.code, record.line])).toEqual([
      ['AAA', 2],
      ['BBB', 4],
    ]);
  });

  it('trims spaces around column names', () => {
    expect(readCsv('spaced.csv', ' code , name \nAAA,One\n').header).toEqual(['code', 'name']);
  });
});

describe('readCsv on bad input', () => {
  it('rejects an empty file, naming the file and asking for a header and rows', () => {
    const error = ingestErrorFrom(() => readFixture('wits/empty.csv'));
    expect(error.location).toEqual({ file: 'wits/empty.csv' });
    expect(error.message).toMatch(/^wits\/empty\.csv: .*empty.*header row and data rows/);
  });

  it('treats a file of blank lines as empty', () => {
    const error = ingestErrorFrom(() => readCsv('blank.csv', '\r\n   \r\n'));
    expect(error.expected).toMatch(/empty/);
  });

  it('rejects a header with no data rows', () => {
    const error = ingestErrorFrom(() => readFixture('economies/header-only.csv'));
    expect(error.location.file).toBe('economies/header-only.csv');
    expect(error.expected).toMatch(/at least one data row/);
  });

  it('rejects a truncated row at its line, naming the first missing column', () => {
    // Line 3 stops after the 1996 cell: the 1995 cell is missing.
    const error = ingestErrorFrom(() => readFixture('wits/bad-truncated-row.csv'));
    expect(error.location).toEqual({ file: 'wits/bad-truncated-row.csv', line: 3, column: '1995' });
    expect(error.expected).toBe('37 cells as in the header; found 29 (truncated row)');
    expect(error.message).toBe(
      'wits/bad-truncated-row.csv, line 3, column "1995": 37 cells as in the header; found 29 (truncated row)',
    );
  });

  it('rejects a row with more cells than the header at its line', () => {
    const error = ingestErrorFrom(() => readCsv('shifted.csv', 'code,name\nAAA,One\nBBB,Two,extra\n'));
    expect(error.location).toMatchObject({ file: 'shifted.csv', line: 3 });
    expect(error.expected).toMatch(/2 cells as in the header; found 3/);
  });

  it('rejects an unclosed quote at the line where it starts', () => {
    const error = ingestErrorFrom(() => readFixture('economies/bad-unclosed-quote.csv'));
    expect(error.location).toMatchObject({ file: 'economies/bad-unclosed-quote.csv', line: 3 });
    expect(error.expected).toMatch(/malformed quoting/);
  });

  it('rejects a column name used twice', () => {
    const error = ingestErrorFrom(() => readCsv('twice.csv', 'code,name,code\nAAA,One,AAA\n'));
    expect(error.location).toEqual({ file: 'twice.csv', line: 1, column: 'code' });
    expect(error.expected).toMatch(/each column name only once/);
  });
});

describe('expectColumns', () => {
  const columns = ['code', 'name', 'kind', 'source', 'alias'];

  it('accepts a header with exactly the expected columns', () => {
    expect(() => expectColumns(readFixture('economies.csv'), columns)).not.toThrow();
  });

  it('rejects a missing column on line 1, naming it', () => {
    const error = ingestErrorFrom(() =>
      expectColumns(readFixture('economies/bad-missing-column.csv'), columns),
    );
    expect(error.location).toEqual({ file: 'economies/bad-missing-column.csv', line: 1, column: 'kind' });
    expect(error.expected).toBe('a column named "kind"');
  });

  it('rejects a column that is not allowed, naming it and listing the allowed ones', () => {
    const error = ingestErrorFrom(() =>
      expectColumns(readFixture('economies/bad-unknown-column.csv'), columns),
    );
    expect(error.location).toEqual({ file: 'economies/bad-unknown-column.csv', line: 1, column: 'iso2' });
    expect(error.expected).toMatch(/unknown column "iso2"/);
    expect(error.expected).toMatch(/"code", "name", "kind", "source", "alias"/);
  });

  it('accepts optional columns when they are allowed', () => {
    expect(() =>
      expectColumns(readFixture('economies/bad-unknown-column.csv'), columns, [...columns, 'iso2']),
    ).not.toThrow();
  });
});
