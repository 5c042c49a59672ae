import 'server-only';
import { prisma } from '../db';
import type { Catalog } from '../catalog';
import { SOURCES, type Source } from '../trade-terms';
import { cachedByVersion } from './cached-by-version';

// Which partners each reporter has, per source, for the whole world (~55,000 pairs): read once per
// data version and kept here, so neither a page nor /api/partners reads them again. Only the
// compact catalog and one reporter's partners ever leave the server.
type WorldCatalog = Catalog & { partners: Record<Source, Map<string, string[]>> };

// Its size for the result cache's memory bound: about 24 bytes a pair once in memory, plus names.
const worldCatalogBytes = (catalog: WorldCatalog) =>
  JSON.stringify(catalog.names).length +
  24 * SOURCES.reduce((sum, source) => sum + [...catalog.partners[source].values()].flat().length, 0);

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

async function readWorldCatalog(): Promise<WorldCatalog> {
  const [economies, datasets, pairs] = await Promise.all([
    prisma.economy.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } }),
    prisma.dataset.findMany({ select: { id: true, source: true } }),
    prisma.reporterPartner.findMany({
      select: { datasetId: true, reporterCode: true, partnerCode: true },
      orderBy: [{ reporterCode: 'asc' }, { partnerCode: 'asc' }],
    }),
  ]);
  const sourceOf = new Map(datasets.map((d) => [d.id, d.source]));
  const partners = Object.fromEntries(
    SOURCES.map((source) => [source, new Map<string, string[]>()]),
  ) as WorldCatalog['partners'];
  for (const pair of pairs) {
    const source = sourceOf.get(pair.datasetId) as Source | undefined;
    if (!source || !(source in partners) || pair.partnerCode === 'WLD') continue;
    const list = partners[source].get(pair.reporterCode);
    if (list?.at(-1) === pair.partnerCode) continue; // the same pair in two of the source's datasets
    if (list) list.push(pair.partnerCode);
    else partners[source].set(pair.reporterCode, [pair.partnerCode]);
  }
  const reporters = Object.fromEntries(
    SOURCES.map((source) => [source, [...partners[source].keys()].sort()]),
  ) as Catalog['reporters'];
  return { names: Object.fromEntries(economies.map((e) => [e.code, e.name])), reporters, partners };
}
