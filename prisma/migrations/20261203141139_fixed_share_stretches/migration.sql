-- CreateTable
CREATE TABLE "FixedShareStretch" (
    "datasetId" TEXT NOT NULL,
    "reporterCode" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "firstYear" INTEGER NOT NULL,
    "lastYear" INTEGER NOT NULL,

    PRIMARY KEY ("datasetId", "reporterCode", "flow", "firstYear"),
    CONSTRAINT "FixedShareStretch_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
