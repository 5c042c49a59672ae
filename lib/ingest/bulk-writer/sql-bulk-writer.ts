import type { BulkWriter, RevisionCounts, StoredProfileValue } from './bulk-writer';
import * as revisions from './revision-sql';
import type { BulkDialect, SqlRunner } from './sql-runner';
import { FLOW_CODES, FLOWS_BY_CODE, WORLD } from './stored-codes';

// Rows per multi-row INSERT of the small tables (at most 10 columns: 10,000 parameters, below
// SQLite's 32,766 and PostgreSQL's 65,535).
const ROWS_PER_INSERT = 1000;

// Inserts objects whose properties are named as the columns (space-separated), many rows a statement.
async function insertRows(runner: SqlRunner, table: string, columns: string, rows: object[], tail = '') {
  const names = columns.split(' ');
  const row = `(${names.map(() => '?').join(', ')})`;
  const into = `INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(', ')}) VALUES`;
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
    const batch = rows.slice(from, from + ROWS_PER_INSERT) as Record<string, unknown>[];
    const values = batch.flatMap((r) => names.map((c) => r[c]));
    await runner.run(`${into} ${batch.map(() => row).join(', ')} ${tail}`, values);
  }
}
const updateAll = (key: string, columns: string) =>
  `ON CONFLICT ("${key}") DO UPDATE SET ${columns
    .split(' ')
    .map((c) => `"${c}" = excluded."${c}"`)
    .join(', ')}`;
const DATASET = 'source publisher indicator unit file url checksum loadedAt rowCount';

// The derived shares, as fixtures/derive-shares.ts defines them: (value / World) * 100, flagged "derived",
// or "derived from an estimate" when either value is an IMF estimate. None from a negative value,
// a World total of 0 or less, or a partner value above its World total (two IMF estimates of
// 2010 are: they are stored as published, with no share; lib/ingest/README.md).
// The comparison of the two values sits outside the join, behind the dialect's fence (sql-runner.ts).
const deriveSharesSql = (flag: string, perReporter: boolean, fence: string) => `
  INSERT INTO "Observation" ("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")
  SELECT "datasetId", "reporterCode", "partnerCode", "flow", 's', "year", ("value" / "world") * 100, ${flag}
  FROM (SELECT p."datasetId", p."reporterCode", p."partnerCode", p."flow", p."year", p."value", p."flag",
      w."value" AS "world", w."flag" AS "worldFlag"
    FROM "Observation" p
    JOIN "Observation" w ON w."datasetId" = p."datasetId" AND w."reporterCode" = p."reporterCode"
      AND w."measure" = 'v' AND w."flow" = p."flow" AND w."partnerCode" = '${WORLD}' AND w."year" = p."year"
    WHERE p."datasetId" = ? ${perReporter ? 'AND p."reporterCode" = ?' : ''} AND p."measure" = 'v'
      AND p."partnerCode" <> '${WORLD}' AND p."value" >= 0 AND w."value" > 0
    ORDER BY p."reporterCode", p."flow", p."partnerCode", p."year" ${fence}) AS "joined"
  WHERE "value" <= "world"`;
const DERIVED_FLAG = `CASE WHEN "flag" = 'e' OR "worldFlag" = 'e' THEN 'f' ELSE 'd' END`;

// The one bulk writer: its SQL is written once over a runner per driver, with the dialect's hooks
// only where the two databases differ (sql-runner.ts names each and why).
export function sqlBulkWriter(runner: SqlRunner, dialect: BulkDialect): BulkWriter {
  let keptRows = 0; // rows set aside by the last keepPreviousObservations
  // Which reporter has which partners, and the year span, gathered while appending: scanning the
  // dataset's rows again for them took a tenth of a load.
  let partners = new Map<string, Set<string>>();
  let [firstYear, lastYear] = [Infinity, -Infinity];
  const revisionCounts = async (versionId: number, datasetId: string): Promise<RevisionCounts> => {
    const row = await runner.get<RevisionCounts>(revisions.REVISION_COUNTS_SQL, [versionId, datasetId]);
    return { added: Number(row!.added), removed: Number(row!.removed), changed: Number(row!.changed) };
  };
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
      type Loaded = { id: string; source: string; checksum: string; rowCount: number };
      const rows = await runner.all<Loaded>('SELECT "id", "source", "checksum", "rowCount" FROM "Dataset"');
      return new Map(rows.map(({ id, rowCount, ...r }) => [id, { ...r, rowCount: Number(rowCount) }]));
    },

    async deleteDataset(id) {
      for (const table of [
        'Observation',
        'ProfileValue',
        'ReporterPartner',
        'FixedShareStretch',
        'Annotation',
        'Claim',
      ])
        await runner.run(`DELETE FROM "${table}" WHERE "datasetId" = ?`, [id]);
      await runner.run('DELETE FROM "Dataset" WHERE "id" = ?', [id]);
    },

    async writeDataset(d) {
      const row = { ...d, loadedAt: dialect.timestamp() };
      await insertRows(runner, 'Dataset', `id ${DATASET}`, [row], updateAll('id', DATASET));
    },

    appendObservations(datasetId, rows) {
      let reporter = '';
      let of: Set<string> | undefined; // the partners of `reporter`
      for (const row of rows) {
        if (row.reporterCode !== reporter || of === undefined) {
          reporter = row.reporterCode;
          if ((of = partners.get(reporter)) === undefined) partners.set(reporter, (of = new Set()));
        }
        of.add(row.partnerCode);
        if (row.year < firstYear) firstYear = row.year;
        if (row.year > lastYear) lastYear = row.year;
      }
      return dialect.append(datasetId, rows);
    },

    async finishObservations(datasetId) {
      const result = await dialect.finish(datasetId);
      const pairs = [...partners].flatMap(([reporterCode, of]) =>
        [...of].map((partnerCode) => ({ datasetId, reporterCode, partnerCode })),
      );
      const years = [firstYear, lastYear].map((year) => (Number.isFinite(year) ? year : null));
      [partners, firstYear, lastYear] = [new Map(), Infinity, -Infinity]; // for the next dataset
      if (result.conflict) return result;
      await runner.run('DELETE FROM "ReporterPartner" WHERE "datasetId" = ?', [datasetId]);
      await insertRows(runner, 'ReporterPartner', 'datasetId reporterCode partnerCode', pairs);
      await runner.run('UPDATE "Dataset" SET "firstYear" = ?, "lastYear" = ? WHERE "id" = ?', [
        ...years,
        datasetId,
      ]);
      return result;
    },

    async deriveShares(datasetId) {
      await dialect.beforeDeriveShares();
      const perReporter = dialect.deriveSharesPerReporter;
      const sql = deriveSharesSql(dialect.flagCast(DERIVED_FLAG), perReporter, dialect.deriveSharesFence);
      if (!perReporter) return runner.run(sql, [datasetId]);
      // A reporter's few thousand rows stay in SQLite's page cache while it stages them.
      const reporters = await runner.all<{ reporterCode: string }>(
        'SELECT DISTINCT "reporterCode" FROM "ReporterPartner" WHERE "datasetId" = ?',
        [datasetId],
      );
      let derived = 0;
      for (const { reporterCode } of reporters) derived += await runner.run(sql, [datasetId, reporterCode]);
      return derived;
    },

    async readShares(datasetId, reporterCode) {
      const sql = `SELECT "flow", "partnerCode", "year", "value" FROM "Observation"
        WHERE "datasetId" = ? AND "reporterCode" = ? AND "measure" = 's'`;
      type Stored = { flow: string; partnerCode: string; year: number; value: number };
      const rows = await runner.all<Stored>(sql, [datasetId, reporterCode]);
      return rows.map((r) => ({
        flow: FLOWS_BY_CODE[r.flow],
        partnerCode: r.partnerCode,
        year: Number(r.year),
        share: Number(r.value),
      }));
    },

    async writeFixedShareStretches(datasetId, stretches) {
      await runner.run('DELETE FROM "FixedShareStretch" WHERE "datasetId" = ?', [datasetId]);
      const rows = stretches.map((s) => ({ ...s, datasetId, flow: FLOW_CODES[s.flow] }));
      await insertRows(runner, 'FixedShareStretch', 'datasetId reporterCode flow firstYear lastYear', rows);
    },

    async writeArticleRows(datasetId, { annotations, claims }) {
      const notes = annotations.map((a) => ({ ...a, datasetId }));
      await insertRows(runner, 'Annotation', 'id datasetId yearFrom yearTo title note paragraph', notes);
      const columns = 'id datasetId reporterCode partnerCode flow year quote comparator threshold paragraph';
      await insertRows(
        runner,
        'Claim',
        columns,
        claims.map((c) => ({ ...c, datasetId })),
      );
    },

    async writeEconomies(reference) {
      const economies = [...reference.economies.values()];
      await insertRows(runner, 'Economy', 'code name kind', economies, updateAll('code', 'name kind'));
      await runner.run('DELETE FROM "EconomyAlias"');
      await insertRows(runner, 'EconomyAlias', 'source alias economyCode', reference.aliases);
    },

    async startDataVersion() {
      const sql = 'INSERT INTO "DataVersion" ("createdAt", "files") VALUES (?, ?) RETURNING "id"';
      const row = await runner.get<{ id: number }>(sql, [dialect.timestamp(), '[]']);
      return Number(row!.id);
    },

    async keepPreviousObservations(datasetId) {
      await dialect.createPreviousObservations();
      await runner.run(revisions.CLEAR_PREVIOUS_SQL);
      keptRows = await runner.run(revisions.KEEP_PREVIOUS_SQL, [datasetId]);
    },

    async recordRevisions(versionId, datasetId) {
      await runner.run(revisions.REMOVED_OR_CHANGED_SQL, [versionId, datasetId, datasetId]);
      // rows now = kept − removed + added: the pass looking for added rows runs only when there are some.
      const { removed } = await revisionCounts(versionId, datasetId);
      const now = await runner.get<{ rows: number }>(revisions.ROW_COUNT_SQL, [datasetId]);
      if (Number(now!.rows) - (keptRows - removed) > 0)
        await runner.run(revisions.ADDED_SQL, [versionId, datasetId]);
      await runner.run(revisions.CLEAR_PREVIOUS_SQL);
      return revisionCounts(versionId, datasetId);
    },

    readProfileValues: (datasetId) =>
      runner
        .all<StoredProfileValue>(
          'SELECT "reporterCode", "code", "year", "value" FROM "ProfileValue" WHERE "datasetId" = ?',
          [datasetId],
        )
        .then((rows) =>
          rows.map((r) => ({ ...r, code: Number(r.code), year: Number(r.year), value: Number(r.value) })),
        ),

    async writeProfileValues(datasetId, rows) {
      const values = rows.map((r) => ({ ...r, datasetId }));
      await insertRows(runner, 'ProfileValue', 'datasetId reporterCode code year value', values);
    },

    async writeProfileRevisions(versionId, datasetId, rows) {
      const columns = 'versionId datasetId reporterCode code year oldValue newValue';
      await insertRows(
        runner,
        'ProfileRevision',
        columns,
        rows.map((r) => ({ ...r, versionId, datasetId })),
      );
    },

    async recordDataVersion(versionId, files, changes) {
      await runner.run('UPDATE "DataVersion" SET "files" = ? WHERE "id" = ?', [
        JSON.stringify(files),
        versionId,
      ]);
      const columns = 'versionId datasetId file checksum kind added removed changed';
      await insertRows(
        runner,
        'DatasetChange',
        columns,
        changes.map((c) => ({ ...c, versionId })),
      );
    },
  };
}
