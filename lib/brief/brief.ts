import type { ClaimCheck } from '../article/article-types';
import type { CsvCell } from '../csv/csv';
import type { SourceInfo } from '../panel/series-types';

// A view as a brief: everything its PDF, its workbook and its citation say, gathered once per view
// (lib/data/load-brief.ts) from the same pieces its page and its CSV use. Pure data: the PDF
// (brief-pdf.ts) and the workbook (brief-workbook.ts) only lay it out.

export const BRIEF_FORMATS = {
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  cite: { contentType: 'application/json; charset=utf-8', extension: 'json' }, // the page's "Cite this view"
} as const;
export type BriefFormat = keyof typeof BRIEF_FORMATS;

export function isBriefFormat(name: string): name is BriefFormat {
  return Object.hasOwn(BRIEF_FORMATS, name);
}

// years: the span an article note is about (null for a note on the view itself, such as valuation).
export type BriefNote = { number?: number; years: string | null; title: string; text: string }; // number: its marker on the chart

export type Brief = {
  site: string; // the dashboard's name: the citation's author
  title: string;
  summary: string[]; // the view's generated sentences, as the page prints them
  charts: string[]; // SVG documents, top to bottom: the view's own drawing
  notes: BriefNote[]; // the notes the view shows (none when it shows none)
  notesSource: string | null; // whose notes they are, e.g. "The Diplomat, September 2019"
  claims: ClaimCheck[]; // the article's claim checks, on views that show them
  sources: SourceInfo[];
  dataVersion: { id: number; date: string | null }; // date: YYYY-MM-DD the version was recorded
  viewUrl: string; // the view's full address
  permalink: string; // the short link that names the data version (v=)
  made: string; // YYYY-MM-DD, UTC: the access date of the citation
  table: { columns: readonly string[]; rows: CsvCell[][] }; // exactly the view's CSV
  fileStem: string; // the CSV's file name without ".csv"
};
