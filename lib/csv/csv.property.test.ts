import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv, type CsvCell } from './csv';

// Properties of the CSV writer over generated cells: what a spreadsheet or a CSV library reads
// back is what was written, and no text cell reaches a spreadsheet as a formula.
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .tuple(fc.constantFrom(...FORMULA_START, '"', ',', '\n', '\r\n', "'"), fc.string({ maxLength: 10 }))
    .map(([start, rest]) => start + rest),
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.array(fc.stringMatching(/^[a-z_]{1,10}$/), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

function readBack(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  expect(rows.at(-1)).toEqual(['']); // the last record's CRLF
  return rows.slice(0, -1);
}

// What a reader should find in the cell: text as written, behind a ' when it would start a formula.
function expected(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.some((start) => value.startsWith(start)) ? `'${value}` : value;
}

describe('toCsv, for any table', () => {
  it('reads back through papaparse cell for cell', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const read = readBack(toCsv(header, rows));
        expect(read).toEqual([header, ...rows.map((row) => row.map(expected))]);
      }),
      { numRuns: 250 },
    );
  });

  it('lets no text cell start with = + - @ tab or CR', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const read = readBack(toCsv(header, rows)).slice(1);
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            if (typeof value === 'string') expect(FORMULA_START).not.toContain(read[r][c].charAt(0));
          }),
        );
      }),
      { numRuns: 250 },
    );
  });
});
