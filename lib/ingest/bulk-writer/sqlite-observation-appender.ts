import type Database from 'better-sqlite3';
import type { AppendResult, ObservationRow } from './bulk-writer';
import { FLAG_CODES, FLAGS_BY_CODE, FLOW_CODES, MEASURE_CODES } from './stored-codes';

const COLUMNS = `("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")`;
const PARAMETERS_PER_ROW = 8;
// Rows per INSERT: one call into SQLite per 128 rows instead of per row (8 × 128 = 1,024
// parameters, far below SQLite's limit of 32,766). A last, shorter batch goes row by row.
const ROWS_PER_INSERT = 128;

export type ObservationAppender = {
  append(datasetId: string, rows: ObservationRow[]): AppendResult;
};

// Appends observations through one prepared multi-row `INSERT … ON CONFLICT DO NOTHING`. A batch
// that stores fewer rows than it was given had a key already taken: its rows are then compared
// with the stored ones, where an equal value and flag is an exact duplicate (counted) and another
// is a conflict (reported at its row).
export function sqliteObservationAppender(db: Database.Database): ObservationAppender {
  const values = (rows: number) => Array(rows).fill(`(${Array(PARAMETERS_PER_ROW).fill('?').join(', ')})`);
  const insertMany = db.prepare(
    `INSERT INTO "Observation" ${COLUMNS} VALUES ${values(ROWS_PER_INSERT).join(', ')} ON CONFLICT DO NOTHING`,
  );
  const insertOne = db.prepare(
    `INSERT INTO "Observation" ${COLUMNS} VALUES ${values(1)} ON CONFLICT DO NOTHING`,
  );
  const stored = db.prepare(
    `SELECT "value", "flag" FROM "Observation"
     WHERE "datasetId" = ? AND "reporterCode" = ? AND "partnerCode" = ? AND "flow" = ? AND "measure" = ? AND "year" = ?`,
  );
  // Filled in place for each batch, so that a batch allocates nothing.
  const manyParameters: unknown[] = new Array(ROWS_PER_INSERT * PARAMETERS_PER_ROW);
  const oneParameters: unknown[] = new Array(PARAMETERS_PER_ROW);

  const setParameters = (parameters: unknown[], offset: number, datasetId: string, row: ObservationRow) => {
    parameters[offset] = datasetId;
    parameters[offset + 1] = row.reporterCode;
    parameters[offset + 2] = row.partnerCode;
    parameters[offset + 3] = FLOW_CODES[row.flow];
    parameters[offset + 4] = MEASURE_CODES[row.measure];
    parameters[offset + 5] = row.year;
    parameters[offset + 6] = row.value;
    parameters[offset + 7] = row.flag === null ? null : FLAG_CODES[row.flag];
  };

  // Rows whose key was stored before them (by an earlier batch or an earlier row of theirs): the
  // first whose value or flag differs from the stored one is a conflict; the others are exact
  // duplicates, as many as the batch did not store.
  const findConflict = (datasetId: string, rows: ObservationRow[], from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const row = rows[index];
      const flag = row.flag === null ? null : FLAG_CODES[row.flag];
      const earlier = stored.get(
        datasetId,
        row.reporterCode,
        row.partnerCode,
        FLOW_CODES[row.flow],
        MEASURE_CODES[row.measure],
        row.year,
      ) as { value: number; flag: string | null };
      if (earlier.value !== row.value || earlier.flag !== flag) {
        const storedFlag = earlier.flag === null ? null : FLAGS_BY_CODE[earlier.flag];
        return { row, stored: { value: earlier.value, flag: storedFlag } };
      }
    }
    return undefined;
  };

  return {
    append(datasetId, rows) {
      let inserted = 0;
      let exactDuplicates = 0;
      let from = 0;
      while (from < rows.length) {
        const batch = Math.min(rows.length - from, ROWS_PER_INSERT);
        let changes: number;
        if (batch === ROWS_PER_INSERT) {
          for (let index = 0; index < batch; index += 1)
            setParameters(manyParameters, index * PARAMETERS_PER_ROW, datasetId, rows[from + index]);
          changes = insertMany.run(manyParameters).changes;
        } else {
          changes = 0;
          for (let index = from; index < from + batch; index += 1) {
            setParameters(oneParameters, 0, datasetId, rows[index]);
            changes += insertOne.run(oneParameters).changes;
          }
        }
        if (changes < batch) {
          const conflict = findConflict(datasetId, rows, from, from + batch);
          if (conflict) return { inserted, exactDuplicates, conflict };
        }
        inserted += changes;
        exactDuplicates += batch - changes;
        from += batch;
      }
      return { inserted, exactDuplicates };
    },
  };
}
