import { z } from 'zod';
import type { Flow } from '../view-state/trade-terms';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvRecord } from './read-csv';
import type { SourceRow } from './source-row';
import { numberCell, numberCellSchema, validateRecord, yearCell, yearCellSchema } from './validate-record';

// The IMF's Direction of Trade Statistics start in 1948; a year after this one is not published yet.
export const DOTS_FIRST_YEAR = 1948;
const thisYear = () => new Date().getUTCFullYear();
const dotsYearSchema = yearCellSchema.refine((year) => year >= DOTS_FIRST_YEAR && year <= thisYear(), {
  message: `a year from ${DOTS_FIRST_YEAR} (the first year of the IMF's Direction of Trade Statistics) to ${thisYear()} (this year)`,
});

const DOTS_FLOWS: Record<string, Flow> = { imports_cif: 'import', exports_fob: 'export' };
const ISO3_OR_EMPTY = /^([A-Z]{3})?$/;

export const dotsRecordSchema = z.object({
  reporter_iso3: z.string().regex(ISO3_OR_EMPTY, { message: 'a three-letter ISO code (or empty)' }),
  flow: z.enum(['imports_cif', 'exports_fob'], { message: 'imports_cif or exports_fob' }),
  partner: z.string().trim().min(1, { message: 'a partner name' }),
  year: dotsYearSchema,
  // As published: the IMF's aggregate reporters (World, Advanced Economies) carry 13 small
  // negative residuals in the 1960s, so the sign is not checked here.
  value_usd_millions: numberCellSchema,
  estimate_flag: z.enum(['', 'e'], { message: 'empty or "e" (IMF estimate)' }),
});
// Files with the reporter's IMF name (column `reporter`) beside its code.
export const dotsRecordByNameSchema = dotsRecordSchema.extend({
  reporter: z.string().trim().min(1, { message: 'a reporter name' }),
});
type DotsCells = z.output<typeof dotsRecordSchema> & { reporter?: string };

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
  const schema = byName ? dotsRecordByNameSchema : dotsRecordSchema;
  const table = { file, header };
  return (record) => {
    const cells =
      plainDotsCells(record.cells, byName) ?? (validateRecord(schema, table, record) as DotsCells);
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

// A record's cells as the schema gives them, read without zod when every cell passes the schema's
// own checks (nearly every record of the IMF's file: zod's object parse was most of the CPU time of
// a load); undefined otherwise, and the schema then decides and names the problem. It may refuse
// more than the schema, never less (dots-csv-to-rows.test.ts compares the two).
const LAST_YEAR = thisYear();
export function plainDotsCells(cells: Record<string, string>, byName: boolean): DotsCells | undefined {
  const reporter_iso3 = cells.reporter_iso3;
  if (typeof reporter_iso3 !== 'string' || !ISO3_OR_EMPTY.test(reporter_iso3)) return undefined;
  const flow = cells.flow as DotsCells['flow'];
  if (flow !== 'imports_cif' && flow !== 'exports_fob') return undefined;
  const estimate_flag = cells.estimate_flag as DotsCells['estimate_flag'];
  if (estimate_flag !== '' && estimate_flag !== 'e') return undefined;
  const partner = trimmedNonEmpty(cells.partner);
  let year = typeof cells.year === 'string' ? yearCell(cells.year) : undefined;
  if (year !== undefined && (year < DOTS_FIRST_YEAR || year > LAST_YEAR)) year = undefined;
  const value =
    typeof cells.value_usd_millions === 'string' ? numberCell(cells.value_usd_millions) : undefined;
  if (partner === undefined || year === undefined || value === undefined) return undefined;
  // Built whole: an object spread here cost more than all the checks above.
  if (!byName) return { reporter_iso3, flow, partner, year, value_usd_millions: value, estimate_flag };
  const reporter = trimmedNonEmpty(cells.reporter);
  if (reporter === undefined) return undefined;
  return { reporter, reporter_iso3, flow, partner, year, value_usd_millions: value, estimate_flag };
}

function trimmedNonEmpty(cell: string | undefined): string | undefined {
  const text = typeof cell === 'string' ? cell.trim() : '';
  return text === '' ? undefined : text;
}
