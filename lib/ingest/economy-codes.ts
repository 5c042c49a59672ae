import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvTable } from './read-csv';
import { validateRecord } from './validate-record';

// Where the economy codes of data/economies.csv come from: ISO 3166-1 alpha-3 as the maintained
// i18n-iso-countries package lists it, the codes of data/economy-codes-outside-iso.csv (former
// economies and the few other codes with no ISO 3166-1 entry, each with its reason), or a
// declared aggregate (kind "aggregate").
export const CODES_OUTSIDE_ISO_FILE_NAME = 'economy-codes-outside-iso.csv'; // beside economies.csv
export const CODES_OUTSIDE_ISO_FILE = `data/${CODES_OUTSIDE_ISO_FILE_NAME}`;

const ISO_ALPHA3: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha3Codes()));

export function isIsoAlpha3(code: string): boolean {
  return ISO_ALPHA3.has(code);
}

const codeOutsideIsoSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/, { message: 'a three-letter code' }),
  reason: z.string().trim().min(1, { message: 'why this code is not ISO 3166-1 alpha-3' }),
});

// data/economy-codes-outside-iso.csv: code → reason. A code that is ISO after all is rejected, so
// the list holds only what needs a reason.
export function codesOutsideIsoCsvToMap(table: CsvTable): Map<string, string> {
  expectColumns(table, Object.keys(codeOutsideIsoSchema.shape));
  const codes = new Map<string, string>();
  for (const record of table.records) {
    const row = validateRecord(codeOutsideIsoSchema, table, record);
    if (isIsoAlpha3(row.code))
      throw new IngestError(
        { file: table.file, line: record.line, column: 'code' },
        `a code that is not ISO 3166-1 alpha-3 (${row.code} is one; it needs no entry here)`,
      );
    codes.set(row.code, row.reason);
  }
  return codes;
}
