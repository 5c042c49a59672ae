import 'server-only';
import { prisma } from '../database/db';
import type { Catalog } from '../view-state/catalog';
import type { SourceInfo } from '../panel/series-types';
import { SOURCES, type Source } from '../view-state/trade-terms';
import { cachedByVersion } from './cached-by-version';
import { toSourceInfo } from './get-datasets';
import type { FixedShareStretch } from '../panel/fixed-share-estimates';

// What a view can be made of, per data version: economies' names, the reporters each source
// covers, and the dataset each source reads a reporter from (so a series read needs no query to find
// it). All from one GROUP BY over the loader's reporter–partner table (a row per dataset and
// reporter, ~2,000), never its ~55,000 pairs. A reporter's partners are read when asked for, each
// list kept apart: only the compact catalog and one reporter's partners ever leave the server.
// The analyses read their datasets, names and kinds here too, so each needs one query, for its figures.
export type WorldCatalog = Catalog & {
  kinds: Record<string, string>; // economy code → "economy" | "aggregate"
  // The dataset each source reads a reporter from: the first by id of its datasets with any number for it.
  datasets: Record<Source, Map<string, SourceInfo>>;
  sourceDatasets: Record<Source, SourceInfo[]>; // every dataset of a source, by id
  fixedShareStretches: FixedShareStretch[]; // a few dozen rows: IMF estimates with fixed partner shares
};

// Its size for the result cache's memory bound: names and kinds, a code per reporter, and a
// reference per reporter to its dataset's (shared) description.
const worldCatalogBytes = (catalog: WorldCatalog) =>
  JSON.stringify(catalog.names).length +
  JSON.stringify(catalog.kinds).length +
  JSON.stringify(catalog.spans).length +
  SOURCES.reduce((sum, source) => sum + 24 * catalog.datasets[source].size, 0) +
  512 * new Set(SOURCES.flatMap((source) => [...catalog.datasets[source].values()])).size +
  64 * catalog.fixedShareStretches.length;

export const getWorldCatalog = cachedByVersion(
  'world-catalog',
  () => '',
  readWorldCatalog,
  worldCatalogBytes,
);

export async function getCatalog(): Promise<Catalog> {
  const { names, reporters, spans } = await getWorldCatalog();
  return { names, reporters, spans };
}

// The partners (sorted codes, World left out) a reporter has any number for in a source; null when
// the source has no data for that reporter.
export const getReporterPartners = cachedByVersion(
  'reporter-partners',
  (source: Source, reporter: string) => `${source}:${reporter}`,
  async (source: Source, reporter: string): Promise<string[] | null> => {
    if (!(await getWorldCatalog()).reporters[source].includes(reporter)) return null;
    const pairs = await prisma.reporterPartner.findMany({
      where: { reporterCode: reporter, partnerCode: { not: WORLD }, dataset: { source } },
      select: { partnerCode: true },
      distinct: ['partnerCode'],
      orderBy: { partnerCode: 'asc' },
    });
    return pairs.map((p) => p.partnerCode);
  },
  (partners) => 16 * (partners?.length ?? 0),
);

// The stretches of IMF DOTS years that are IMF estimates with fixed partner shares, as the loader
// recorded them with the data (a few dozen rows, kept with the catalog per data version: no query
// of its own). Narrow by dataset and reporters where known; use isFixedShareYear / spansIn
// (lib/panel/fixed-share-estimates.ts) to ask of a year or a range.
export async function getFixedShareStretches(
  where: { datasetIds?: readonly string[]; reporters?: readonly string[] } = {},
): Promise<FixedShareStretch[]> {
  return (await getWorldCatalog()).fixedShareStretches.filter(
    (s) =>
      (!where.datasetIds || where.datasetIds.includes(s.datasetId)) &&
      (!where.reporters || where.reporters.includes(s.reporterCode)),
  );
}

const WORLD = 'WLD';

const yearSpan = (d: { firstYear: number | null; lastYear: number | null }) =>
  d.firstYear === null || d.lastYear === null ? null : { min: d.firstYear, max: d.lastYear };

async function readWorldCatalog(): Promise<WorldCatalog> {
  const [economies, datasets, held, fixedShareStretches] = await Promise.all([
    prisma.economy.findMany({ select: { code: true, name: true, kind: true }, orderBy: { code: 'asc' } }),
    prisma.dataset.findMany({ orderBy: { id: 'asc' } }),
    // A reporter whose partners are World alone has a dataset to read, but is no reporter to pick.
    prisma.reporterPartner.groupBy({
      by: ['datasetId', 'reporterCode'],
      _min: { partnerCode: true },
      _max: { partnerCode: true },
    }),
    prisma.fixedShareStretch.findMany({
      select: { datasetId: true, reporterCode: true, flow: true, firstYear: true, lastYear: true },
      orderBy: [{ reporterCode: 'asc' }, { flow: 'asc' }, { firstYear: 'asc' }],
    }),
  ]);
  const byId = new Map(
    datasets.map((d) => [d.id, { source: d.source, info: toSourceInfo(d), span: yearSpan(d) }]),
  );
  const spans = Object.fromEntries(SOURCES.map((s) => [s, {}])) as Catalog['spans'];
  const readFrom = Object.fromEntries(SOURCES.map((s) => [s, new Map()])) as WorldCatalog['datasets'];
  const reporting = Object.fromEntries(SOURCES.map((s) => [s, new Set()])) as Record<Source, Set<string>>;
  for (const { datasetId, reporterCode, _min, _max } of held) {
    const dataset = byId.get(datasetId);
    const source = dataset?.source as Source | undefined;
    if (!dataset || !source || !(source in readFrom)) continue;
    const first = readFrom[source].get(reporterCode);
    if (!first || datasetId < first.id) {
      readFrom[source].set(reporterCode, dataset.info);
      if (dataset.span) spans[source][reporterCode] = dataset.span;
      else delete spans[source][reporterCode];
    }
    if (_min.partnerCode !== WORLD || _max.partnerCode !== WORLD) reporting[source].add(reporterCode);
  }
  return {
    names: Object.fromEntries(economies.map((e) => [e.code, e.name])),
    kinds: Object.fromEntries(economies.map((e) => [e.code, e.kind])),
    reporters: Object.fromEntries(
      SOURCES.map((source) => [source, [...reporting[source]].sort()]),
    ) as Catalog['reporters'],
    spans,
    datasets: readFrom,
    sourceDatasets: Object.fromEntries(
      SOURCES.map((source) => [
        source,
        datasets.filter((d) => d.source === source).map((d) => byId.get(d.id)!.info),
      ]),
    ) as WorldCatalog['sourceDatasets'],
    fixedShareStretches,
  };
}
