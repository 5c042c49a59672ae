-- Hand-edited (see docs/database.md): Revision is WITHOUT ROWID, like Observation, which Prisma's
-- schema cannot say.

-- CreateTable
CREATE TABLE "DatasetChange" (
    "versionId" INTEGER NOT NULL,
    "datasetId" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "added" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,

    PRIMARY KEY ("versionId", "datasetId"),
    CONSTRAINT "DatasetChange_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DataVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "versionId" INTEGER NOT NULL,
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "oldValue" REAL,
    "newValue" REAL,
    "oldFlag" TEXT,
    "newFlag" TEXT,

    PRIMARY KEY ("datasetId", "reporterCode", "measure", "flow", "partnerCode", "year", "versionId"),
    CONSTRAINT "Revision_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DataVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateIndex
CREATE INDEX "DatasetChange_datasetId_idx" ON "DatasetChange"("datasetId");

-- CreateIndex
CREATE INDEX "Revision_versionId_idx" ON "Revision"("versionId");
