import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe(`${CSV_BOM}a,b\r\nx,1\r\n`);
  });

  it('quotes cells holding a comma, a quote or a line break, and reads back as written', () => {
    const cells = ['Congo, Rep.', 'the "top five"', 'two\nlines', 'cr\ronly', 'plain'];
    const csv = toCsv(['c1', 'c2', 'c3', 'c4', 'c5'], [cells]);
    expect(csv).toContain('"Congo, Rep.","the ""top five""","two\nlines","cr\ronly",plain\r\n');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.data[1]).toEqual(cells);
  });

  it('writes null and undefined as empty cells', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 'x', undefined]])).toBe(`${CSV_BOM}a,b,c\r\n,x,\r\n`);
  });
});

describe('csvCell keeps spreadsheets from running text as a formula', () => {
  for (const [name, start] of [
    ['=', '='],
    ['+', '+'],
    ['-', '-'],
    ['@', '@'],
    ['a tab', '\t'],
    ['a carriage return', '\r'],
  ]) {
    it(`prefixes text starting with ${name} with a single quote`, () => {
      const cell = csvCell(`${start}HYPERLINK("http://evil")`);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted).toBe(`'${start}HYPERLINK("http://evil")`);
    });
  }

  it('neutralises a formula even when the text also holds a line break', () => {
    expect(csvCell('=1+1\nmore')).toBe(`"'=1+1\nmore"`);
  });

  it('leaves text that only holds those characters later alone', () => {
    expect(csvCell('a=b-c')).toBe('a=b-c');
    expect(csvCell('data/imf-dots/file.csv')).toBe('data/imf-dots/file.csv');
  });

  it('writes numbers as numbers, negative ones untouched', () => {
    expect(csvCell(15.86)).toBe('15.86');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
  });

  it('writes a non-finite number as an empty cell rather than "NaN"', () => {
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});
