import 'server-only';
import { rankPartners } from '../analyses/ranking';
import type { RankingResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import { toSourceInfo } from './get-datasets';
import { flagFromStored } from './stored-flag';
import { getFixedShareStretches } from './get-fixed-share-stretches';

// Every partner's share of the reporter's trade in the ranking's year and its base year.
export async function getRanking(state: AnalysisState): Promise<RankingResult> {
  const dataset = await prisma.dataset.findFirst({
    where: { source: state.source, pairs: { some: { reporterCode: state.reporter } } },
    orderBy: { id: 'asc' },
  });
  const [reporter, rows, stretches] = await Promise.all([
    prisma.economy.findUnique({ where: { code: state.reporter }, select: { name: true } }),
    dataset
      ? prisma.observation.findMany({
          where: {
            datasetId: dataset.id,
            reporterCode: state.reporter,
            measure: { in: ['share', 'value'] },
            flow: state.flow,
            year: { in: [state.year, state.base] },
          },
          select: {
            partnerCode: true,
            measure: true,
            year: true,
            value: true,
            flag: true,
            partner: { select: { name: true, kind: true } },
          },
        })
      : [],
    dataset ? getFixedShareStretches({ datasetIds: [dataset.id], reporters: [state.reporter] }) : [],
  ]);
  const partners = new Map<string, Parameters<typeof rankPartners>[0][number]>();
  for (const row of rows) {
    const entry = partners.get(row.partnerCode) ?? {
      code: row.partnerCode,
      name: row.partner.name,
      kind: row.partner.kind,
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
  const reporterName = reporter?.name ?? state.reporter;
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
    source: dataset ? toSourceInfo(dataset) : null,
  };
}
