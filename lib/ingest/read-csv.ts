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
  const names = checkHeader(file, header);
  const records: CsvRecord[] = [];
  let line = 1 + newlinesIn(header);
  for (const row of rows) {
    line += 1;
    const record = recordFromRow(file, names, row, line);
    line += newlinesIn(row);
    if (record) records.push(record);
  }
  if (records.length === 0) throw new IngestError({ file }, 'at least one data row below the header');
  return { file, header: names, records };
}

// The header's names, trimmed; a name given twice is rejected.
export function checkHeader(file: string, header: string[]): string[] {
  const names = header.map((name) => name.trim());
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw new IngestError({ file, line: 1, column: duplicate }, 'each column name only once');
  return names;
}

// One parsed row as a record keyed by the header; null for a blank line (e.g. the trailing
// newline). A row with fewer or more cells than the header (truncated or shifted) is rejected.
export function recordFromRow(file: string, names: string[], row: string[], line: number): CsvRecord | null {
  if (row.length === 1 && row[0].trim() === '') return null;
  if (row.length !== names.length) {
    const column = row.length < names.length ? names[row.length] : undefined;
    throw new IngestError(
      { file, line, column },
      `${names.length} cells as in the header; found ${row.length}${row.length < names.length ? ' (truncated row)' : ''}`,
    );
  }
  const cells: Record<string, string> = {};
  for (let index = 0; index < names.length; index += 1) cells[names[index]] = row[index];
  return { line, cells };
}

// Every required column must be present, and nothing but the allowed ones: a renamed or extra
// column usually means the file is not the one we think it is.
export function expectColumns(
  table: Pick<CsvTable, 'file' | 'header'>,
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

// The line breaks inside a row's cells (quoted cells may hold them), so records keep their line.
export function newlinesIn(cells: string[]): number {
  let count = 0;
  for (const cell of cells)
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(/\r\n|\r|\n/g)!.length;
  return count;
}

function lineOfRow(rows: string[][], rowIndex: number): number {
  return 1 + rows.slice(0, rowIndex).reduce((lines, row) => lines + 1 + newlinesIn(row), 0);
}
