import Papa from 'papaparse';
import { IngestError } from './ingest-error';

export type CsvRecord = { line: number; cells: Record<string, string> };
export type CsvTable = { file: string; header: string[]; records: CsvRecord[] };

// Parses CSV text into records keyed by header, remembering each record's line number in the file.
// A record with fewer or more cells than the header (a truncated or shifted row) is rejected here,
// so later stages can trust that every column is present.
export function readCsv(file: string, text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    throw new IngestError({ file }, 'the file is empty; expected a header row and data rows');

  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    throw new IngestError(
      { file, line: lineOfRow(parsed.data, quoteError.row ?? 0) },
      `malformed quoting (${quoteError.message})`,
    );
  }

  const [header, ...rows] = parsed.data;
  const names = header.map((name) => name.trim());
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw new IngestError({ file, line: 1, column: duplicate }, 'each column name only once');

  const records: CsvRecord[] = [];
  let line = 1 + newlinesIn(header);
  for (const row of rows) {
    line += 1;
    const rowLine = line;
    line += newlinesIn(row);
    if (row.length === 1 && row[0].trim() === '') continue; // blank line, e.g. the trailing newline
    if (row.length !== names.length) {
      const column = row.length < names.length ? names[row.length] : undefined;
      throw new IngestError(
        { file, line: rowLine, column },
        `${names.length} cells as in the header; found ${row.length}${row.length < names.length ? ' (truncated row)' : ''}`,
      );
    }
    records.push({
      line: rowLine,
      cells: Object.fromEntries(names.map((name, index) => [name, row[index]])),
    });
  }
  if (records.length === 0) throw new IngestError({ file }, 'at least one data row below the header');
  return { file, header: names, records };
}

// Every required column must be present, and nothing but the allowed ones: a renamed or extra
// column usually means the file is not the one we think it is.
export function expectColumns(
  table: CsvTable,
  required: readonly string[],
  allowed: readonly string[] = required,
): void {
  const missing = required.find((name) => !table.header.includes(name));
  if (missing !== undefined)
    throw new IngestError({ file: table.file, line: 1, column: missing }, `a column named "${missing}"`);
  const unknown = table.header.find((name) => !allowed.includes(name));
  if (unknown !== undefined) {
    throw new IngestError(
      { file: table.file, line: 1, column: unknown },
      `only the columns ${allowed.map((n) => `"${n}"`).join(', ')} (unknown column "${unknown}")`,
    );
  }
}

function newlinesIn(cells: string[]): number {
  return cells.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

function lineOfRow(rows: string[][], rowIndex: number): number {
  return 1 + rows.slice(0, rowIndex).reduce((lines, row) => lines + 1 + newlinesIn(row), 0);
}
