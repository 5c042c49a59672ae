import 'server-only';
import { buildRegionPanels } from '../analyses/region';
import type { RegionResult } from '../analyses/analysis-result';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';
import { toSourceInfo } from './get-datasets';
import { getFixedShareStretches } from './get-fixed-share-stretches';
import { fixedShareStretchesIn } from '../panel/fixed-share-estimates';

// sourceOf: the file each reporter's shares came from (WITS has one file per reporter).
// China's and Russia's shares of each chosen reporter's trade in one flow, from one source.
export async function getRegion(state: AnalysisState): Promise<RegionResult> {
  // The source's files that hold these reporters (WITS has one per reporter), by the loader's
  // reporter–partner table, so the read below goes down the primary key.
  const files = await prisma.dataset.findMany({
    where: { source: state.source, pairs: { some: { reporterCode: { in: state.reporters } } } },
    select: { id: true },
  });
  const [economies, rows, stretches] = await Promise.all([
    prisma.economy.findMany({ where: { code: { in: state.reporters } }, select: { code: true, name: true } }),
    prisma.observation.findMany({
      where: {
        datasetId: { in: files.map((f) => f.id) },
        reporterCode: { in: state.reporters },
        measure: 'share',
        partnerCode: { in: ['CHN', 'RUS'] },
        flow: state.flow,
        year: { gte: state.from, lte: state.to },
      },
      select: { datasetId: true, reporterCode: true, partnerCode: true, year: true, value: true },
    }),
    getFixedShareStretches({ datasetIds: files.map((f) => f.id), reporters: state.reporters }),
  ]);
  const shares = (reporter: string, partner: string) =>
    new Map(
      rows
        .filter((r) => r.reporterCode === reporter && r.partnerCode === partner)
        .map((r) => [r.year, r.value]),
    );
  const panels = buildRegionPanels(
    state.reporters.map((code) => ({
      code,
      name: economies.find((e) => e.code === code)?.name ?? code,
      china: shares(code, 'CHN'),
      russia: shares(code, 'RUS'),
      estimated: fixedShareStretchesIn(stretches, code, state.flow, state.from, state.to),
    })),
    state.from,
    state.to,
  );
  const used = [...new Set(rows.map((r) => r.datasetId))];
  const datasets =
    used.length > 0
      ? await prisma.dataset.findMany({ where: { id: { in: used } }, orderBy: { id: 'asc' } })
      : [];
  const sources = datasets.map(toSourceInfo);
  const sourceOf: Record<string, SourceInfo> = {};
  for (const row of rows) sourceOf[row.reporterCode] ??= sources.find((s) => s.id === row.datasetId)!;
  return { panels, sources, sourceOf };
}
