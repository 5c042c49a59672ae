import 'server-only';
import { buildMap, type EconomyShares, type SharesByYear } from '../analyses/map';
import { yearSharesTable, type YearSharesTable } from '../analyses/year-shares-table';
import type { MapResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import type { Flow } from '../view-state/trade-terms';
import { prisma } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import { FLAGS_BY_CODE, FLOW_CODES, MEASURE_CODES, WORLD } from '../ingest/bulk-writer/stored-codes';
import { cachedByVersion } from './cached-by-version';
import { getWorldCatalog } from './get-catalog';
import { toSourceInfo } from './get-datasets';
import { getEconomyNames } from './get-economy-names';

// The economies (never aggregates) that report to IMF DOTS, with their names, in name order (the
// map's order, so sorting its rows costs a pass): read once per data version from the loader's
// reporter–partner table, so the reads below go down the primary key.
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
    return { dataset, economies: economies.sort((a, b) => a.name.localeCompare(b.name)) };
  },
);

// One partner's share of every reporting economy's flow in every year, by economy and year: what
// every map with this partner and flow draws from (its crossovers need all the years up to the
// map's), read once per data version down the primary key, so a new pair with a partner already
// read reads only the other, and stepping through the years reads nothing. ~10,000 rows for China's
// imports, read as raw rows since Prisma's findMany takes several times as long to build as many
// objects. Flow, measure and flag as stored (their @map codes).
type ShareRow = { reporterCode: string; year: number; value: number; flag: string | null };

const getPartnerShares = cachedByVersion(
  'map-partner-shares',
  (partner: string, flow: Flow) => `${partner}|${flow}`,
  async (partner: string, flow: Flow): Promise<YearSharesTable> => {
    const { dataset, economies } = await getDotsReporters();
    if (!dataset || economies.length === 0) return yearSharesTable([]);
    const rows = await prisma.$queryRaw<ShareRow[]>`
      SELECT "reporterCode", "year", "value", "flag" FROM "Observation"
      WHERE "datasetId" = ${dataset.id}
        AND "reporterCode" IN (${Prisma.join(economies.map((e) => e.code))})
        AND "measure" = ${MEASURE_CODES.share} AND "flow" = ${FLOW_CODES[flow]}
        AND "partnerCode" = ${partner}`;
    return yearSharesTable(
      rows.map((row) => ({
        code: row.reporterCode,
        year: Number(row.year),
        share: { value: row.value, flag: row.flag === null ? null : FLAGS_BY_CODE[row.flag] },
      })),
    );
  },
  (table) => table.bytes,
);

// The years in which each economy reported the flow at all (a World value): a missing share is
// told apart from a missing year by these. ~11,000 rows a flow, read once per data version.
const getReportedYears = cachedByVersion(
  'map-reported-years',
  (flow: Flow) => flow,
  async (flow: Flow): Promise<Map<string, Set<number>>> => {
    const { dataset, economies } = await getDotsReporters();
    const byEconomy = new Map<string, Set<number>>();
    if (!dataset || economies.length === 0) return byEconomy;
    const rows = await prisma.$queryRaw<{ reporterCode: string; year: number }[]>`
      SELECT "reporterCode", "year" FROM "Observation"
      WHERE "datasetId" = ${dataset.id}
        AND "reporterCode" IN (${Prisma.join(economies.map((e) => e.code))})
        AND "measure" = ${MEASURE_CODES.value} AND "flow" = ${FLOW_CODES[flow]}
        AND "partnerCode" = ${WORLD}`;
    for (const { reporterCode, year } of rows) {
      let years = byEconomy.get(reporterCode);
      if (!years) byEconomy.set(reporterCode, (years = new Set()));
      years.add(Number(year));
    }
    return byEconomy;
  },
  (byEconomy) => 32 * [...byEconomy.values()].reduce((sum, years) => sum + years.size, 0),
);

const FIXED_SHARE_NOTE = 'is an IMF estimate with fixed partner shares: the economy did not report this year';
const NO_SHARES: SharesByYear = new Map();
const NO_YEARS: ReadonlySet<number> = new Set();

// The map of a year, from what is kept above: the two partners' shares and the years each economy
// reported the flow in. Nothing is read for another year of the same two partners and flow.
export async function getMap(state: AnalysisState): Promise<MapResult> {
  const [firstCode, secondCode] = state.partners;
  const [{ dataset, economies }, names, first, second, reported, { fixedShareStretches }] = await Promise.all(
    [
      getDotsReporters(),
      getEconomyNames(state.partners),
      getPartnerShares(firstCode, state.flow),
      getPartnerShares(secondCode, state.flow),
      getReportedYears(state.flow),
      getWorldCatalog(),
    ],
  );
  const nameOf = (code: string) => names.get(code) ?? code;
  // IMF estimates with fixed partner shares (docs/fixed-share-estimates.md): noted, and left out of
  // the crossovers, year by year.
  const estimates = new Map<string, Map<number, string>>();
  for (const s of fixedShareStretches) {
    if (s.datasetId !== dataset?.id || s.flow !== state.flow) continue;
    const years = estimates.get(s.reporterCode) ?? new Map<number, string>();
    for (let year = s.firstYear; year <= s.lastYear; year++) years.set(year, FIXED_SHARE_NOTE);
    estimates.set(s.reporterCode, years);
  }
  const shares: EconomyShares[] = economies.map((e) => ({
    code: e.code,
    name: e.name,
    first: first.of(e.code) ?? NO_SHARES,
    second: second.of(e.code) ?? NO_SHARES,
    reportedYears: reported.get(e.code) ?? NO_YEARS,
    estimates: estimates.get(e.code),
  }));
  const map = buildMap(shares, {
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
