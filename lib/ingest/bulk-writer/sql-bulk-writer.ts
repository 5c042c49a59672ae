import type { BulkWriter, DatasetMetadata, RevisionCounts } from './bulk-writer';
import {
  ADDED_SQL,
  CLEAR_PREVIOUS_SQL,
  KEEP_PREVIOUS_SQL,
  REMOVED_OR_CHANGED_SQL,
  REVISION_COUNTS_SQL,
  ROW_COUNT_SQL,
} from './revision-sql';
import type { BulkDialect, SqlRunner } from './sql-runner';
import { WORLD } from './stored-codes';

// Rows per multi-row INSERT of the small tables (at most 10 columns: 10,000 parameters, below
// SQLite's 32,766 and PostgreSQL's 65,535).
const ROWS_PER_INSERT = 1000;

async function insertRows(runner: SqlRunner, table: string, columns: string[], rows: unknown[][], tail = '') {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const names = columns.map((c) => `"${c}"`).join(', ');
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
    const batch = rows.slice(from, from + ROWS_PER_INSERT);
    const values = batch.map(() => row).join(', ');
    await runner.run(`INSERT INTO "${table}" (${names}) VALUES ${values} ${tail}`, batch.flat());
  }
}

const DATASET_COLUMNS = [
  'id',
  'source',
  'publisher',
  'indicator',
  'unit',
  'file',
  'url',
  'checksum',
  'loadedAt',
  'rowCount',
];
const UPDATE_DATASET = DATASET_COLUMNS.slice(1).map((c) => `"${c}" = excluded."${c}"`);

// The derived shares, as derive-shares.ts defines them: (value / World) * 100, flagged "derived",
// or "derived from an estimate" when either value is an IMF estimate. None from a negative value,
// a World total of 0 or less, or a partner value above its World total (two IMF estimates of
// 2010 are: they are stored as published, with no share; lib/ingest/README.md).
const deriveSharesSql = (flag: string, perReporter: boolean) => `
  INSERT INTO "Observation" ("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")
  SELECT p."datasetId", p."reporterCode", p."partnerCode", p."flow", 's', p."year", (p."value" / w."value") * 100, ${flag}
  FROM "Observation" p
  JOIN "Observation" w ON w."datasetId" = p."datasetId" AND w."reporterCode" = p."reporterCode"
    AND w."measure" = 'v' AND w."flow" = p."flow" AND w."partnerCode" = '${WORLD}' AND w."year" = p."year"
  WHERE p."datasetId" = ? ${perReporter ? 'AND p."reporterCode" = ?' : ''} AND p."measure" = 'v'
    AND p."partnerCode" <> '${WORLD}' AND p."value" >= 0 AND w."value" > 0 AND p."value" <= w."value"
  ORDER BY p."reporterCode", p."flow", p."partnerCode", p."year"`;

// The one bulk writer: its SQL is written once over a runner per driver, with the dialect's hooks
// only where the two databases differ (sql-runner.ts names each and why).
export function sqlBulkWriter(runner: SqlRunner, dialect: BulkDialect): BulkWriter {
  let keptRows = 0; // rows set aside by the last keepPreviousObservations
  return {
    begin: () => runner.begin(),
    commit: () => runner.commit(),
    async rollback() {
      dialect.abort();
      await runner.rollback();
    },
    close: () => runner.close(),
    tryLoadLock: () => dialect.tryLoadLock(),

    async loadedChecksums() {
      const rows = await runner.all<{ id: string; source: string; checksum: string; rowCount: number }>(
        'SELECT "id", "source", "checksum", "rowCount" FROM "Dataset"',
      );
      return new Map(
        rows.map((r) => [r.id, { source: r.source, checksum: r.checksum, rowCount: Number(r.rowCount) }]),
      );
    },

    async deleteDataset(id) {
      for (const table of ['Observation', 'ReporterPartner', 'Annotation', 'Claim'])
        await runner.run(`DELETE FROM "${table}" WHERE "datasetId" = ?`, [id]);
      await runner.run('DELETE FROM "Dataset" WHERE "id" = ?', [id]);
    },

    async writeDataset(d: DatasetMetadata) {
      const row = [
        d.id,
        d.source,
        d.publisher,
        d.indicator,
        d.unit,
        d.file,
        d.url,
        d.checksum,
        dialect.timestamp(),
        d.rowCount,
      ];
      await insertRows(
        runner,
        'Dataset',
        DATASET_COLUMNS,
        [row],
        `ON CONFLICT ("id") DO UPDATE SET ${UPDATE_DATASET.join(', ')}`,
      );
    },

    appendObservations: (datasetId, rows) => dialect.append(datasetId, rows),

    async finishObservations(datasetId) {
      const { coverage, ...result } = await dialect.finish(datasetId);
      if (result.conflict) return result;
      // Gathered while appending: scanning the dataset's rows again for them took a tenth of a load.
      await runner.run('DELETE FROM "ReporterPartner" WHERE "datasetId" = ?', [datasetId]);
      const pairs = [...coverage.reporterPartners].flatMap(([reporter, partners]) =>
        [...partners].map((partner) => [datasetId, reporter, partner]),
      );
      await insertRows(runner, 'ReporterPartner', ['datasetId', 'reporterCode', 'partnerCode'], pairs);
      await runner.run('UPDATE "Dataset" SET "firstYear" = ?, "lastYear" = ? WHERE "id" = ?', [
        coverage.firstYear,
        coverage.lastYear,
        datasetId,
      ]);
      return result;
    },

    async deriveShares(datasetId) {
      await dialect.beforeDeriveShares();
      const flag = dialect.flagCast(`CASE WHEN p."flag" = 'e' OR w."flag" = 'e' THEN 'f' ELSE 'd' END`);
      const sql = deriveSharesSql(flag, dialect.deriveSharesPerReporter);
      if (!dialect.deriveSharesPerReporter) return runner.run(sql, [datasetId]);
      // A reporter's few thousand rows stay in SQLite's page cache while it stages them.
      const reporters = await runner.all<{ reporterCode: string }>(
        'SELECT DISTINCT "reporterCode" FROM "ReporterPartner" WHERE "datasetId" = ?',
        [datasetId],
      );
      let derived = 0;
      for (const { reporterCode } of reporters) derived += await runner.run(sql, [datasetId, reporterCode]);
      return derived;
    },

    async writeArticleRows(datasetId, { annotations, claims }) {
      await insertRows(
        runner,
        'Annotation',
        ['id', 'datasetId', 'yearFrom', 'yearTo', 'title', 'note', 'paragraph'],
        annotations.map((a) => [a.id, datasetId, a.yearFrom, a.yearTo, a.title, a.note, a.paragraph]),
      );
      const claimColumns = [
        'id',
        'datasetId',
        'reporterCode',
        'partnerCode',
        'flow',
        'year',
        'quote',
        'comparator',
        'threshold',
        'paragraph',
      ];
      const claimRows = claims.map((c) => [
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
      ]);
      await insertRows(runner, 'Claim', claimColumns, claimRows);
    },

    async writeEconomies(reference) {
      const economies = [...reference.economies.values()].map((e) => [e.code, e.name, e.kind]);
      const update = 'ON CONFLICT ("code") DO UPDATE SET "name" = excluded."name", "kind" = excluded."kind"';
      await insertRows(runner, 'Economy', ['code', 'name', 'kind'], economies, update);
      await runner.run('DELETE FROM "EconomyAlias"');
      const aliases = reference.aliases.map((a) => [a.source, a.alias, a.economyCode]);
      await insertRows(runner, 'EconomyAlias', ['source', 'alias', 'economyCode'], aliases);
    },

    async startDataVersion() {
      const sql = 'INSERT INTO "DataVersion" ("createdAt", "files") VALUES (?, ?) RETURNING "id"';
      const row = await runner.get<{ id: number }>(sql, [dialect.timestamp(), '[]']);
      return Number(row!.id);
    },

    async keepPreviousObservations(datasetId) {
      await dialect.createPreviousObservations();
      await runner.run(CLEAR_PREVIOUS_SQL);
      keptRows = await runner.run(KEEP_PREVIOUS_SQL, [datasetId]);
    },

    async recordRevisions(versionId, datasetId) {
      const counts = async (): Promise<RevisionCounts> => {
        const row = await runner.get<RevisionCounts>(REVISION_COUNTS_SQL, [versionId, datasetId]);
        return { added: Number(row!.added), removed: Number(row!.removed), changed: Number(row!.changed) };
      };
      await runner.run(REMOVED_OR_CHANGED_SQL, [versionId, datasetId, datasetId]);
      // rows now = kept − removed + added: the pass looking for added rows runs only when there are some.
      const { removed } = await counts();
      const now = await runner.get<{ rows: number }>(ROW_COUNT_SQL, [datasetId]);
      if (Number(now!.rows) - (keptRows - removed) > 0) await runner.run(ADDED_SQL, [versionId, datasetId]);
      await runner.run(CLEAR_PREVIOUS_SQL);
      return counts();
    },

    async recordDataVersion(versionId, files, changes) {
      await runner.run('UPDATE "DataVersion" SET "files" = ? WHERE "id" = ?', [
        JSON.stringify(files),
        versionId,
      ]);
      const columns = ['versionId', 'datasetId', 'file', 'checksum', 'kind', 'added', 'removed', 'changed'];
      const rows = changes.map((c) => [
        versionId,
        c.datasetId,
        c.file,
        c.checksum,
        c.kind,
        c.added,
        c.removed,
        c.changed,
      ]);
      await insertRows(runner, 'DatasetChange', columns, rows);
    },
  };
}
