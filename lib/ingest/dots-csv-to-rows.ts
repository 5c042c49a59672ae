import { z } from 'zod';
import type { Flow } from '../trade-terms';
import { expectColumns, type CsvTable } from './read-csv';
import type { SourceRow } from './source-row';
import { numberCellSchema, validateRecord, yearCellSchema } from './validate-record';

const DOTS_FLOWS: Record<string, Flow> = { imports_cif: 'import', exports_fob: 'export' };

export const dotsRecordSchema = z.object({
  reporter_iso3: z.string().regex(/^[A-Z]{3}$/, { message: 'a three-letter ISO code' }),
  flow: z.enum(['imports_cif', 'exports_fob'], { message: 'imports_cif or exports_fob' }),
  partner: z.string().trim().min(1, { message: 'a partner name' }),
  year: yearCellSchema,
  value_usd_millions: numberCellSchema.refine((value) => value >= 0, {
    message: 'a value of zero or more (US$ million)',
  }),
  estimate_flag: z.enum(['', 'e'], { message: 'empty or "e" (IMF estimate)' }),
});

// Turns the IMF DOTS long file into rows of US$ million values; the IMF's "e" becomes the flag
// "estimate". Shares are derived later, once every partner's value and the World total are known.
export function dotsCsvToRows(table: CsvTable): SourceRow[] {
  const validated = Object.keys(dotsRecordSchema.shape);
  expectColumns(table, validated, [...validated, 'value_as_stored', 'source_file']);
  return table.records.map((record) => {
    const cells = validateRecord(dotsRecordSchema, table, record);
    return {
      line: record.line,
      column: 'value_usd_millions',
      reporter: { code: cells.reporter_iso3 },
      partner: { name: cells.partner },
      flow: DOTS_FLOWS[cells.flow],
      measure: 'value',
      year: cells.year,
      value: cells.value_usd_millions,
      flag: cells.estimate_flag === 'e' ? 'estimate' : null,
    };
  });
}
