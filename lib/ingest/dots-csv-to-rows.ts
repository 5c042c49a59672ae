import { z } from 'zod';
import type { Flow } from '../trade-terms';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvRecord, type CsvTable } from './read-csv';
import type { SourceRow } from './source-row';
import { NUMBER, numberCellSchema, validateRecord, yearCellSchema } from './validate-record';

const DOTS_FLOWS: Record<string, Flow> = { imports_cif: 'import', exports_fob: 'export' };

export const dotsRecordSchema = z.object({
  reporter_iso3: z.string().regex(/^([A-Z]{3})?$/, { message: 'a three-letter ISO code (or empty)' }),
  flow: z.enum(['imports_cif', 'exports_fob'], { message: 'imports_cif or exports_fob' }),
  partner: z.string().trim().min(1, { message: 'a partner name' }),
  year: yearCellSchema,
  // As published: the IMF's aggregate reporters (World, Advanced Economies) carry 13 small
  // negative residuals in the 1960s, so the sign is not checked here.
  value_usd_millions: numberCellSchema,
  estimate_flag: z.enum(['', 'e'], { message: 'empty or "e" (IMF estimate)' }),
});
const reporterNameSchema = z.object({ reporter: z.string().trim().min(1, { message: 'a reporter name' }) });

type DotsCells = z.output<typeof dotsRecordSchema> & { reporter?: string };

const ISO3_OR_EMPTY = /^([A-Z]{3})?$/;
const YEAR = /^(19|20)\d\d$/;

// What the schema returns for a well-formed record, checked by hand: zod costs more than the rest
// of the reading of a million-row file together. Any record it does not accept goes through the
// schema, which names the problem; a test checks that both agree.
export function wellFormedCells(cells: Record<string, string>, byName: boolean): DotsCells | undefined {
  const { reporter_iso3, flow, partner, year, value_usd_millions, estimate_flag } = cells;
  if (typeof reporter_iso3 !== 'string' || !ISO3_OR_EMPTY.test(reporter_iso3)) return undefined;
  if (flow !== 'imports_cif' && flow !== 'exports_fob') return undefined;
  if (estimate_flag !== '' && estimate_flag !== 'e') return undefined;
  if (typeof partner !== 'string' || typeof year !== 'string' || typeof value_usd_millions !== 'string')
    return undefined;
  const partnerName = partner.trim();
  const yearText = year.trim();
  const valueText = value_usd_millions.trim();
  if (partnerName === '' || !YEAR.test(yearText) || !NUMBER.test(valueText)) return undefined;
  const value = Number(valueText);
  if (!Number.isFinite(value)) return undefined;
  const parsed: DotsCells = {
    reporter_iso3,
    flow,
    partner: partnerName,
    year: Number(yearText),
    value_usd_millions: value,
    estimate_flag,
  };
  if (byName) {
    const reporter = cells.reporter;
    if (typeof reporter !== 'string' || reporter.trim() === '') return undefined;
    parsed.reporter = reporter.trim();
  }
  return parsed;
}

const REQUIRED = Object.keys(dotsRecordSchema.shape);
const OPTIONAL = ['reporter', 'value_as_stored', 'source_file'];

// The IMF DOTS long file, one record at a time: a row of US$ million values; the IMF's "e" becomes
// the flag "estimate". The reporter is its IMF name (column `reporter`, resolved through
// data/economies.csv) or, in files without that column, its code (`reporter_iso3`). Shares are
// derived later, once every partner's value and the World total are known.
export function dotsRecordReader(file: string, header: string[]): (record: CsvRecord) => SourceRow {
  expectColumns({ file, header }, REQUIRED, [...REQUIRED, ...OPTIONAL]);
  const byName = header.includes('reporter');
  // One zod pass per record: with the reporter's name when the file has that column.
  const schema = byName ? dotsRecordSchema.extend(reporterNameSchema.shape) : dotsRecordSchema;
  const table = { file, header };
  return (record) => {
    const cells =
      wellFormedCells(record.cells, byName) ?? (validateRecord(schema, table, record) as DotsCells);
    let reporter: SourceRow['reporter'];
    if (cells.reporter !== undefined) {
      reporter =
        cells.reporter_iso3 === ''
          ? { name: cells.reporter }
          : { name: cells.reporter, code: cells.reporter_iso3 };
    } else {
      if (cells.reporter_iso3 === '')
        throw new IngestError({ file, line: record.line, column: 'reporter_iso3' }, 'a reporter code');
      reporter = { code: cells.reporter_iso3 };
    }
    return {
      line: record.line,
      column: 'value_usd_millions',
      reporter,
      partner: { name: cells.partner },
      flow: DOTS_FLOWS[cells.flow],
      measure: 'value',
      year: cells.year,
      value: cells.value_usd_millions,
      flag: cells.estimate_flag === 'e' ? 'estimate' : null,
    };
  };
}

export function dotsCsvToRows(table: CsvTable): SourceRow[] {
  const read = dotsRecordReader(table.file, table.header);
  return table.records.map(read);
}
