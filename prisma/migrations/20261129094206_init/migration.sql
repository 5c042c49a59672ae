-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL,
    "rowCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Economy" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "EconomyAlias" (
    "source" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "economyCode" TEXT NOT NULL,

    PRIMARY KEY ("source", "alias"),
    CONSTRAINT "EconomyAlias_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Observation" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "flag" TEXT,

    PRIMARY KEY ("datasetId", "reporterCode", "partnerCode", "flow", "measure", "year"),
    CONSTRAINT "Observation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Observation_reporterCode_fkey" FOREIGN KEY ("reporterCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "yearFrom" INTEGER NOT NULL,
    "yearTo" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "paragraph" INTEGER NOT NULL,
    CONSTRAINT "Annotation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "comparator" TEXT NOT NULL,
    "threshold" REAL NOT NULL,
    "paragraph" INTEGER NOT NULL,
    CONSTRAINT "Claim_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SharedView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "query" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_file_key" ON "Dataset"("file");

-- CreateIndex
CREATE INDEX "Observation_reporterCode_measure_partnerCode_flow_year_idx" ON "Observation"("reporterCode", "measure", "partnerCode", "flow", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SharedView_query_key" ON "SharedView"("query");
