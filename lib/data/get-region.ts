import 'server-only';
import { buildRegionPanels } from '../analyses/region';
import type { RegionResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';
import { getWorldCatalog } from './get-catalog';

// China's and Russia's shares of each chosen reporter's trade in one flow, from one source: one
// query, down the primary key, in the file each reporter is read from (WITS has one per reporter),
// as the series read does; the files and names come from the catalog kept per data version.
// sourceOf: the file each reporter's shares came from.
export async function getRegion(state: AnalysisState): Promise<RegionResult> {
  const { names, datasets, fixedShareStretches } = await getWorldCatalog();
  const files = new Map<string, SourceInfo>();
  for (const code of state.reporters) {
    const file = datasets[state.source].get(code);
    if (file) files.set(file.id, file);
  }
  const rows = await prisma.observation.findMany({
    where: {
      datasetId: { in: [...files.keys()] },
      reporterCode: { in: state.reporters },
      measure: 'share',
      partnerCode: { in: ['CHN', 'RUS'] },
      flow: state.flow,
      year: { gte: state.from, lte: state.to },
    },
    select: { datasetId: true, reporterCode: true, partnerCode: true, year: true, value: true },
  });
  const stretches = fixedShareStretches.filter((s) => files.has(s.datasetId));
  const shares = (reporter: string, partner: string) =>
    new Map(
      rows
        .filter((r) => r.reporterCode === reporter && r.partnerCode === partner)
        .map((r) => [r.year, r.value]),
    );
  const panels = buildRegionPanels(
    state.reporters.map((code) => ({
      code,
      name: names[code] ?? code,
      china: shares(code, 'CHN'),
      russia: shares(code, 'RUS'),
      estimated: stretches.filter((s) => s.reporterCode === code && s.flow === state.flow), // clipped by the model
    })),
    state.from,
    state.to,
  );
  const used = new Set(rows.map((r) => r.datasetId));
  const sources = [...files.values()].filter((s) => used.has(s.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const sourceOf: Record<string, SourceInfo> = {};
  for (const row of rows) sourceOf[row.reporterCode] ??= files.get(row.datasetId)!;
  return { panels, sources, sourceOf };
}
