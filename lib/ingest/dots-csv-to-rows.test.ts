import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dotsCsvToRows, dotsRecordSchema, wellFormedCells } from './dots-csv-to-rows';
import { ingestErrorFrom, readFixture } from './fixtures/fixture-helpers';

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

describe('wellFormedCells, the schema checked by hand', () => {
  const good = {
    reporter: ' Kazakhstan ',
    reporter_iso3: 'KAZ',
    flow: 'exports_fob',
    partner: ' China, P.R.: Mainland',
    year: ' 1995',
    value_usd_millions: '2.5e3 ',
    estimate_flag: 'e',
    value_as_stored: '2500',
  };
  const variants: Record<string, string | undefined>[] = [
    {},
    { reporter_iso3: '' },
    { reporter_iso3: 'kaz' },
    { reporter_iso3: 'KAZ ' },
    { flow: 'exports' },
    { partner: '  ' },
    { year: '1899' },
    { year: '19955' },
    { value_usd_millions: '1e309' },
    { value_usd_millions: '-7823.41' },
    { value_usd_millions: '1,000' },
    { value_usd_millions: '' },
    { estimate_flag: 'E' },
    { reporter: '' },
    { reporter: undefined },
    { partner: undefined },
  ];
  it('accepts a record exactly when the schema does, and reads it the same', () => {
    for (const variant of variants) {
      const cells = { ...good, ...variant } as Record<string, string>;
      for (const key of Object.keys(cells)) if (cells[key] === undefined) delete cells[key];
      for (const byName of [true, false]) {
        const schema = byName
          ? dotsRecordSchema.extend({ reporter: z.string().trim().min(1) })
          : dotsRecordSchema;
        const expected = schema.safeParse(cells);
        expect(wellFormedCells(cells, byName), JSON.stringify({ variant, byName })).toEqual(
          expected.success ? expected.data : undefined,
        );
      }
    }
  });
});
