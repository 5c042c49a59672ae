import 'server-only';
import { buildMirrorPair, OPPOSITE_FLOW, type ReportedValue } from '../analyses/mirror';
import type { MirrorResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import { getWorldCatalog } from './get-catalog';
import { flagFromStored } from './stored-flag';
import { isFixedShareYear } from '../panel/fixed-share-estimates';
import type { Flow } from '../view-state/trade-terms';

// Both sides' IMF DOTS figures (US$ million) for the reporter and each partner: what the reporter
// reports of its trade with the partner, and what the partner reports of the opposite flow.
export async function getMirror(state: AnalysisState): Promise<MirrorResult> {
  const codes = [state.reporter, ...state.partners];
  // The datasets, names and who reports at all (has any row in the reporter–partner table of a DOTS
  // dataset) come from the catalog kept per data version: the figures are the one query.
  const catalog = await getWorldCatalog();
  const datasets = catalog.sourceDatasets.dots;
  const datasetId = { in: datasets.map((d) => d.id) };
  const common = { datasetId, measure: 'value' as const, year: { gte: state.from, lte: state.to } };
  const rows = await prisma.observation.findMany({
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
    omit: { measure: true }, // always a value
  });
  const nameOf = (code: string) => catalog.names[code] ?? code;
  const reports = new Set(codes.filter((code) => catalog.datasets.dots.has(code)));
  const stretches = catalog.fixedShareStretches.filter((s) => codes.includes(s.reporterCode));
  const estimated = (r: { datasetId: string; reporterCode: string; flow: Flow; year: number }) =>
    isFixedShareYear(
      stretches.filter((s) => s.datasetId === r.datasetId),
      r.reporterCode,
      r.flow,
      r.year,
    );
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
  return { pairs, sources: datasets.filter((d) => used.has(d.id)) };
}
