import Database from 'better-sqlite3';
import type {
  AppendResult,
  BulkWriter,
  DatasetMetadata,
  ObservationRow,
  RevisionCounts,
} from './bulk-writer';
import {
  ADDED_SQL,
  CLEAR_PREVIOUS_SQL,
  KEEP_PREVIOUS_SQL,
  REMOVED_OR_CHANGED_SQL,
  REVISION_COUNTS_SQL,
  ROW_COUNT_SQL,
} from './revision-sql';
import { sqliteObservationAppender } from './sqlite-observation-appender';
import { WORLD } from './stored-codes';

// Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 text with an explicit offset.
const now = () => new Date().toISOString().replace('Z', '+00:00');

// SQLite: one connection, one transaction (BEGIN IMMEDIATE … COMMIT) for the whole load, and one
// prepared INSERT (of 128 rows at a time: sqlite-observation-appender.ts), as the sqlite3 shell's
// .import does row by row. In WAL mode (set by
// the migration) readers keep seeing the last committed data until COMMIT.
export function openSqliteBulkWriter(file: string): BulkWriter {
  const db = new Database(file);
  db.pragma('busy_timeout = 30000');
  // The loader resolves every code through data/economies.csv (written in the same transaction)
  // before a row gets here, so the foreign keys would only cost three lookups per row. Deletes
  // below remove a dataset's rows explicitly instead of by cascade.
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -32768'); // 32 MB: the pages a reporter's rows land on stay in memory

  const appender = sqliteObservationAppender(db);

  let keptRows = 0; // rows set aside by the last keepPreviousObservations
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
      return appender.append(datasetId, rows);
    },

    async finishObservations(datasetId) {
      // Gathered while appending: scanning the dataset's rows again for them took a tenth of a load.
      const { reporterPartners, firstYear, lastYear } = appender.takeCoverage();
      db.prepare('DELETE FROM "ReporterPartner" WHERE "datasetId" = ?').run(datasetId);
      const pair = db.prepare(
        'INSERT INTO "ReporterPartner" ("datasetId", "reporterCode", "partnerCode") VALUES (?, ?, ?)',
      );
      for (const [reporter, partners] of reporterPartners)
        for (const partner of partners) pair.run(datasetId, reporter, partner);
      db.prepare('UPDATE "Dataset" SET "firstYear" = ?, "lastYear" = ? WHERE "id" = ?').run(
        firstYear,
        lastYear,
        datasetId,
      );
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

    async startDataVersion() {
      const result = db
        .prepare('INSERT INTO "DataVersion" ("createdAt", "files") VALUES (?, ?)')
        .run(now(), '[]');
      return Number(result.lastInsertRowid);
    },

    async keepPreviousObservations(datasetId) {
      // Keyed and WITHOUT ROWID like Observation, so both comparisons walk two tables in the same
      // order (5.1 M IMF DOTS rows: ~2 s to set aside, ~8 s to compare, CPU time; docs/versions.md).
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS "PreviousObservation" (
        "reporterCode" TEXT NOT NULL, "partnerCode" TEXT NOT NULL, "flow" TEXT NOT NULL, "measure" TEXT NOT NULL,
        "year" INTEGER NOT NULL, "value" REAL NOT NULL, "flag" TEXT,
        PRIMARY KEY ("reporterCode", "measure", "flow", "partnerCode", "year")) WITHOUT ROWID`);
      db.exec(CLEAR_PREVIOUS_SQL);
      keptRows = db.prepare(KEEP_PREVIOUS_SQL).run(datasetId).changes;
    },

    async recordRevisions(versionId, datasetId) {
      db.prepare(REMOVED_OR_CHANGED_SQL).run(versionId, datasetId, datasetId);
      // rows now = kept − removed + added: the pass looking for added rows runs only when there are some.
      const { removed } = db.prepare(REVISION_COUNTS_SQL).get(versionId, datasetId) as RevisionCounts;
      const { rows } = db.prepare(ROW_COUNT_SQL).get(datasetId) as { rows: number };
      if (rows - (keptRows - removed) > 0) db.prepare(ADDED_SQL).run(versionId, datasetId);
      db.prepare(CLEAR_PREVIOUS_SQL).run();
      return db.prepare(REVISION_COUNTS_SQL).get(versionId, datasetId) as RevisionCounts;
    },

    async recordDataVersion(versionId, files, changes) {
      db.prepare('UPDATE "DataVersion" SET "files" = ? WHERE "id" = ?').run(JSON.stringify(files), versionId);
      const change = db.prepare(
        `INSERT INTO "DatasetChange" ("versionId", "datasetId", "file", "checksum", "kind", "added", "removed", "changed")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const c of changes)
        change.run(versionId, c.datasetId, c.file, c.checksum, c.kind, c.added, c.removed, c.changed);
    },
  };
  return writer;
}
