import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { AppendResult, ObservationRow } from './bulk-writer';
import { COLUMNS, copyField } from './postgres-copy-text';
import { firstConflict, moveStagedObservations } from './postgres-observation-stage';
import { FLAG_CODES, FLOW_CODES, MEASURE_CODES } from './stored-codes';

const UNIQUE_VIOLATION = '23505';

export type ObservationCopy = {
  append(rows: ObservationRow[]): void;
  /** Ends the COPY; the rows are in "Observation", or the first conflicting row is returned. */
  finish(): Promise<AppendResult>;
  /** After a failure elsewhere: stops writing and removes the spill file. */
  destroy(): void;
};

// One dataset's observations, COPYed straight into "Observation" while the file is still being
// parsed, so the server inserts (heap and primary key) on one core while Node parses on the
// other; deleteDataset has just emptied the dataset, so a key can only collide with an earlier row
// of the same file. Such a repeat makes the server refuse the COPY (unique violation). Each row is
// therefore also written, with its place in the file, to a spill file on disk (memory stays flat):
// on a repeat the COPY is rolled back to its savepoint and the spill file is COPYed into the
// staging table, where exact repeats are counted and a conflicting one is found at its line
// (postgres-observation-stage.ts). A file without repeats, the common case, never reads it back.
export function startObservationCopy(
  client: pg.Client,
  datasetId: string,
  query: (sql: string, values?: unknown[]) => Promise<pg.QueryResult>,
): ObservationCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'observation-copy-'));
  const spillPath = path.join(dir, 'rows.tsv');
  const spill = createWriteStream(spillPath);
  const spilled = new Promise<void>((resolve, reject) => spill.on('finish', resolve).on('error', reject));
  spilled.catch(() => {}); // awaited in finish

  // Queued in this order on the one connection (client.query, not the awaiting query helper): the
  // savepoint is taken before the COPY starts.
  const savepoint = client.query('SAVEPOINT observation_copy');
  savepoint.catch(() => {});
  const copy = client.query(copyFrom(`COPY "Observation" (${COLUMNS}) FROM STDIN`));
  let copyFailure: (Error & { code?: string }) | null = null;
  const copied = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', (error) => {
      copyFailure = error;
      reject(error);
    });
  });
  copied.catch(() => {}); // awaited in finish

  const prefix = `${copyField(datasetId)}\t`;
  let seq = 0; // the row's place among this dataset's rows, in file order
  // The spill file back into the staging table, in file order.
  async function stageSpilled() {
    await query(`TRUNCATE observation_stage`);
    const stage = client.query(
      copyFrom(`COPY observation_stage (${COLUMNS}, "seq", "line", "column") FROM STDIN`),
    );
    await pipeline(createReadStream(spillPath), stage);
  }

  return {
    append(rows) {
      let copyText = '';
      let spillText = '';
      for (const row of rows) {
        seq += 1;
        const flag = row.flag === null ? '\\N' : FLAG_CODES[row.flag];
        // Codes are three letters and flow, measure and flag one: nothing in them needs escaping.
        const codes = `${FLOW_CODES[row.flow]}\t${MEASURE_CODES[row.measure]}`;
        const fields = `${prefix}${row.reporterCode}\t${row.partnerCode}\t${codes}\t${row.year}\t${row.value}\t${flag}`;
        copyText += `${fields}\n`;
        spillText += `${fields}\t${seq}\t${row.line}\t${copyField(row.column)}\n`;
      }
      if (spillText) spill.write(spillText);
      // After the server refused the COPY there is no connection left to write to; the spill file
      // still gets every row.
      if (copyText && !copyFailure) copy.write(copyText);
    },

    async finish() {
      spill.end();
      if (!copyFailure) copy.end();
      try {
        await spilled;
        await savepoint;
        try {
          await copied;
          await query('RELEASE SAVEPOINT observation_copy');
          return { inserted: seq, exactDuplicates: 0 };
        } catch (error) {
          if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
        }
        await query('ROLLBACK TO SAVEPOINT observation_copy');
        await stageSpilled();
        const inserted = await moveStagedObservations(query);
        const repeats = seq - inserted;
        const conflict = repeats > 0 ? await firstConflict(query) : null;
        if (conflict) return { inserted: 0, exactDuplicates: 0, conflict };
        return { inserted, exactDuplicates: repeats };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },

    destroy() {
      copy.destroy();
      spill.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
