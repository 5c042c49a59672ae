import { z } from 'zod';
import { IngestError } from './ingest-error';
import type { CsvRecord, CsvTable } from './read-csv';

export const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

// A numeric cell as published: surrounding spaces are padding, not content.
// "1e309" is written like a number but is Infinity: rejected here, so every value stored is finite.
export const numberCellSchema = z
  .string()
  .trim()
  .regex(NUMBER, { message: 'a number' })
  .refine((text) => Number.isFinite(Number(text)), { message: 'a finite number' })
  .transform(Number);

// A numeric cell that may be empty: empty means "no value in this file", never zero.
export const optionalNumberCellSchema = z
  .string()
  .trim()
  .refine((text) => text === '' || NUMBER.test(text), { message: 'a number or an empty cell' })
  .refine((text) => text === '' || Number.isFinite(Number(text)), { message: 'a finite number' })
  .transform((text) => (text === '' ? null : Number(text)));

export const yearCellSchema = z
  .string()
  .trim()
  .regex(/^(19|20)\d\d$/, { message: 'a four-digit year' })
  .transform(Number);

// Validates one CSV record; the first problem becomes an error at that record's line and column.
export function validateRecord<Schema extends z.ZodType>(
  schema: Schema,
  table: Pick<CsvTable, 'file'>,
  record: CsvRecord,
): z.output<Schema> {
  const result = schema.safeParse(record.cells);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  const found = column === undefined ? '' : ` (found "${record.cells[column] ?? ''}")`;
  throw new IngestError({ file: table.file, line: record.line, column }, `${issue.message}${found}`);
}
