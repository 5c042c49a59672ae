import 'server-only';
import { buildMap, type EconomyShares } from '../analyses/map';
import type { MapResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import { cachedByVersion } from './cached-by-version';
import { toSourceInfo } from './get-datasets';
import { flagFromStored } from './stored-flag';

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

// Both partners' shares of every reporting economy's flow, in every year up to the map's year, and
// the years each reported the flow at all (its World value): one read of Observation.
const WORLD = 'WLD';

export async function getMap(state: AnalysisState): Promise<MapResult> {
  const { dataset, economies } = await getDotsReporters();
  const [firstCode, secondCode] = state.partners;
  const names = await prisma.economy.findMany({
    where: { code: { in: state.partners } },
    select: { code: true, name: true },
  });
  const nameOf = (code: string) => names.find((n) => n.code === code)?.name ?? code;
  const rows = dataset
    ? await prisma.observation.findMany({
        where: {
          datasetId: dataset.id,
          reporterCode: { in: economies.map((e) => e.code) },
          // IN lists, not an OR of (measure, partner) pairs: SQLite seeks every key column only so.
          measure: { in: ['share', 'value'] },
          flow: state.flow,
          partnerCode: { in: [...state.partners, WORLD] },
          year: { lte: Math.max(state.year, state.base) },
        },
        select: { reporterCode: true, partnerCode: true, measure: true, year: true, value: true, flag: true },
      })
    : [];
  const byCode = new Map<string, EconomyShares>(
    economies.map((e) => [
      e.code,
      { code: e.code, name: e.name, first: new Map(), second: new Map(), reportedYears: new Set() },
    ]),
  );
  for (const row of rows) {
    const economy = byCode.get(row.reporterCode)!;
    if (row.partnerCode === WORLD) {
      if (row.measure === 'value') economy.reportedYears.add(row.year);
    } else if (row.measure === 'share') {
      const share = { value: row.value, flag: flagFromStored(row.flag) };
      (row.partnerCode === firstCode ? economy.first : economy.second).set(row.year, share);
    }
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
