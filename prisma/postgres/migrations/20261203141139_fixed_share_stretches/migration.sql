-- CreateTable
CREATE TABLE "FixedShareStretch" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "flow" "ObservationFlow" NOT NULL,
    "firstYear" INTEGER NOT NULL,
    "lastYear" INTEGER NOT NULL,

    CONSTRAINT "FixedShareStretch_pkey" PRIMARY KEY ("datasetId","reporterCode","flow","firstYear")
);

-- AddForeignKey
ALTER TABLE "FixedShareStretch" ADD CONSTRAINT "FixedShareStretch_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
