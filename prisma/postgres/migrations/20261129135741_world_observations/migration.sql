-- Hand-edited like prisma/migrations/20261129135741_world_observations: flow, measure and flag
-- become one-character enum values with existing rows converted (Prisma's own SQL dropped and
-- re-added the columns, losing the data), and ReporterPartner and the year span are filled
-- from what is loaded.

-- CreateEnum
CREATE TYPE "ObservationFlow" AS ENUM ('i', 'e');

-- CreateEnum
CREATE TYPE "ObservationMeasure" AS ENUM ('s', 'v');

-- CreateEnum
CREATE TYPE "ObservationFlag" AS ENUM ('e', 'd', 'f');

-- DropIndex
DROP INDEX "Observation_reporterCode_measure_partnerCode_flow_year_idx";

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "firstYear" INTEGER,
ADD COLUMN     "lastYear" INTEGER;

-- AlterTable
ALTER TABLE "Observation" DROP CONSTRAINT "Observation_pkey",
ALTER COLUMN "flow" TYPE "ObservationFlow"
  USING (CASE "flow" WHEN 'import' THEN 'i' WHEN 'export' THEN 'e' END)::"ObservationFlow",
ALTER COLUMN "measure" TYPE "ObservationMeasure"
  USING (CASE "measure" WHEN 'share' THEN 's' WHEN 'value' THEN 'v' END)::"ObservationMeasure",
ALTER COLUMN "flag" TYPE "ObservationFlag"
  USING (CASE "flag" WHEN 'estimate' THEN 'e' WHEN 'derived' THEN 'd' WHEN 'derived-from-estimate' THEN 'f' END)::"ObservationFlag",
ADD CONSTRAINT "Observation_pkey" PRIMARY KEY ("datasetId", "reporterCode", "measure", "flow", "partnerCode", "year");

-- CreateTable
CREATE TABLE "ReporterPartner" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,

    CONSTRAINT "ReporterPartner_pkey" PRIMARY KEY ("datasetId","reporterCode","partnerCode")
);
INSERT INTO "ReporterPartner" ("datasetId", "reporterCode", "partnerCode")
SELECT DISTINCT "datasetId", "reporterCode", "partnerCode" FROM "Observation";

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "files" TEXT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReporterPartner_reporterCode_idx" ON "ReporterPartner"("reporterCode");

-- AddForeignKey
ALTER TABLE "ReporterPartner" ADD CONSTRAINT "ReporterPartner_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The year span of the rows already loaded (the loader keeps it from now on).
UPDATE "Dataset" SET "firstYear" = (SELECT min("year") FROM "Observation" WHERE "datasetId" = "Dataset"."id"),
                     "lastYear" = (SELECT max("year") FROM "Observation" WHERE "datasetId" = "Dataset"."id");
