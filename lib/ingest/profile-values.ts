import type {
  ProfileRevisionRow,
  ProfileRow,
  RevisionCounts,
  StoredProfileValue,
} from './bulk-writer/bulk-writer';
import { IngestError } from './ingest-error';
import {
  productName,
  productOfCode,
  PROFILE_SERIES_BY_CODE,
  seriesOfCode,
} from '../view-state/profile-indicators';

const keyOf = (row: Pick<ProfileRow, 'reporterCode' | 'code' | 'year'>) =>
  `${row.reporterCode}|${row.code}|${row.year}`;

// The profile rows of one file, one value per reporter, indicator, product and year: a repeat with
// the same value is counted once (as an observation's is), one with another value is rejected at
// its line and column.
export function profileCollector(file: string) {
  const byKey = new Map<string, ProfileRow>();
  let exactDuplicates = 0;
  return {
    add(row: ProfileRow) {
      const key = keyOf(row);
      const earlier = byKey.get(key);
      if (earlier === undefined) byKey.set(key, row);
      else if (earlier.value === row.value) exactDuplicates += 1;
      else {
        const series = PROFILE_SERIES_BY_CODE.get(seriesOfCode(row.code))!;
        const what = `"${series.indicator}", ${productName(productOfCode(row.code))}, ${row.year}`;
        throw new IngestError(
          { file, line: row.line, column: row.column },
          `one value per indicator, product and year; line ${earlier.line} already gave ${earlier.value} for ${what}, this row gives ${row.value}`,
        );
      }
    },
    values: (): StoredProfileValue[] =>
      [...byKey.values()].map(({ reporterCode, code, year, value }) => ({ reporterCode, code, year, value })),
    exactDuplicates: () => exactDuplicates,
  };
}

// What a reload changed in a dataset's profile values: each value added, removed or changed, as
// the Observation revisions are (lib/ingest/bulk-writer/revision-sql.ts), with their counts.
export function profileRevisions(
  before: StoredProfileValue[],
  after: StoredProfileValue[],
): { rows: ProfileRevisionRow[]; counts: RevisionCounts } {
  const old = new Map(before.map((row) => [keyOf(row), row]));
  const rows: ProfileRevisionRow[] = [];
  const counts: RevisionCounts = { added: 0, removed: 0, changed: 0 };
  for (const row of after) {
    const { reporterCode, code, year } = row;
    const earlier = old.get(keyOf(row));
    old.delete(keyOf(row));
    if (earlier === undefined) counts.added += 1;
    else if (earlier.value !== row.value) counts.changed += 1;
    else continue;
    rows.push({ reporterCode, code, year, oldValue: earlier?.value ?? null, newValue: row.value });
  }
  for (const { reporterCode, code, year, value } of old.values()) {
    counts.removed += 1;
    rows.push({ reporterCode, code, year, oldValue: value, newValue: null });
  }
  return { rows, counts };
}
