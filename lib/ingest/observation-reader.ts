import type { ObservationRow, ProfileRow } from './bulk-writer/bulk-writer';
import type { ObservationFile } from './dataset-files';
import { economyCodeFor, type EconomyReference } from './economies-csv-to-reference';
import { dotsTotalCheck, witsShareCheck, type CrossRowCheck } from './cross-row-checks';
import { IngestError } from './ingest-error';
import { countSkipped, type ReadTally } from './read-tally';
import type { CsvRecord } from './read-csv';
import { resolveCode, resolveRow, rowSkipReason, type RowsContext } from './rows-to-observations';
import type { SourceRow } from './source-row';
import { profileValueProblem } from './value-range';
import type { ProfileSourceRow } from './wits-profile-rows';

// One observation file's records to the rows the bulk writer stores: read by the file's format,
// names resolved to codes, values checked against their range; rows naming a declared skipped
// name are counted in the tally. Pure: the loader streams records through it, tests call it on a
// mutated copy of a real file.
export function observationReader(
  dataset: ObservationFile,
  header: string[],
  reference: EconomyReference,
  tally: ReadTally,
  onProfile?: (row: ProfileRow) => void,
): (record: CsvRecord) => ObservationRow[] {
  const { file, source, reporterAlias } = dataset;
  const fileReporterCode =
    reporterAlias && economyCodeFor(reference, reporterAlias.source, { name: reporterAlias.alias });
  const context: RowsContext = {
    file,
    source,
    nameColumns: { reporter: dataset.nameColumns.reporter(header), partner: dataset.nameColumns.partner },
  };
  const profile =
    onProfile && ((row: ProfileSourceRow) => onProfile(resolveProfileRow(row, context, reference)));
  const read = dataset.recordReader(
    file,
    header,
    fileReporterCode ? { code: fileReporterCode } : undefined,
    tally,
    profile,
  );
  return (record) => {
    // Checked at the first record, not the header: a WITS file with a header only needs no reporter.
    if (reporterAlias && fileReporterCode === undefined) {
      throw new IngestError(
        { file },
        `an economy for the file's reporter "${reporterAlias.alias}" in data/economies.csv (source ${reporterAlias.source})`,
      );
    }
    const rows: ObservationRow[] = [];
    for (const row of read(record)) {
      const skip = rowSkipReason(row, source);
      if (skip) {
        countSkipped(tally, `"${skip.name}"`, skip.reason);
        continue;
      }
      rows.push(resolveRow(row, context, reference));
    }
    return rows;
  };
}

// A profile row with its reporter resolved (the file's, checked as an observation's is) and its
// value checked against its unit's range.
function resolveProfileRow(
  row: ProfileSourceRow,
  context: RowsContext,
  reference: EconomyReference,
): ProfileRow {
  const { line, column } = row;
  const asSource = { line, column, reporter: row.reporter, partner: row.reporter } as SourceRow;
  const reporterCode = resolveCode(asSource, 'reporter', context, reference);
  const problem = profileValueProblem(row.series.unit, row.value);
  if (problem !== undefined) throw new IngestError({ file: context.file, line, column }, problem);
  return { reporterCode, code: row.code, year: row.year, value: row.value, line, column };
}

// The checks between rows of one observation file (cross-row-checks.ts), fed the same rows.
export function crossRowCheck(dataset: ObservationFile): CrossRowCheck {
  return dataset.source === 'dots' ? dotsTotalCheck(dataset.file) : witsShareCheck(dataset.file);
}
