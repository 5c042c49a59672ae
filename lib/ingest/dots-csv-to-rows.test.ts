import { describe, expect, it } from 'vitest';
import { dotsRecordByNameSchema, dotsRecordSchema, plainDotsCells } from './dots-csv-to-rows';
import { dotsCsvToRows, ingestErrorFrom, readFixture } from './fixtures/fixture-helpers';

describe('dotsCsvToRows on the good fixture', () => {
  const rows = dotsCsvToRows(readFixture('dots/central-asia.csv'));

  it('gives one US$ million value row per record, keyed by the reporter code and the partner name', () => {
    // dots/central-asia.csv has eight records (Australia 1995 twice; duplicates are handled later).
    expect(rows.map((row) => [row.line, row.partner, row.flow, row.year, row.value])).toEqual([
      [2, { name: 'Australia' }, 'export', 1995, 0.1],
      [3, { name: 'Australia' }, 'export', 1995, 0.1],
      [4, { name: 'China, P.R.: Mainland' }, 'export', 1993, 239.12],
      [5, { name: 'China, P.R.: Mainland' }, 'export', 1995, 296.9999999999998],
      [6, { name: 'Russian Federation' }, 'export', 1995, 2365.8],
      [7, { name: 'World' }, 'export', 1993, 1106.6572348591446],
      [8, { name: 'World' }, 'export', 1995, 5256.6],
      [9, { name: 'China, P.R.: Mainland' }, 'import', 1995, 34.7],
    ]);
    expect(new Set(rows.map((row) => JSON.stringify(row.reporter)))).toEqual(
      new Set([JSON.stringify({ code: 'KAZ' })]),
    );
    expect(new Set(rows.map((row) => row.measure))).toEqual(new Set(['value']));
    expect(new Set(rows.map((row) => row.column))).toEqual(new Set(['value_usd_millions']));
  });

  it('flags the IMF\'s "e" as an estimate and leaves the others unflagged', () => {
    // Only line 4 (China 1993, "239.12 e") carries the IMF estimate mark.
    expect(rows.filter((row) => row.flag === 'estimate').map((row) => row.line)).toEqual([4]);
    expect(rows.filter((row) => row.flag !== 'estimate').every((row) => row.flag === null)).toBe(true);
  });
});

describe('dotsCsvToRows on bad input', () => {
  // Issue 24, item 3: DOTS years outside what the source can have (it starts in 1948).
  const withYear = (year: string) => {
    const table = readFixture('dots/central-asia.csv');
    table.records[2].cells.year = year; // line 4
    return table;
  };
  it.each(['1900', '1947', '2099', String(new Date().getUTCFullYear() + 1)])(
    'rejects the year %s at its line',
    (year) => {
      const error = ingestErrorFrom(() => dotsCsvToRows(withYear(year)));
      expect(error.location).toEqual({ file: 'dots/central-asia.csv', line: 4, column: 'year' });
      expect(error.expected).toBe(
        `a year from 1948 (the first year of the IMF's Direction of Trade Statistics) to ${new Date().getUTCFullYear()} (this year) (found "${year}")`,
      );
    },
  );

  it('accepts 1948 and this year', () => {
    for (const year of ['1948', String(new Date().getUTCFullYear())])
      expect(dotsCsvToRows(withYear(year))[2].year).toBe(Number(year));
  });

  it('rejects a value that is not a number, at its line and column', () => {
    // Line 3 has "2.4k" as the Russia value.
    const error = ingestErrorFrom(() => dotsCsvToRows(readFixture('dots/bad-value-not-a-number.csv')));
    expect(error.location).toEqual({
      file: 'dots/bad-value-not-a-number.csv',
      line: 3,
      column: 'value_usd_millions',
    });
    expect(error.expected).toBe('a number (found "2.4k")');
  });

  it('rejects an estimate flag other than empty or "e"', () => {
    const error = ingestErrorFrom(() => dotsCsvToRows(readFixture('dots/bad-estimate-flag.csv')));
    expect(error.location).toEqual({ file: 'dots/bad-estimate-flag.csv', line: 3, column: 'estimate_flag' });
    expect(error.expected).toMatch(/empty or "e".*found "E"/);
  });

  it('rejects a file without the estimate_flag column, naming it', () => {
    const error = ingestErrorFrom(() => dotsCsvToRows(readFixture('dots/bad-missing-column.csv')));
    expect(error.location).toEqual({ file: 'dots/bad-missing-column.csv', line: 1, column: 'estimate_flag' });
    expect(error.expected).toBe('a column named "estimate_flag"');
  });

  it('rejects a column the file format does not have, naming it', () => {
    const error = ingestErrorFrom(() => dotsCsvToRows(readFixture('dots/bad-unknown-column.csv')));
    expect(error.location).toEqual({ file: 'dots/bad-unknown-column.csv', line: 1, column: 'unit' });
    expect(error.expected).toMatch(/unknown column "unit"/);
  });
});

describe('plainDotsCells, the reading without zod', () => {
  const published = {
    reporter: 'Kazakhstan',
    reporter_iso3: 'KAZ',
    flow: 'exports_fob',
    partner: 'China, P.R.: Mainland',
    year: '1995',
    value_as_stored: '296.99999999999977',
    value_usd_millions: '296.9999999999998',
    estimate_flag: 'e',
    source_file: 'DOTS_1.xlsx',
  };
  // Cells as published, padded, empty, misspelled, out of range or only nearly numbers.
  const variants: Record<string, string[]> = {
    reporter: ['', ' ', ' Kazakhstan ', 'kazakhstan'],
    reporter_iso3: ['', 'kaz', 'KA', 'KAZZ', ' KAZ', 'KAZ '],
    flow: ['imports_cif', 'IMPORTS_CIF', ' exports_fob', 'exports', ''],
    partner: ['', '  ', ' World ', 'World'],
    year: ['1899', '1900', '2099', '2100', ' 1995 ', '95', '1995.0', '', '١٩٩٥'],
    value_usd_millions: [
      '0',
      '-0',
      '-7823.41',
      '1e309',
      '-1e309',
      '1E5',
      '1e+5',
      ' 12.5 ',
      '12.',
      '.5',
      '+5',
      '0x10',
      '1_000',
      'NaN',
      'Infinity',
      '',
      '2.4k',
    ],
    estimate_flag: ['', 'E', ' e', 'ee'],
  };

  it('reads a published record as the schema does', () => {
    expect(plainDotsCells(published, true)).toEqual(dotsRecordByNameSchema.parse(published));
    expect(plainDotsCells(published, false)).toEqual(dotsRecordSchema.parse(published));
  });

  it('never accepts a record the schema rejects, nor reads one differently', () => {
    for (const [column, cells] of Object.entries(variants)) {
      for (const cell of cells) {
        const record = { ...published, [column]: cell };
        for (const byName of [true, false]) {
          const schema = byName ? dotsRecordByNameSchema : dotsRecordSchema;
          const expected = schema.safeParse(record);
          const plain = plainDotsCells(record, byName);
          if (plain === undefined) continue; // left to the schema, which decides and names the problem
          expect(expected.success, `${column} "${cell}"`).toBe(true);
          expect(plain, `${column} "${cell}"`).toEqual(expected.data);
        }
      }
    }
  });
});
