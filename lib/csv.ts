// CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so
// Excel does not guess a legacy code page and garble "Côte d'Ivoire".
export type CsvCell = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';
const LINE_END = '\r\n';

// A text cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets; the
// quote makes it text (OWASP, CSV injection). Papa.unparse's escapeFormulae misses values that
// also hold a line break, hence our own writer.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + LINE_END).join('');
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Numbers stay numbers, a negative one included: only text is a formula risk.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
