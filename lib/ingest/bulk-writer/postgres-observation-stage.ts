import type pg from 'pg';
import type { ObservationConflict, ObservationRow } from './bulk-writer';
import { COLUMNS, KEY } from './postgres-copy-text';
import { FLAGS_BY_CODE, FLOWS_BY_CODE, MEASURES_BY_CODE } from './stored-codes';

// The staging table a file with repeated keys goes through (postgres-observation-copy.ts): each
// row with its place in the file, so that the first row giving a key a second value is rejected
// at its line and exact repeats are counted, as on SQLite.

type Query = (sql: string, values?: unknown[]) => Promise<pg.QueryResult>;

type StageRow = {
  reporterCode: string;
  partnerCode: string;
  flow: string;
  measure: string;
  year: number;
  value: number;
  flag: string | null;
  line: number;
  column: string;
  first_value: number;
  first_flag: string | null;
};

export async function createObservationStage(query: Query) {
  // LIKE copies the column types (the enums included), so the move into "Observation" needs no casts.
  await query(`CREATE TEMP TABLE observation_stage (LIKE "Observation") ON COMMIT DROP`);
  await query(
    `ALTER TABLE observation_stage ADD COLUMN "seq" bigint, ADD COLUMN "line" int, ADD COLUMN "column" text`,
  );
}

// The first row of each key (in file order) moves, sorted as the primary key so its index grows
// at the end (twice as fast as in file order). Returns how many moved.
export async function moveStagedObservations(query: Query): Promise<number> {
  const moved = await query(
    `INSERT INTO "Observation" (${COLUMNS})
     SELECT DISTINCT ON (${KEY}) ${COLUMNS} FROM observation_stage ORDER BY ${KEY}, "seq"`,
  );
  return moved.rowCount ?? 0;
}

// The first staged row, in file order, whose key an earlier row gave another value or flag.
export async function firstConflict(query: Query): Promise<ObservationConflict | null> {
  const { rows } = (await query(
    `SELECT * FROM (
       SELECT s.*, first_value("value") OVER w AS first_value, first_value("flag") OVER w AS first_flag
       FROM observation_stage s WINDOW w AS (PARTITION BY ${KEY} ORDER BY "seq")
     ) ranked
     WHERE "value" <> first_value OR "flag" IS DISTINCT FROM first_flag
     ORDER BY "seq" LIMIT 1`,
  )) as pg.QueryResult<StageRow>;
  if (rows.length === 0) return null;
  const c = rows[0];
  const row: ObservationRow = {
    reporterCode: c.reporterCode,
    partnerCode: c.partnerCode,
    flow: FLOWS_BY_CODE[c.flow],
    measure: MEASURES_BY_CODE[c.measure],
    year: c.year,
    value: c.value,
    flag: c.flag === null ? null : FLAGS_BY_CODE[c.flag],
    line: c.line,
    column: c.column,
  };
  return {
    row,
    stored: { value: c.first_value, flag: c.first_flag === null ? null : FLAGS_BY_CODE[c.first_flag] },
  };
}
