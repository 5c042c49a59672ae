import type { SourceInfo } from '../panel/series-types';
import type { CsvCell } from './csv';

// A CSV described once: each column's name beside how its cell is read from a record, in the order
// of the file's columns.
export type CsvColumns<T> = Record<string, (record: T) => CsvCell>;
export type CsvTable = { columns: string[]; rows: CsvCell[][] };

export function csvTable<T>(columns: CsvColumns<T>, records: readonly T[]): CsvTable {
  const cells = Object.values(columns);
  return { columns: Object.keys(columns), rows: records.map((record) => cells.map((cell) => cell(record))) };
}

// Where a row's figure comes from, in columns on every row rather than in a preamble, so it
// survives a spreadsheet's sorting and filtering. Each download keeps its own order of these fields.
const PROVENANCE_COLUMN = {
  publisher: 'source',
  indicator: 'source_indicator',
  file: 'source_file',
  url: 'source_url',
  sha256: 'source_sha256',
  loadedAt: 'source_loaded_at',
} as const;
type ProvenanceField = keyof typeof PROVENANCE_COLUMN;

export function provenanceColumns<T>(
  fields: readonly ProvenanceField[],
  sourceOf: (record: T) => SourceInfo | null | undefined,
  prefix = '',
): CsvColumns<T> {
  return Object.fromEntries(
    fields.map((field) => [`${prefix}${PROVENANCE_COLUMN[field]}`, (record: T) => sourceOf(record)?.[field]]),
  );
}
