-- Hand-edited (see docs/database.md): Prisma's schema cannot say WITHOUT ROWID, and flow, measure
-- and flag become one-character enum values (@map in schema.prisma), which the engine does not
-- see as a change on SQLite. The table is rebuilt, existing rows converted.

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN "firstYear" INTEGER;
ALTER TABLE "Dataset" ADD COLUMN "lastYear" INTEGER;

-- DropIndex
DROP INDEX "Observation_reporterCode_measure_partnerCode_flow_year_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Observation" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "flag" TEXT,

    PRIMARY KEY ("datasetId", "reporterCode", "measure", "flow", "partnerCode", "year"),
    CONSTRAINT "Observation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Observation_reporterCode_fkey" FOREIGN KEY ("reporterCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_Observation" ("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year", "value", "flag")
SELECT "datasetId", "reporterCode", "partnerCode",
       CASE "flow" WHEN 'import' THEN 'i' WHEN 'export' THEN 'e' END,
       CASE "measure" WHEN 'share' THEN 's' WHEN 'value' THEN 'v' END,
       "year", "value",
       CASE "flag" WHEN 'estimate' THEN 'e' WHEN 'derived' THEN 'd' WHEN 'derived-from-estimate' THEN 'f' END
FROM "Observation";
DROP TABLE "Observation";
ALTER TABLE "new_Observation" RENAME TO "Observation";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateTable
CREATE TABLE "ReporterPartner" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,

    PRIMARY KEY ("datasetId", "reporterCode", "partnerCode"),
    CONSTRAINT "ReporterPartner_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "ReporterPartner" ("datasetId", "reporterCode", "partnerCode")
SELECT DISTINCT "datasetId", "reporterCode", "partnerCode" FROM "Observation";

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "files" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ReporterPartner_reporterCode_idx" ON "ReporterPartner"("reporterCode");

-- The year span of the rows already loaded (the loader keeps it from now on).
UPDATE "Dataset" SET "firstYear" = (SELECT min("year") FROM "Observation" WHERE "datasetId" = "Dataset"."id"),
                     "lastYear" = (SELECT max("year") FROM "Observation" WHERE "datasetId" = "Dataset"."id");
