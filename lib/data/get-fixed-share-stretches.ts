import 'server-only';
import type { FixedShareStretch } from '../panel/fixed-share-estimates';
import { getAllFixedShareStretches } from './get-catalog';

// The stretches of IMF DOTS years that are IMF estimates with fixed partner shares, as the loader
// recorded them with the data (a few dozen rows, kept with the catalog per data version: no query
// of its own). Narrow by dataset and reporters where known; use isFixedShareYear /
// fixedShareStretchesIn (lib/panel/fixed-share-estimates.ts) to ask of a year.
export async function getFixedShareStretches(
  where: { datasetIds?: readonly string[]; reporters?: readonly string[] } = {},
): Promise<FixedShareStretch[]> {
  return (await getAllFixedShareStretches()).filter(
    (s) =>
      (!where.datasetIds || where.datasetIds.includes(s.datasetId)) &&
      (!where.reporters || where.reporters.includes(s.reporterCode)),
  );
}
