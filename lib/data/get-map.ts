import 'server-only';
import { buildMap, type EconomyShares } from '../analyses/map';
import type { MapResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import type { Flow } from '../view-state/trade-terms';
import { prisma } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import { FLAGS_BY_CODE, FLOW_CODES, MEASURE_CODES } from '../ingest/bulk-writer/stored-codes';
import { cachedByVersion } from './cached-by-version';
import { getWorldCatalog } from './get-catalog';
import { toSourceInfo } from './get-datasets';
import { getEconomyNames } from './get-economy-names';

// The economies (never aggregates) that report to IMF DOTS, with their names: read once per data
// version from the loader's reporter–partner table, so the read below goes down the primary key.
const getDotsReporters = cachedByVersion(
  'dots-reporters',
  () => '',
  async () => {
    const dataset = await prisma.dataset.findFirst({ where: { source: 'dots' }, orderBy: { id: 'asc' } });
    if (!dataset) return { dataset: null, economies: [] };
    const reporting = await prisma.reporterPartner.groupBy({
      by: ['reporterCode'],
      where: { datasetId: dataset.id },
    });
    const economies = await prisma.economy.findMany({
      where: { kind: 'economy', code: { in: reporting.map((r) => r.reporterCode) } },
      select: { code: true, name: true },
    });
    return { dataset, economies };
  },
);

// Both partners' shares of every reporting economy's flow in every year: what every year's map of
// these two partners and this flow draws from (their crossovers need all the years up to it), read
// once per data version down the primary key, so stepping through the years reads only the World
// values below. ~14,000 rows for China and Russia: read as raw rows (~40 ms of CPU), since Prisma's
// findMany takes ~150 ms to build as many objects. Flow, measure and flag as stored (their @map codes).
type ShareRow = {
  reporterCode: string;
  partnerCode: string;
  year: number;
  value: number;
  flag: string | null;
};

const getShareHistory = cachedByVersion(
  'map-share-history',
  (partners: string[], flow: Flow) => `${partners.join(',')}|${flow}`,
  async (partners: string[], flow: Flow) => {
    const { dataset, economies } = await getDotsReporters();
    if (!dataset || economies.length === 0) return [];
    return prisma.$queryRaw<ShareRow[]>`
      SELECT "reporterCode", "partnerCode", "year", "value", "flag" FROM "Observation"
      WHERE "datasetId" = ${dataset.id}
        AND "reporterCode" IN (${Prisma.join(economies.map((e) => e.code))})
        AND "measure" = ${MEASURE_CODES.share} AND "flow" = ${FLOW_CODES[flow]}
        AND "partnerCode" IN (${Prisma.join(partners)})`;
  },
  (rows) => rows.length * 96,
);

const WORLD = 'WLD';
const FIXED_SHARE_NOTE = 'is an IMF estimate with fixed partner shares: the economy did not report this year';

// The map of a year: the two partners' shares (kept, above), and whether each economy reported the
// flow at all in the map's and the base year (its World value), read for these two years alone.
export async function getMap(state: AnalysisState): Promise<MapResult> {
  const { dataset, economies } = await getDotsReporters();
  const [firstCode, secondCode] = state.partners;
  const [names, history, world] = await Promise.all([
    getEconomyNames(state.partners),
    getShareHistory(state.partners, state.flow),
    dataset
      ? prisma.observation.findMany({
          where: {
            datasetId: dataset.id,
            reporterCode: { in: economies.map((e) => e.code) },
            measure: 'value',
            flow: state.flow,
            partnerCode: WORLD,
            year: { in: [state.year, state.base] },
          },
          select: { reporterCode: true, year: true },
        })
      : [],
  ]);
  const nameOf = (code: string) => names.get(code) ?? code;
  const byCode = new Map<string, EconomyShares>(
    economies.map((e) => [
      e.code,
      { code: e.code, name: e.name, first: new Map(), second: new Map(), reportedYears: new Set() },
    ]),
  );
  for (const row of world) byCode.get(row.reporterCode)!.reportedYears.add(row.year);
  for (const row of history) {
    const economy = byCode.get(row.reporterCode)!;
    const share = { value: row.value, flag: row.flag === null ? null : FLAGS_BY_CODE[row.flag] };
    (row.partnerCode === firstCode ? economy.first : economy.second).set(row.year, share);
  }
  // IMF estimates with fixed partner shares (docs/fixed-share-estimates.md): noted, and left out of
  // the crossovers, year by year.
  const { fixedShareStretches } = await getWorldCatalog();
  for (const s of fixedShareStretches) {
    const economy = byCode.get(s.reporterCode);
    if (!economy || s.datasetId !== dataset?.id || s.flow !== state.flow) continue;
    economy.estimates ??= new Map();
    for (let year = s.firstYear; year <= s.lastYear; year++) economy.estimates.set(year, FIXED_SHARE_NOTE);
  }
  const map = buildMap([...byCode.values()], {
    first: { code: firstCode, name: nameOf(firstCode) },
    second: { code: secondCode, name: nameOf(secondCode) },
    flow: state.flow,
    year: state.year,
    base: state.base,
    colouring: state.colouring,
  });
  return {
    map,
    source: dataset ? toSourceInfo(dataset) : null,
    years: { min: dataset?.firstYear ?? state.year, max: dataset?.lastYear ?? state.year },
  };
}
