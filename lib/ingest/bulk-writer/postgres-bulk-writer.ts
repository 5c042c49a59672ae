import pg from 'pg';
import type { BulkWriter, DatasetMetadata, ObservationRow, RevisionCounts } from './bulk-writer';
import { COLUMNS, KEY } from './postgres-copy-text';
import { startObservationCopy, type ObservationCopy } from './postgres-observation-copy';
import { createObservationStage } from './postgres-observation-stage';
import {
  ADDED_SQL,
  CLEAR_PREVIOUS_SQL,
  KEEP_PREVIOUS_SQL,
  REMOVED_OR_CHANGED_SQL,
  REVISION_COUNTS_SQL,
  ROW_COUNT_SQL,
} from './revision-sql';
import { WORLD } from './stored-codes';

// revision-sql.ts numbers its parameters with `?`; pg wants $1, $2, … in order.
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
};

// PostgreSQL: one connection, one transaction for the whole load. A dataset's observations stream
// through `COPY … FROM STDIN` (pg-copy-streams) straight into "Observation" as the file is parsed;
// a file that repeats a key goes through a staging table instead (postgres-observation-copy.ts).
// Readers keep seeing the last committed data until COMMIT (MVCC).
export function openPostgresBulkWriter(url: string): BulkWriter {
  const client = new pg.Client({ connectionString: url });
  const ready = client.connect();
  let copy: ObservationCopy | null = null;

  async function query<T extends pg.QueryResultRow>(sql: string, values?: unknown[]) {
    await ready;
    return client.query<T>(sql, values);
  }

  let keptRows = 0; // rows set aside by the last keepPreviousObservations
  const writer: BulkWriter = {
    async begin() {
      await query('BEGIN');
      // Like the SQLite writer (foreign_keys = OFF): the loader has resolved every code through
      // data/economies.csv, written in this transaction, before a row gets here, so the three
      // foreign-key checks per row only cost time (most of the load's). Only a superuser may skip
      // them; any other role keeps them, and the load is slower, not different.
      const { rows } = await query<{ rolsuper: boolean }>(
        'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      if (rows[0]?.rolsuper) await query(`SET LOCAL session_replication_role = 'replica'`);
      // Sorting a million derived shares into key order fits in memory instead of spilling to disk;
      // one connection runs one statement at a time, so this is the load's memory, not per client.
      await query(`SET LOCAL work_mem = '128MB'`);
      await createObservationStage(query);
    },
    async commit() {
      await query('COMMIT');
    },
    async rollback() {
      if (copy) {
        copy.destroy();
        copy = null;
      }
      await query('ROLLBACK').catch(() => {});
    },
    async close() {
      await ready.catch(() => {});
      await client.end();
    },

    async loadedChecksums() {
      const { rows } = await query<{ id: string; source: string; checksum: string }>(
        'SELECT "id", "source", "checksum" FROM "Dataset"',
      );
      return new Map(rows.map((r) => [r.id, { source: r.source, checksum: r.checksum }]));
    },

    async deleteDataset(id) {
      for (const table of ['Observation', 'ReporterPartner', 'Annotation', 'Claim'])
        await query(`DELETE FROM "${table}" WHERE "datasetId" = $1`, [id]);
      await query('DELETE FROM "Dataset" WHERE "id" = $1', [id]);
    },

    async writeDataset(d: DatasetMetadata) {
      await query(
        `INSERT INTO "Dataset" ("id", "source", "publisher", "indicator", "unit", "file", "url", "checksum", "loadedAt", "rowCount")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT ("id") DO UPDATE SET "source" = excluded."source", "publisher" = excluded."publisher",
           "indicator" = excluded."indicator", "unit" = excluded."unit", "file" = excluded."file", "url" = excluded."url",
           "checksum" = excluded."checksum", "loadedAt" = excluded."loadedAt", "rowCount" = excluded."rowCount"`,
        // An ISO string, not a Date: "loadedAt" is a timestamp without time zone holding UTC, as Prisma writes it.
        [
          d.id,
          d.source,
          d.publisher,
          d.indicator,
          d.unit,
          d.file,
          d.url,
          d.checksum,
          new Date().toISOString(),
          d.rowCount,
        ],
      );
    },

    appendObservations(datasetId: string, rows: ObservationRow[]) {
      copy ??= startObservationCopy(client, datasetId, query);
      copy.append(rows);
      // Duplicates and conflicts are known once the COPY has ended: finishObservations.
      return { inserted: 0, exactDuplicates: 0 };
    },

    async finishObservations(datasetId) {
      const finishing = copy ?? startObservationCopy(client, datasetId, query);
      copy = null;
      return finishing.finish();
    },

    async deriveShares(datasetId) {
      // The statistics of "Observation" predate the rows just copied; without fresh ones the planner
      // expects one row and joins a million rows by index lookups instead of one hash join.
      await query('ANALYZE "Observation"');
      // The arithmetic derive-shares.ts specifies, (value / World) * 100, in one statement.
      const result = await query(
        `INSERT INTO "Observation" (${COLUMNS})
         SELECT p."datasetId", p."reporterCode", p."partnerCode", p."flow", 's', p."year", (p."value" / w."value") * 100,
                (CASE WHEN p."flag" = 'e' OR w."flag" = 'e' THEN 'f' ELSE 'd' END)::"ObservationFlag"
         FROM "Observation" p
         JOIN "Observation" w ON w."datasetId" = p."datasetId" AND w."reporterCode" = p."reporterCode"
           AND w."measure" = 'v' AND w."flow" = p."flow" AND w."partnerCode" = '${WORLD}' AND w."year" = p."year"
         WHERE p."datasetId" = $1 AND p."measure" = 'v'
           AND p."partnerCode" <> '${WORLD}' AND p."value" >= 0 AND w."value" > 0
         ORDER BY p."reporterCode", p."flow", p."partnerCode", p."year"`,
        [datasetId],
      );
      return result.rowCount ?? 0;
    },

    async writeArticleRows(datasetId, { annotations, claims }) {
      for (const a of annotations)
        await query(
          `INSERT INTO "Annotation" ("id", "datasetId", "yearFrom", "yearTo", "title", "note", "paragraph")
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [a.id, datasetId, a.yearFrom, a.yearTo, a.title, a.note, a.paragraph],
        );
      for (const c of claims)
        await query(
          `INSERT INTO "Claim" ("id", "datasetId", "reporterCode", "partnerCode", "flow", "year", "quote", "comparator", "threshold", "paragraph")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            c.id,
            datasetId,
            c.reporterCode,
            c.partnerCode,
            c.flow,
            c.year,
            c.quote,
            c.comparator,
            c.threshold,
            c.paragraph,
          ],
        );
    },

    async writeEconomies(reference) {
      const economies = [...reference.economies.values()];
      // One statement per table: unnest turns the three arrays back into rows.
      await query(
        `INSERT INTO "Economy" ("code", "name", "kind") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT ("code") DO UPDATE SET "name" = excluded."name", "kind" = excluded."kind"`,
        [economies.map((e) => e.code), economies.map((e) => e.name), economies.map((e) => e.kind)],
      );
      await query('DELETE FROM "EconomyAlias"');
      const aliases = reference.aliases;
      await query(
        `INSERT INTO "EconomyAlias" ("source", "alias", "economyCode") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
        [aliases.map((a) => a.source), aliases.map((a) => a.alias), aliases.map((a) => a.economyCode)],
      );
    },

    async startDataVersion() {
      const { rows } = await query<{ id: number }>(
        'INSERT INTO "DataVersion" ("createdAt", "files") VALUES ($1, $2) RETURNING "id"',
        [new Date().toISOString(), '[]'],
      );
      return rows[0].id;
    },

    async keepPreviousObservations(datasetId) {
      // Observation's columns and types (enums included), without datasetId; dropped at commit.
      await query(`CREATE TEMP TABLE IF NOT EXISTS "PreviousObservation" ON COMMIT DROP AS
        SELECT "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag" FROM "Observation" WITH NO DATA`);
      await query(`CREATE INDEX IF NOT EXISTS "PreviousObservation_key" ON "PreviousObservation" (${KEY})`);
      await query(CLEAR_PREVIOUS_SQL);
      keptRows = (await query(numbered(KEEP_PREVIOUS_SQL), [datasetId])).rowCount ?? 0;
    },

    async recordRevisions(versionId, datasetId) {
      const counts = async () => {
        const { rows } = await query<Record<keyof RevisionCounts, string>>(numbered(REVISION_COUNTS_SQL), [
          versionId,
          datasetId,
        ]);
        return {
          added: Number(rows[0].added),
          removed: Number(rows[0].removed),
          changed: Number(rows[0].changed),
        };
      };
      await query(numbered(REMOVED_OR_CHANGED_SQL), [versionId, datasetId, datasetId]);
      // rows now = kept − removed + added: the pass looking for added rows runs only when there are some.
      const { removed } = await counts();
      const { rows } = await query<{ rows: string }>(numbered(ROW_COUNT_SQL), [datasetId]);
      if (Number(rows[0].rows) - (keptRows - removed) > 0)
        await query(numbered(ADDED_SQL), [versionId, datasetId]);
      await query(CLEAR_PREVIOUS_SQL);
      return counts();
    },

    async recordDataVersion(versionId, files, changes) {
      await query('UPDATE "DataVersion" SET "files" = $1 WHERE "id" = $2', [
        JSON.stringify(files),
        versionId,
      ]);
      for (const c of changes)
        await query(
          `INSERT INTO "DatasetChange" ("versionId", "datasetId", "file", "checksum", "kind", "added", "removed", "changed")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [versionId, c.datasetId, c.file, c.checksum, c.kind, c.added, c.removed, c.changed],
        );
    },
  };
  return writer;
}
