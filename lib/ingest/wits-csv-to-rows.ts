import { z } from 'zod';
import type { Flow, Measure } from '../trade-terms';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvRecord, type CsvTable } from './read-csv';
import type { SourceRow } from './source-row';
import { optionalNumberCellSchema, validateRecord } from './validate-record';

export const WITS_KEY_COLUMNS = [
  'Reporter',
  'Partner',
  'Product categories',
  'Indicator Type',
  'Indicator',
] as const;

// The WITS Trade Summary rows this product uses; every other indicator (tariffs, product groups,
// GDP …) is published in the same file and passed over.
const WITS_INDICATORS: Record<string, { flow: Flow; measure: Measure }> = {
  'Partner share(%)-Top 5 Import Partner': { flow: 'import', measure: 'share' },
  'Partner share(%)-Top 5 Export Partner': { flow: 'export', measure: 'share' },
  'Trade (US$ Mil)-Top 5 Import Partner': { flow: 'import', measure: 'value' },
  'Trade (US$ Mil)-Top 5 Export Partner': { flow: 'export', measure: 'value' },
  'Imports (in US$ Mil)': { flow: 'import', measure: 'value' }, // partner World: the total
  'Exports (in US$ Mil)': { flow: 'export', measure: 'value' },
};

const nameCellSchema = z.string().trim().min(1, { message: 'a name' });
// The five WITS region files (LCN, SSF …) leave the Reporter cell empty: the file names the reporter.
const reporterCellSchema = z.string().trim();

// A WITS Trade Summary file (wide: one column per year, newest first), one record at a time: one
// row per reporter, partner, flow, measure and year. Empty cells mean "not in this file" and give
// no row. The reporter is the file's (`fileReporter`, from its name) when given; a Reporter cell
// then names the same economy or is empty.
export function witsRecordReader(
  file: string,
  header: string[],
  fileReporter?: { code: string },
): (record: CsvRecord) => SourceRow[] {
  const yearColumns = header.filter((name) => /^(19|20)\d\d$/.test(name));
  expectColumns({ file, header }, WITS_KEY_COLUMNS, [...WITS_KEY_COLUMNS, ...yearColumns]);
  if (yearColumns.length === 0)
    throw new IngestError({ file, line: 1 }, 'year columns (1988, 1989, …) after "Indicator"');

  const recordSchema = z.object({
    ...Object.fromEntries(WITS_KEY_COLUMNS.map((name) => [name, nameCellSchema])),
    Reporter: fileReporter ? reporterCellSchema : nameCellSchema,
    ...Object.fromEntries(yearColumns.map((year) => [year, optionalNumberCellSchema])),
  });
  const table = { file };

  return (record) => {
    const cells = validateRecord(recordSchema, table, record) as Record<string, string | number | null>;
    const indicator = WITS_INDICATORS[cells.Indicator as string];
    if (!indicator || cells['Product categories'] !== 'All Products') return [];
    const named = cells.Reporter as string;
    const reporter =
      fileReporter === undefined
        ? { name: named }
        : named === ''
          ? fileReporter
          : { name: named, code: fileReporter.code };
    const rows: SourceRow[] = [];
    for (const year of yearColumns) {
      const value = cells[year] as number | null;
      if (value === null) continue;
      if (indicator.measure === 'share' && (value < 0 || value > 100)) {
        throw new IngestError(
          { file, line: record.line, column: year },
          `a share between 0 and 100 (found ${value})`,
        );
      }
      rows.push({
        line: record.line,
        column: year,
        reporter,
        partner: { name: cells.Partner as string },
        ...indicator,
        year: Number(year),
        value,
        flag: null,
      });
    }
    return rows;
  };
}

export function witsCsvToRows(table: CsvTable): SourceRow[] {
  const read = witsRecordReader(table.file, table.header);
  return table.records.flatMap(read);
}
