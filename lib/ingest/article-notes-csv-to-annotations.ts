import { z } from 'zod';
import { articleIdCellSchema, paragraphCellSchema, rejectRepeatedId } from './article-cells';
import { expectColumns, type CsvTable } from './read-csv';
import { validateRecord, yearCellSchema } from './validate-record';

export type AnnotationInput = {
  id: string;
  yearFrom: number;
  yearTo: number;
  title: string;
  note: string;
  paragraph: number;
};

const TITLE_MAX = 40;
const NOTE_MAX = 400;

const noteColumnsSchema = z.object({
  id: articleIdCellSchema,
  year_from: yearCellSchema,
  year_to: yearCellSchema,
  title: z
    .string()
    .trim()
    .min(1, { message: 'a title' })
    .max(TITLE_MAX, { message: `a title of at most ${TITLE_MAX} characters` }),
  note: z
    .string()
    .trim()
    .min(1, { message: 'a note' })
    .max(NOTE_MAX, { message: `a note of at most ${NOTE_MAX} characters (one or two sentences)` }),
  paragraph: paragraphCellSchema,
});

export const articleNoteRecordSchema = noteColumnsSchema.superRefine((row, context) => {
  if (row.year_to < row.year_from)
    context.addIssue({
      code: 'custom',
      path: ['year_to'],
      message: `a year no earlier than year_from (${row.year_from})`,
    });
});

// data/article/notes.csv: the events the article mentions, in our own words, each citing the
// paragraph it comes from. A band of years (year_to after year_from) stands for a vague date.
export function articleNotesCsvToAnnotations(table: CsvTable): AnnotationInput[] {
  expectColumns(table, Object.keys(noteColumnsSchema.shape));
  const seen = new Map<string, number>();
  return table.records.map((record) => {
    const row = validateRecord(articleNoteRecordSchema, table, record);
    rejectRepeatedId(seen, table, record, row.id);
    return {
      id: row.id,
      yearFrom: row.year_from,
      yearTo: row.year_to,
      title: row.title,
      note: row.note,
      paragraph: row.paragraph,
    };
  });
}
