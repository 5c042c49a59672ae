import ExcelJS from 'exceljs';
import type { CsvCell } from '../csv/csv';
import type { Brief } from './brief';
import { citeView } from './citation';

// A view as an Excel workbook (exceljs): "Data" holds exactly the rows of the view's CSV — numbers
// as numbers with a number format, gaps as empty cells with their reason in the CSV's own reason
// column — under a frozen, filtered header; "Notes" the notes and claim checks the view shows;
// "Sources" each file with its SHA-256; "About" the view's address, its citation and the day made.

const BOLD = { bold: true };

export async function briefWorkbook(brief: Brief): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const made = new Date(`${brief.made}T00:00:00Z`);
  book.creator = brief.site;
  book.title = brief.title;
  book.subject = brief.summary.join(' ');
  book.keywords = `trade, data version ${brief.dataVersion.id}`;
  book.created = made;
  book.modified = made;

  dataSheet(book, brief);
  notesSheet(book, brief);
  sourcesSheet(book, brief);
  aboutSheet(book, brief);
  return Buffer.from(await book.xlsx.writeBuffer());
}

// A sheet under a bold, frozen header row, with each column's width when given.
function headedSheet(book: ExcelJS.Workbook, name: string, header: string[], widths: number[] = []) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = BOLD;
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  return sheet;
}

function dataSheet(book: ExcelJS.Workbook, { table }: Brief) {
  const sheet = headedSheet(book, 'Data', [...table.columns]);
  for (const row of table.rows) sheet.addRow(row.map(cellValue));
  table.columns.forEach((name, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(40, Math.max(10, name.length + 2));
    const cells = table.rows.map((row) => row[index]);
    const format = numberFormat(name, cells);
    if (format) column.numFmt = format;
  });
  if (table.columns.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

// A gap stays an empty cell (null), never a zero or a dash.
const cellValue = (cell: CsvCell) => (cell === undefined || cell === '' ? null : cell);

// Years and version numbers as plain integers; every other number with thousands and two decimals
// shown (the cell keeps the full value).
function numberFormat(name: string, cells: CsvCell[]): string | null {
  const numbers = cells.filter((cell): cell is number => typeof cell === 'number');
  if (numbers.length === 0) return null;
  if (/year|version/.test(name) && numbers.every(Number.isInteger)) return '0';
  return numbers.every(Number.isInteger) ? '#,##0' : '#,##0.00';
}

function notesSheet(book: ExcelJS.Workbook, brief: Brief) {
  // number: the note's marker on the chart
  const sheet = headedSheet(book, 'Notes', ['kind', 'number', 'years', 'title', 'text'], [28, 8, 12, 40, 90]);
  for (const note of brief.notes)
    sheet.addRow([
      `note${brief.notesSource ? ` (${brief.notesSource})` : ''}`,
      note.number ?? null,
      note.years ?? '',
      note.title,
      note.text,
    ]);
  for (const claim of brief.claims)
    sheet.addRow([
      `claim check: ${claim.verdict}`,
      null,
      String(claim.year),
      `“${claim.quote}”`,
      claim.explanation,
    ]);
  if (brief.notes.length === 0 && brief.claims.length === 0)
    sheet.addRow(['', null, '', 'This view shows no notes or claim checks.', '']);
}

function sourcesSheet(book: ExcelJS.Workbook, brief: Brief) {
  const header = ['file', 'sha256', 'address', 'loaded_at', 'data_version', 'publisher', 'indicator'];
  const sheet = headedSheet(book, 'Sources', header, [40, 68, 50, 26, 12, 50, 40]);
  for (const s of brief.sources)
    sheet.addRow([s.file, s.sha256, s.url, s.loadedAt, brief.dataVersion.id, s.publisher, s.indicator]);
}

function aboutSheet(book: ExcelJS.Workbook, brief: Brief) {
  const sheet = book.addWorksheet('About');
  const citations = citeView(brief);
  const rows: [string, string | number][] = [
    ['Title', brief.title],
    ['Summary', brief.summary.join(' ')],
    ['View address', brief.viewUrl],
    ['Permalink', brief.permalink],
    ['Data version', brief.dataVersion.id],
    ['Data version recorded', brief.dataVersion.date ?? 'unknown'],
    ['Made', brief.made],
    ['Citation (APA)', citations.apa],
    ['Citation (BibTeX)', citations.bibtex],
    ['Citation (RIS)', citations.ris],
  ];
  for (const row of rows) sheet.addRow(row).getCell(1).font = BOLD;
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 110;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}
