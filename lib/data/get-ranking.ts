import 'server-only';
import { rankPartners } from '../analyses/ranking';
import type { RankingResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import { getWorldCatalog } from './get-catalog';
import { flagFromStored } from './stored-flag';

// Every partner's share of the reporter's trade in the ranking's year and its base year: one query,
// the dataset, names and kinds coming from the catalog kept per data version.
export async function getRanking(state: AnalysisState): Promise<RankingResult> {
  const { names, kinds, datasets, fixedShareStretches } = await getWorldCatalog();
  const dataset = datasets[state.source].get(state.reporter) ?? null;
  const rows = dataset
    ? await prisma.observation.findMany({
        where: {
          datasetId: dataset.id,
          reporterCode: state.reporter,
          measure: { in: ['share', 'value'] },
          flow: state.flow,
          year: { in: [state.year, state.base] },
        },
        select: { partnerCode: true, measure: true, year: true, value: true, flag: true },
      })
    : [];
  const stretches = dataset
    ? fixedShareStretches.filter((s) => s.datasetId === dataset.id && s.reporterCode === state.reporter)
    : [];
  const partners = new Map<string, Parameters<typeof rankPartners>[0][number]>();
  for (const row of rows) {
    const entry = partners.get(row.partnerCode) ?? {
      code: row.partnerCode,
      name: names[row.partnerCode] ?? row.partnerCode,
      kind: kinds[row.partnerCode] ?? 'economy',
      share: null,
      baseShare: null,
    };
    const value = { value: row.value, flag: flagFromStored(row.flag) };
    const isShare = row.measure === 'share';
    if (row.year === state.year) {
      if (isShare) entry.share = value;
      else entry.amount = row.value;
    }
    if (row.year === state.base) {
      if (isShare) entry.baseShare = value;
      else entry.baseAmount = row.value;
    }
    partners.set(row.partnerCode, entry);
  }
  const reporterName = names[state.reporter] ?? state.reporter;
  return {
    ranking: rankPartners(
      [...partners.values()],
      state.year,
      state.base,
      reporterName,
      state.flow,
      stretches.filter((s) => s.flow === state.flow),
    ),
    reporterName,
    source: dataset,
  };
}
