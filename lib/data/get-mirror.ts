import 'server-only';
import { buildMirrorPair, OPPOSITE_FLOW, type ReportedValue } from '../analyses/mirror';
import type { MirrorResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import { toSourceInfo } from './get-datasets';
import { flagFromStored } from './stored-flag';
import { getFixedShareStretches } from './get-fixed-share-stretches';
import { isFixedShareYear } from '../panel/fixed-share-estimates';
import type { Flow } from '../view-state/trade-terms';

// Both sides' IMF DOTS figures (US$ million) for the reporter and each partner: what the reporter
// reports of its trade with the partner, and what the partner reports of the opposite flow.
export async function getMirror(state: AnalysisState): Promise<MirrorResult> {
  const codes = [state.reporter, ...state.partners];
  const datasets = await prisma.dataset.findMany({ where: { source: 'dots' }, orderBy: { id: 'asc' } });
  const datasetId = { in: datasets.map((d) => d.id) };
  const common = { datasetId, measure: 'value' as const, year: { gte: state.from, lte: state.to } };
  const [economies, rows, reporting, stretches] = await Promise.all([
    prisma.economy.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }),
    prisma.observation.findMany({
      where: {
        OR: [
          {
            ...common,
            reporterCode: state.reporter,
            flow: { in: state.flows },
            partnerCode: { in: state.partners },
          },
          {
            ...common,
            reporterCode: { in: state.partners },
            flow: { in: state.flows.map((f) => OPPOSITE_FLOW[f]) },
            partnerCode: state.reporter,
          },
        ],
      },
      select: {
        datasetId: true,
        reporterCode: true,
        partnerCode: true,
        flow: true,
        year: true,
        value: true,
        flag: true,
      },
    }),
    // Whether each economy reports at all, from the loader's reporter–partner table: grouped in SQL,
    // one row per economy (a distinct in Prisma would fetch each economy's ~200 partners first).
    prisma.reporterPartner.groupBy({
      by: ['reporterCode'],
      where: { datasetId, reporterCode: { in: codes } },
    }),
    getFixedShareStretches({ datasetIds: datasetId.in, reporters: codes }),
  ]);
  const estimated = (r: { datasetId: string; reporterCode: string; flow: Flow; year: number }) =>
    isFixedShareYear(
      stretches.filter((s) => s.datasetId === r.datasetId),
      r.reporterCode,
      r.flow,
      r.year,
    );
  const nameOf = (code: string) => economies.find((e) => e.code === code)?.name ?? code;
  const reports = new Set(reporting.map((r) => r.reporterCode));
  const values = (reporter: string, partner: string, flow: string): ReportedValue[] =>
    rows
      .filter((r) => r.reporterCode === reporter && r.partnerCode === partner && r.flow === flow)
      .map((r) => ({
        year: r.year,
        value: r.value,
        flag: flagFromStored(r.flag),
        datasetId: r.datasetId,
        ...(estimated(r) ? { fixedShare: true as const } : {}),
      }));
  const pairs = state.flows.flatMap((flow) =>
    state.partners.map((partner) =>
      buildMirrorPair(
        {
          reporter: { code: state.reporter, name: nameOf(state.reporter) },
          partner: { code: partner, name: nameOf(partner) },
          flow,
          own: values(state.reporter, partner, flow),
          mirror: values(partner, state.reporter, OPPOSITE_FLOW[flow]),
          reporterReports: reports.has(state.reporter),
          partnerReports: reports.has(partner),
        },
        state.from,
        state.to,
      ),
    ),
  );
  const used = new Set(rows.map((r) => r.datasetId));
  return { pairs, sources: datasets.filter((d) => used.has(d.id)).map(toSourceInfo) };
}
