import 'server-only';
import { prisma } from '../database/db';
import type { Catalog } from '../view-state/catalog';
import type { SourceInfo } from '../panel/series-types';
import { SOURCES, type Source } from '../view-state/trade-terms';
import { cachedByVersion } from './cached-by-version';
import { toSourceInfo } from './get-datasets';
import type { FixedShareStretch } from '../panel/fixed-share-estimates';

// Which partners each reporter has, per source, for the whole world (~55,000 pairs): read once per
// data version and kept here, so neither a page nor /api/partners reads them again. Only the
// compact catalog and one reporter's partners ever leave the server. With them, the dataset each
// source reads a reporter from, so a series read needs no query to find it.
type WorldCatalog = Catalog & {
  partners: Record<Source, Map<string, string[]>>;
  datasets: Record<Source, Map<string, SourceInfo>>;
  fixedShareStretches: FixedShareStretch[]; // a few dozen rows: IMF estimates with fixed partner shares
};

// Its size for the result cache's memory bound: about 24 bytes a pair once in memory, plus names,
// plus a reference per reporter to its dataset's (shared) description.
const worldCatalogBytes = (catalog: WorldCatalog) =>
  JSON.stringify(catalog.names).length +
  SOURCES.reduce(
    (sum, source) =>
      sum + 24 * [...catalog.partners[source].values()].flat().length + 16 * catalog.datasets[source].size,
    0,
  ) +
  512 * new Set(SOURCES.flatMap((source) => [...catalog.datasets[source].values()])).size +
  64 * catalog.fixedShareStretches.length;

const getWorldCatalog = cachedByVersion('world-catalog', () => '', readWorldCatalog, worldCatalogBytes);

// What a view can be made of: economies' names, and the reporters each source covers.
export async function getCatalog(): Promise<Catalog> {
  const { names, reporters } = await getWorldCatalog();
  return { names, reporters };
}

// The partners (sorted codes, World left out) a reporter has any number for in a source; null when
// the source has no data for that reporter.
export async function getReporterPartners(source: Source, reporter: string): Promise<string[] | null> {
  return (await getWorldCatalog()).partners[source].get(reporter) ?? null;
}

// The dataset a source reads a reporter from (the first by id of that source's datasets that have
// any number for the reporter), null when none has.
export async function getReporterDataset(source: Source, reporter: string): Promise<SourceInfo | null> {
  return (await getWorldCatalog()).datasets[source].get(reporter) ?? null;
}

// Every stretch of IMF estimates with fixed partner shares the loader recorded, kept with the
// catalog so that a read needs no query for them (lib/data/get-fixed-share-stretches.ts narrows them).
export async function getAllFixedShareStretches(): Promise<FixedShareStretch[]> {
  return (await getWorldCatalog()).fixedShareStretches;
}

async function readWorldCatalog(): Promise<WorldCatalog> {
  const [economies, datasets, pairs, fixedShareStretches] = await Promise.all([
    prisma.economy.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } }),
    prisma.dataset.findMany(),
    prisma.reporterPartner.findMany({
      select: { datasetId: true, reporterCode: true, partnerCode: true },
      orderBy: [{ reporterCode: 'asc' }, { partnerCode: 'asc' }],
    }),
    prisma.fixedShareStretch.findMany({
      select: { datasetId: true, reporterCode: true, flow: true, firstYear: true, lastYear: true },
      orderBy: [{ reporterCode: 'asc' }, { flow: 'asc' }, { firstYear: 'asc' }],
    }),
  ]);
  const byId = new Map(datasets.map((d) => [d.id, { source: d.source, info: toSourceInfo(d) }]));
  const partners = Object.fromEntries(
    SOURCES.map((source) => [source, new Map<string, string[]>()]),
  ) as WorldCatalog['partners'];
  const readFrom = Object.fromEntries(
    SOURCES.map((source) => [source, new Map<string, SourceInfo>()]),
  ) as WorldCatalog['datasets'];
  for (const pair of pairs) {
    const dataset = byId.get(pair.datasetId);
    const source = dataset?.source as Source | undefined;
    if (!dataset || !source || !(source in partners)) continue;
    const held = readFrom[source].get(pair.reporterCode);
    if (!held || pair.datasetId < held.id) readFrom[source].set(pair.reporterCode, dataset.info);
    if (pair.partnerCode === 'WLD') continue;
    const list = partners[source].get(pair.reporterCode);
    if (list?.at(-1) === pair.partnerCode) continue; // the same pair in two of the source's datasets
    if (list) list.push(pair.partnerCode);
    else partners[source].set(pair.reporterCode, [pair.partnerCode]);
  }
  const reporters = Object.fromEntries(
    SOURCES.map((source) => [source, [...partners[source].keys()].sort()]),
  ) as Catalog['reporters'];
  return {
    names: Object.fromEntries(economies.map((e) => [e.code, e.name])),
    reporters,
    partners,
    datasets: readFrom,
    fixedShareStretches,
  };
}
