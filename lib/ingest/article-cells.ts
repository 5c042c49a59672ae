import { z } from 'zod';
import { ARTICLE } from '../article/article-source';
import { IngestError } from './ingest-error';
import type { CsvRecord, CsvTable } from './read-csv';

// Cells shared by the data/article files.
export const articleIdCellSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'a kebab-case id such as "sco-2001"' });

export const paragraphCellSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { message: `a paragraph number from 1 to ${ARTICLE.paragraphs}` })
  .transform(Number)
  .refine((n) => n >= 1 && n <= ARTICLE.paragraphs, {
    message: `a paragraph number from 1 to ${ARTICLE.paragraphs}`,
  });

// Ids are primary keys in the database; a repeat would silently overwrite, so it is rejected here.
export function rejectRepeatedId(
  seen: Map<string, number>,
  table: CsvTable,
  record: CsvRecord,
  id: string,
): void {
  const earlier = seen.get(id);
  if (earlier !== undefined)
    throw new IngestError(
      { file: table.file, line: record.line, column: 'id' },
      `each id only once ("${id}" is already on line ${earlier})`,
    );
  seen.set(id, record.line);
}
