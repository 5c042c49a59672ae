import Database from 'better-sqlite3';
import type { Flow, Measure } from '../../trade-terms';
import type {
  AppendResult,
  BulkWriter,
  DatasetMetadata,
  LoadedFile,
  ObservationFlag,
  ObservationRow,
} from './bulk-writer';

// How flow, measure and flag are stored: the @map values of their enums in prisma/schema.prisma.
const FLOW_CODES: Record<Flow, string> = { import: 'i', export: 'e' };
const MEASURE_CODES: Record<Measure, string> = { share: 's', value: 'v' };
const FLAG_CODES: Record<ObservationFlag, string> = {
  estimate: 'e',
  derived: 'd',
  'derived-from-estimate': 'f',
};
const FLAGS_BY_CODE = Object.fromEntries(
  Object.entries(FLAG_CODES).map(([flag, code]) => [code, flag]),
) as Record<string, ObservationFlag>;
const WORLD = 'WLD';

// Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 text with an explicit offset.
const now = () => new Date().toISOString().replace('Z', '+00:00');

// SQLite: one connection, one transaction (BEGIN IMMEDIATE … COMMIT) for the whole load, and one
// prepared INSERT run per row, which is what the sqlite3 shell's .import does. In WAL mode (set by
// the migration) readers keep seeing the last committed data until COMMIT.
export function openSqliteBulkWriter(file: string): BulkWriter {
  const db = new Database(file);
  db.pragma('busy_timeout = 30000');
  // The loader resolves every code through data/economies.csv (written in the same transaction)
  // before a row gets here, so the foreign keys would only cost three lookups per row. Deletes
  // below remove a dataset's rows explicitly instead of by cascade.
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -32768'); // 32 MB: the pages a reporter's rows land on stay in memory

  const insert = db.prepare(
    `INSERT INTO "Observation" ("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const stored = db.prepare(
    `SELECT "value", "flag" FROM "Observation"
     WHERE "datasetId" = ? AND "reporterCode" = ? AND "partnerCode" = ? AND "flow" = ? AND "measure" = ? AND "year" = ?`,
  );

  const writer: BulkWriter = {
    async begin() {
      db.exec('BEGIN IMMEDIATE');
    },
    async commit() {
      db.exec('COMMIT');
    },
    async rollback() {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
    async close() {
      db.close();
    },

    async loadedChecksums() {
      const rows = db.prepare('SELECT "id", "source", "checksum" FROM "Dataset"').all() as {
        id: string;
        source: string;
        checksum: string;
      }[];
      return new Map(rows.map((r) => [r.id, { source: r.source, checksum: r.checksum }]));
    },

    async deleteDataset(id) {
      for (const table of ['Observation', 'ReporterPartner', 'Annotation', 'Claim'])
        db.prepare(`DELETE FROM "${table}" WHERE "datasetId" = ?`).run(id);
      db.prepare('DELETE FROM "Dataset" WHERE "id" = ?').run(id);
    },

    async writeDataset(d: DatasetMetadata) {
      db.prepare(
        `INSERT INTO "Dataset" ("id", "source", "publisher", "indicator", "unit", "file", "url", "checksum", "loadedAt", "rowCount")
         VALUES (@id, @source, @publisher, @indicator, @unit, @file, @url, @checksum, @loadedAt, @rowCount)
         ON CONFLICT ("id") DO UPDATE SET "source" = excluded."source", "publisher" = excluded."publisher",
           "indicator" = excluded."indicator", "unit" = excluded."unit", "file" = excluded."file", "url" = excluded."url",
           "checksum" = excluded."checksum", "loadedAt" = excluded."loadedAt", "rowCount" = excluded."rowCount"`,
      ).run({
        id: d.id,
        source: d.source,
        publisher: d.publisher,
        indicator: d.indicator,
        unit: d.unit,
        file: d.file,
        url: d.url,
        checksum: d.checksum,
        loadedAt: now(),
        rowCount: d.rowCount,
      });
    },

    appendObservations(datasetId: string, rows: ObservationRow[]): AppendResult {
      let inserted = 0;
      let exactDuplicates = 0;
      for (const row of rows) {
        const flow = FLOW_CODES[row.flow];
        const measure = MEASURE_CODES[row.measure];
        const flag = row.flag === null ? null : FLAG_CODES[row.flag];
        const { reporterCode, partnerCode, year, value } = row;
        if (
          insert.run(datasetId, reporterCode, partnerCode, flow, measure, year, value, flag).changes === 1
        ) {
          inserted += 1;
          continue;
        }
        const earlier = stored.get(datasetId, reporterCode, partnerCode, flow, measure, year) as {
          value: number;
          flag: string | null;
        };
        if (earlier.value === value && earlier.flag === flag) {
          exactDuplicates += 1;
          continue;
        }
        const conflict = {
          row,
          stored: { value: earlier.value, flag: earlier.flag === null ? null : FLAGS_BY_CODE[earlier.flag] },
        };
        return { inserted, exactDuplicates, conflict };
      }
      return { inserted, exactDuplicates };
    },

    async finishObservations(datasetId) {
      db.prepare('DELETE FROM "ReporterPartner" WHERE "datasetId" = ?').run(datasetId);
      db.prepare(
        `INSERT INTO "ReporterPartner" ("datasetId", "reporterCode", "partnerCode")
         SELECT DISTINCT "datasetId", "reporterCode", "partnerCode" FROM "Observation" WHERE "datasetId" = ?`,
      ).run(datasetId);
      db.prepare(
        `UPDATE "Dataset" SET
           "firstYear" = (SELECT min("year") FROM "Observation" WHERE "datasetId" = @id),
           "lastYear" = (SELECT max("year") FROM "Observation" WHERE "datasetId" = @id)
         WHERE "id" = @id`,
      ).run({ id: datasetId });
      return { inserted: 0, exactDuplicates: 0 };
    },

    async deriveShares(datasetId) {
      // One reporter at a time: SQLite stages the rows of an INSERT … SELECT from the same table,
      // and a reporter's few thousand rows stay in the page cache. The arithmetic is the one
      // derive-shares.ts specifies, (value / World) * 100.
      const reporters = db
        .prepare('SELECT DISTINCT "reporterCode" FROM "ReporterPartner" WHERE "datasetId" = ?')
        .pluck()
        .all(datasetId) as string[];
      const derive = db.prepare(
        `INSERT INTO "Observation" ("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")
         SELECT p."datasetId", p."reporterCode", p."partnerCode", p."flow", 's', p."year", (p."value" / w."value") * 100,
                CASE WHEN p."flag" = 'e' OR w."flag" = 'e' THEN 'f' ELSE 'd' END
         FROM "Observation" p
         JOIN "Observation" w ON w."datasetId" = p."datasetId" AND w."reporterCode" = p."reporterCode"
           AND w."measure" = 'v' AND w."flow" = p."flow" AND w."partnerCode" = '${WORLD}' AND w."year" = p."year"
         WHERE p."datasetId" = ? AND p."reporterCode" = ? AND p."measure" = 'v'
           AND p."partnerCode" <> '${WORLD}' AND p."value" >= 0 AND w."value" > 0`,
      );
      let derived = 0;
      for (const reporter of reporters) derived += derive.run(datasetId, reporter).changes;
      return derived;
    },

    async writeArticleRows(datasetId, { annotations, claims }) {
      const note = db.prepare(
        `INSERT INTO "Annotation" ("id", "datasetId", "yearFrom", "yearTo", "title", "note", "paragraph")
         VALUES (@id, @datasetId, @yearFrom, @yearTo, @title, @note, @paragraph)`,
      );
      for (const a of annotations)
        note.run({
          id: a.id,
          datasetId,
          yearFrom: a.yearFrom,
          yearTo: a.yearTo,
          title: a.title,
          note: a.note,
          paragraph: a.paragraph,
        });
      const claim = db.prepare(
        `INSERT INTO "Claim" ("id", "datasetId", "reporterCode", "partnerCode", "flow", "year", "quote", "comparator", "threshold", "paragraph")
         VALUES (@id, @datasetId, @reporterCode, @partnerCode, @flow, @year, @quote, @comparator, @threshold, @paragraph)`,
      );
      for (const c of claims)
        claim.run({
          id: c.id,
          datasetId,
          reporterCode: c.reporterCode,
          partnerCode: c.partnerCode,
          flow: c.flow,
          year: c.year,
          quote: c.quote,
          comparator: c.comparator,
          threshold: c.threshold,
          paragraph: c.paragraph,
        });
    },

    async writeEconomies(reference) {
      const economy = db.prepare(
        `INSERT INTO "Economy" ("code", "name", "kind") VALUES (@code, @name, @kind)
         ON CONFLICT ("code") DO UPDATE SET "name" = excluded."name", "kind" = excluded."kind"`,
      );
      for (const e of reference.economies.values()) economy.run({ code: e.code, name: e.name, kind: e.kind });
      db.prepare('DELETE FROM "EconomyAlias"').run();
      const alias = db.prepare(
        'INSERT INTO "EconomyAlias" ("source", "alias", "economyCode") VALUES (@source, @alias, @economyCode)',
      );
      for (const a of reference.aliases)
        alias.run({ source: a.source, alias: a.alias, economyCode: a.economyCode });
    },

    async recordDataVersion(files: LoadedFile[]) {
      const result = db
        .prepare('INSERT INTO "DataVersion" ("createdAt", "files") VALUES (?, ?)')
        .run(now(), JSON.stringify(files));
      return Number(result.lastInsertRowid);
    },
  };
  return writer;
}
