-- CreateTable
CREATE TABLE "ProfileValue" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "code" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ProfileValue_pkey" PRIMARY KEY ("datasetId","reporterCode","code","year")
);

-- CreateTable
CREATE TABLE "ProfileRevision" (
    "versionId" INTEGER NOT NULL,
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "code" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "oldValue" DOUBLE PRECISION,
    "newValue" DOUBLE PRECISION,

    CONSTRAINT "ProfileRevision_pkey" PRIMARY KEY ("datasetId","reporterCode","code","year","versionId")
);

-- CreateIndex
CREATE INDEX "ProfileRevision_versionId_idx" ON "ProfileRevision"("versionId");

-- AddForeignKey
ALTER TABLE "ProfileValue" ADD CONSTRAINT "ProfileValue_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRevision" ADD CONSTRAINT "ProfileRevision_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DataVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-added: the WITS datasets loaded before this migration hold no profile values, and a checksum
-- no file has makes the next load read each WITS file again (as a revision: its observations
-- compare equal, and a first load of profile values records no value-level revisions).
UPDATE "Dataset" SET "checksum" = 'reload-for-trade-profile' WHERE "source" = 'wits';
