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
  return CSV_BOM + csvLines([header, ...rows]);
}

// The same bytes as toCsv, written page by page as the pages arrive: for downloads too big to hold.
// The next page is read only when the reader has taken the last one (pull), and a cancelled
// download stops the reading.
export function csvStream(
  header: readonly string[],
  pages: AsyncIterator<readonly (readonly CsvCell[])[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLines([header])));
        return;
      }
      // Past empty pages: a pull that enqueues nothing is not called again.
      for (let page = await pages.next(); ; page = await pages.next()) {
        if (page.done) return controller.close();
        if (page.value.length > 0) return controller.enqueue(encoder.encode(csvLines(page.value)));
      }
    },
    async cancel() {
      await pages.return?.();
    },
  });
}

function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + LINE_END).join('');
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Numbers stay numbers, a negative one included: only text is a formula risk.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
