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

    CONSTRAINT "DatasetChange_pkey" PRIMARY KEY ("versionId","datasetId")
);

-- CreateTable
CREATE TABLE "Revision" (
    "versionId" INTEGER NOT NULL,
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "flow" "ObservationFlow" NOT NULL,
    "measure" "ObservationMeasure" NOT NULL,
    "year" INTEGER NOT NULL,
    "oldValue" DOUBLE PRECISION,
    "newValue" DOUBLE PRECISION,
    "oldFlag" "ObservationFlag",
    "newFlag" "ObservationFlag",

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("datasetId","reporterCode","measure","flow","partnerCode","year","versionId")
);

-- CreateIndex
CREATE INDEX "DatasetChange_datasetId_idx" ON "DatasetChange"("datasetId");

-- CreateIndex
CREATE INDEX "Revision_versionId_idx" ON "Revision"("versionId");

-- AddForeignKey
ALTER TABLE "DatasetChange" ADD CONSTRAINT "DatasetChange_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DataVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DataVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
