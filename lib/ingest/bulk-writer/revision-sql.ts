// Value-level revisions in standard SQL that SQLite (3.39+) and PostgreSQL both run: INSERT …
// SELECT with joins, IS DISTINCT FROM, CAST; no UPSERT, no FULL JOIN, no engine-specific syntax,
// so every bulk writer shares it. Before a changed dataset is replaced its rows are set aside in a
// temporary table "PreviousObservation" (Observation's columns and types, keyed like it, without
// datasetId; each writer creates it its own way: sqlite-bulk-writer.ts); after the new rows are
// in, two statements write what was removed or changed and what was added. Parameters are
// positional (`?`); a driver that numbers them ($1, $2, …) rewrites them in order.

// (datasetId)
export const KEEP_PREVIOUS_SQL = `
  INSERT INTO "PreviousObservation" ("reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")
  SELECT "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag"
  FROM "Observation" WHERE "datasetId" = ?`;

const SAME_KEY = `o."reporterCode" = p."reporterCode" AND o."measure" = p."measure" AND o."flow" = p."flow"
    AND o."partnerCode" = p."partnerCode" AND o."year" = p."year"`;

const REVISION_COLUMNS = `"versionId", "datasetId", "reporterCode", "partnerCode", "flow", "measure", "year",
    "oldValue", "newValue", "oldFlag", "newFlag"`;

// (versionId, datasetId, datasetId): a kept row with no row now was removed; with another value or
// flag now, changed. Observation.value is NOT NULL, so a NULL o.value means no row.
export const REMOVED_OR_CHANGED_SQL = `
  INSERT INTO "Revision" (${REVISION_COLUMNS})
  SELECT CAST(? AS INTEGER), CAST(? AS TEXT), p."reporterCode", p."partnerCode", p."flow", p."measure", p."year",
         p."value", o."value", p."flag", o."flag"
  FROM "PreviousObservation" p
  LEFT JOIN "Observation" o ON o."datasetId" = ? AND ${SAME_KEY}
  WHERE o."value" IS NULL OR o."value" <> p."value" OR o."flag" IS DISTINCT FROM p."flag"`;

// (versionId, datasetId): a row now with no kept row was added.
export const ADDED_SQL = `
  INSERT INTO "Revision" (${REVISION_COLUMNS})
  SELECT CAST(? AS INTEGER), o."datasetId", o."reporterCode", o."partnerCode", o."flow", o."measure", o."year",
         NULL, o."value", NULL, o."flag"
  FROM "Observation" o
  LEFT JOIN "PreviousObservation" p ON ${SAME_KEY}
  WHERE o."datasetId" = ? AND p."value" IS NULL`;

export const CLEAR_PREVIOUS_SQL = 'DELETE FROM "PreviousObservation"';

// (versionId, datasetId)
export const REVISION_COUNTS_SQL = `
  SELECT COALESCE(SUM(CASE WHEN "oldValue" IS NULL THEN 1 ELSE 0 END), 0) AS "added",
         COALESCE(SUM(CASE WHEN "newValue" IS NULL THEN 1 ELSE 0 END), 0) AS "removed",
         COALESCE(SUM(CASE WHEN "oldValue" IS NOT NULL AND "newValue" IS NOT NULL THEN 1 ELSE 0 END), 0) AS "changed"
  FROM "Revision" WHERE "versionId" = ? AND "datasetId" = ?`;

// (datasetId)
export const ROW_COUNT_SQL = 'SELECT COUNT(*) AS "rows" FROM "Observation" WHERE "datasetId" = ?';
