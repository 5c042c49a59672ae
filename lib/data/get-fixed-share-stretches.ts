import 'server-only';
import { prisma } from '../database/db';
import type { FixedShareStretch } from '../panel/fixed-share-estimates';

// The stretches of IMF DOTS years that are IMF estimates with fixed partner shares, as the loader
// recorded them with the data (a few dozen rows). Narrow by dataset and reporters where known; use
// isFixedShareYear / fixedShareStretchesIn (lib/panel/fixed-share-estimates.ts) to ask of a year.
export async function getFixedShareStretches(
  where: { datasetIds?: readonly string[]; reporters?: readonly string[] } = {},
): Promise<FixedShareStretch[]> {
  return prisma.fixedShareStretch.findMany({
    where: {
      ...(where.datasetIds ? { datasetId: { in: [...where.datasetIds] } } : {}),
      ...(where.reporters ? { reporterCode: { in: [...where.reporters] } } : {}),
    },
    select: { datasetId: true, reporterCode: true, flow: true, firstYear: true, lastYear: true },
    orderBy: [{ reporterCode: 'asc' }, { flow: 'asc' }, { firstYear: 'asc' }],
  });
}
