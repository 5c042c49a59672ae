import { z } from 'zod';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvRecord } from './read-csv';
import { countSkipped, newReadTally, type ReadTally } from './read-tally';
import type { SourceRow } from './source-row';
import { optionalNumberCellSchema, validateRecord } from './validate-record';
import {
  ALL_PRODUCTS,
  indicatorVariantOf,
  WITS_PASSED_OVER_INDICATORS,
  WITS_READ_INDICATORS,
} from './wits-indicators';
import { witsProfileRows, type ProfileSink } from './wits-profile-rows';
import { witsYearColumns } from './wits-year-columns';
import { PROFILE_SERIES_BY_INDICATOR } from '../view-state/profile-indicators';

export const WITS_KEY_COLUMNS = [
  'Reporter',
  'Partner',
  'Product categories',
  'Indicator Type',
  'Indicator',
] as const;

const nameCellSchema = z.string().trim().min(1, { message: 'a name' });
// The five WITS region files (LCN, SSF …) leave the Reporter cell empty: the file names the reporter.
const reporterCellSchema = z.string().trim();

// A WITS Trade Summary file (wide: one column per year, newest first), one record at a time: one
// row per reporter, partner, flow, measure and year. Empty cells mean "not in this file" and give
// no row. The reporter is the file's (`fileReporter`, from its name) when given; a Reporter cell
// then names the same economy or is empty. Rows of known indicators this product does not use
// give no row; rows of the profile's indicators (product groups, trade indicators) go to `profile`,
// when given, validated the same way; rows of unknown indicators and exact repeats of an earlier row are counted in the
// tally; a row that varies a known indicator, or a read indicator's type or product, is rejected.
export function witsRecordReader(
  file: string,
  header: string[],
  fileReporter?: { code: string },
  tally: ReadTally = newReadTally(),
  profile?: ProfileSink,
): (record: CsvRecord) => SourceRow[] {
  const allowed = [...WITS_KEY_COLUMNS, ...header.filter((name) => /^\d{4}$/.test(name))];
  expectColumns({ file, header }, WITS_KEY_COLUMNS, allowed);
  const misplaced = WITS_KEY_COLUMNS.find((name, index) => header[index] !== name);
  if (misplaced !== undefined)
    throw new IngestError(
      { file, line: 1, column: header[WITS_KEY_COLUMNS.indexOf(misplaced)] },
      `the columns ${WITS_KEY_COLUMNS.map((n) => `"${n}"`).join(', ')} first, in that order, then the years`,
    );
  const yearColumns = witsYearColumns(file, header, WITS_KEY_COLUMNS.length);

  const recordSchema = z.object({
    ...Object.fromEntries(WITS_KEY_COLUMNS.map((name) => [name, nameCellSchema])),
    Reporter: fileReporter ? reporterCellSchema : nameCellSchema,
    ...Object.fromEntries(yearColumns.map((year) => [year, optionalNumberCellSchema])),
  });
  const table = { file };
  const seen = new Map<string, number>(); // each row's text: its first line

  return (record) => {
    const text = header.map((name) => record.cells[name]).join('\u0000');
    if (seen.has(text)) {
      tally.exactDuplicates += 1;
      return [];
    }
    seen.set(text, record.line);
    const cells = validateRecord(recordSchema, table, record) as Record<string, string | number | null>;
    const name = cells.Indicator as string;
    const indicator = WITS_READ_INDICATORS[name];
    const named = cells.Reporter as string;
    const reporter =
      fileReporter === undefined
        ? { name: named }
        : named === ''
          ? fileReporter
          : { name: named, code: fileReporter.code };
    const series = PROFILE_SERIES_BY_INDICATOR.get(name);
    if (series !== undefined) {
      const rows = witsProfileRows(file, record.line, cells, series, reporter, yearColumns);
      if (profile) for (const row of rows) profile(row);
      return [];
    }
    if (!indicator) {
      if (WITS_PASSED_OVER_INDICATORS.has(name)) return [];
      const variant = indicatorVariantOf(name);
      if (variant !== undefined)
        throw new IngestError(
          { file, line: record.line, column: 'Indicator' },
          `a WITS indicator exactly as published: "${variant}" (found "${name}")`,
        );
      countSkipped(
        tally,
        `indicator "${name}"`,
        'an indicator the loader does not know (lib/ingest/wits-indicators.ts)',
      );
      return [];
    }
    // A read indicator's cells as WITS publishes them (`why`: what the message adds), or the row is rejected.
    const expect = (column: string, value: string | undefined, why = '') => {
      if (value !== undefined && cells[column] !== value)
        throw new IngestError(
          { file, line: record.line, column },
          `"${value}" for indicator "${name}"${why} (found "${cells[column]}")`,
        );
    };
    expect('Indicator Type', indicator.type);
    expect('Product categories', ALL_PRODUCTS, ', the only product category the loader reads it for');
    expect('Partner', indicator.partner, ', a total');
    const rows: SourceRow[] = [];
    for (const year of yearColumns) {
      const value = cells[year] as number | null;
      if (value === null) continue;
      rows.push({
        line: record.line,
        column: year,
        reporter,
        partner: { name: cells.Partner as string },
        flow: indicator.flow,
        measure: indicator.measure,
        year: Number(year),
        value,
        flag: null,
      });
    }
    return rows;
  };
}
