import type { ObservationFlag, ObservationRow } from './bulk-writer/bulk-writer';
import { economyCodeFor, type EconomyReference } from './economies-csv-to-reference';
import { IngestError } from './ingest-error';
import { skipReason } from './skipped-names';
import type { EconomyRef, SourceRow } from './source-row';
import { valueRangeProblem } from './value-range';

export type RowsContext = {
  file: string;
  source: 'wits' | 'dots';
  nameColumns: { reporter: string; partner: string };
};

// One row with its names resolved to codes, its value checked against its measure's range (which
// may depend on the reporter: see value-range.ts): the row the bulk writer stores, built whole (an
// object spread per row was a tenth of the time of a load).
export function resolveRow(
  row: SourceRow,
  context: RowsContext,
  reference: EconomyReference,
): ObservationRow {
  const reporterCode = resolveCode(row, 'reporter', context, reference);
  const reporterKind = reference.economies.get(reporterCode)?.kind;
  const problem = valueRangeProblem(row.measure, row.value, { source: context.source, reporterKind });
  if (problem !== undefined)
    throw new IngestError({ file: context.file, line: row.line, column: row.column }, problem);
  return {
    reporterCode,
    partnerCode: resolveCode(row, 'partner', context, reference),
    flow: row.flow,
    measure: row.measure,
    year: row.year,
    value: row.value,
    flag: row.flag as ObservationFlag | null,
    line: row.line,
    column: row.column,
  };
}

// The reason a row is skipped rather than loaded (a name declared in skipped-names.ts), if any.
export function rowSkipReason(row: SourceRow, source: string): { name: string; reason: string } | undefined {
  for (const ref of [row.reporter, row.partner]) {
    if (!('name' in ref)) continue;
    const reason = skipReason(source, ref.name);
    if (reason !== undefined) return { name: ref.name, reason };
  }
  return undefined;
}

export function resolveCode(
  row: SourceRow,
  role: 'reporter' | 'partner',
  context: RowsContext,
  reference: EconomyReference,
): string {
  const ref: EconomyRef = row[role];
  const code = economyCodeFor(reference, context.source, ref);
  if (code !== undefined && 'name' in ref && ref.code !== undefined && ref.code !== code) {
    throw new IngestError(
      { file: context.file, line: row.line, column: context.nameColumns[role] },
      `the ${role} this file is for, ${ref.code} (found "${ref.name}", which data/economies.csv gives as ${code})`,
    );
  }
  if (code !== undefined) return code;
  const spelled = 'name' in ref ? `name "${ref.name}"` : `code "${ref.code}"`;
  throw new IngestError(
    { file: context.file, line: row.line, column: context.nameColumns[role] },
    `an economy listed for ${context.source} in data/economies.csv (unknown ${spelled})`,
  );
}
