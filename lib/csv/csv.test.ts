import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvStream, toCsv, type CsvCell } from './csv';

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

describe('csvStream', () => {
  const header = ['reporter', 'partner', 'value'];
  const pages: CsvCell[][][] = [
    [['KAZ', 'CHN', 1.5]],
    [],
    [
      ['RUS', 'Congo, Rep.', -2],
      ['UZB', '=HYPERLINK("x")', null],
    ],
  ];

  // Counts how many pages the stream has asked for, and whether it stopped reading.
  function countingPages() {
    const read = { pages: 0, returned: false };
    async function* generate() {
      try {
        for (const page of pages) {
          read.pages += 1;
          yield page;
        }
      } finally {
        read.returned = true;
      }
    }
    return { read, iterator: generate() };
  }

  it('writes the same bytes as toCsv', async () => {
    const { iterator } = countingPages();
    const bytes = new Uint8Array(await new Response(csvStream(header, iterator)).arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(toCsv(header, pages.flat())));
  });

  it('sends the header before reading the pages, and reads a page only when the last was taken', async () => {
    const { read, iterator } = countingPages();
    const reader = csvStream(header, iterator).getReader();
    const first = await reader.read();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(first.value)).toBe(
      `${CSV_BOM}reporter,partner,value\r\n`,
    );
    expect(read.pages).toBeLessThanOrEqual(1);
    await reader.read();
    expect(read.pages).toBeLessThanOrEqual(2);
    await reader.cancel(); // the reader left: the rest is never read
    expect(read.returned).toBe(true);
    expect(read.pages).toBeLessThan(pages.length);
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
