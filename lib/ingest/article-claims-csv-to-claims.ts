import { z } from 'zod';
import { COMPARATORS, type Comparator } from '../article/claim-verdict';
import { FLOWS, type Flow } from '../view-state/trade-terms';
import { articleIdCellSchema, paragraphCellSchema, rejectRepeatedId } from './article-cells';
import { economyCodeFor, type EconomyReference } from './economies-csv-to-reference';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvTable } from './read-csv';
import { numberCellSchema, validateRecord, yearCellSchema } from './validate-record';

export type ClaimInput = {
  id: string;
  reporterCode: string;
  partnerCode: string;
  flow: Flow;
  year: number;
  quote: string;
  comparator: Comparator;
  threshold: number;
  paragraph: number;
};

const codeCellSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, { message: 'a three-letter ISO code' });

const claimColumnsSchema = z.object({
  id: articleIdCellSchema,
  reporter: codeCellSchema,
  partner: codeCellSchema,
  flow: z.enum(FLOWS, { message: FLOWS.join(' or ') }),
  year: yearCellSchema,
  quote: z.string().trim().min(1, { message: "the article's words" }),
  comparator: z.enum(COMPARATORS, { message: `one of ${COMPARATORS.join(', ')}` }),
  threshold: numberCellSchema.refine((n) => n >= 0 && n <= 100, { message: 'a percentage from 0 to 100' }),
  paragraph: paragraphCellSchema,
});

// The threshold is read off the quote by a person; a typo in either would judge the wrong number.
export const articleClaimRecordSchema = claimColumnsSchema.superRefine((row, context) => {
  const numbers = (row.quote.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  if (!numbers.includes(row.threshold)) {
    context.addIssue({
      code: 'custom',
      path: ['threshold'],
      message: `the number in the quote ("${row.quote}")`,
    });
  }
});

// data/article/claims.csv: the article's trade claims, each a share it states for a reporter,
// partner, flow and year, with how it words it (comparator) and the number it gives (threshold).
export function articleClaimsCsvToClaims(table: CsvTable, reference: EconomyReference): ClaimInput[] {
  expectColumns(table, Object.keys(claimColumnsSchema.shape));
  const seen = new Map<string, number>();
  return table.records.map((record) => {
    const row = validateRecord(articleClaimRecordSchema, table, record);
    rejectRepeatedId(seen, table, record, row.id);
    for (const column of ['reporter', 'partner'] as const) {
      if (economyCodeFor(reference, 'article', { code: row[column] }) === undefined) {
        throw new IngestError(
          { file: table.file, line: record.line, column },
          `an economy code listed in data/economies.csv (unknown code "${row[column]}")`,
        );
      }
    }
    return {
      id: row.id,
      reporterCode: row.reporter,
      partnerCode: row.partner,
      flow: row.flow,
      year: row.year,
      quote: row.quote,
      comparator: row.comparator,
      threshold: row.threshold,
      paragraph: row.paragraph,
    };
  });
}
