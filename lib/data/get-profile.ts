import 'server-only';
import type { ProfileResult } from '../analyses/analysis-result';
import { buildReporterProfile, resourceClaimCheck, type ReporterProfileInput } from '../analyses/profile';
import type { AnalysisState } from '../view-state/analysis-state';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';
import { toSourceInfo } from './get-datasets';

// The reporters a profile shows: the chosen one, and the one to compare when given and different.
export const profileReporters = (state: AnalysisState) =>
  [state.reporter, state.compare].filter((code, index, all) => code !== '' && all.indexOf(code) === index);

// Each reporter's trade profile values (ProfileValue), from the WITS file that holds them.
export async function getProfile(state: AnalysisState): Promise<ProfileResult> {
  const reporters = profileReporters(state);
  const files = await prisma.dataset.findMany({
    where: { source: 'wits', profile: { some: { reporterCode: { in: reporters } } } },
    orderBy: { id: 'asc' },
  });
  const [economies, rows] = await Promise.all([
    prisma.economy.findMany({ where: { code: { in: reporters } }, select: { code: true, name: true } }),
    prisma.profileValue.findMany({
      where: { datasetId: { in: files.map((f) => f.id) }, reporterCode: { in: reporters } },
      select: { datasetId: true, reporterCode: true, code: true, year: true, value: true },
    }),
  ]);
  const sources = files.map(toSourceInfo);
  const sourceOf: Record<string, SourceInfo> = {};
  for (const row of rows) sourceOf[row.reporterCode] ??= sources.find((s) => s.id === row.datasetId)!;
  const inputs: ReporterProfileInput[] = reporters.map((code) => ({
    code,
    name: economies.find((e) => e.code === code)?.name ?? code,
    values: rows.filter((r) => r.reporterCode === code),
  }));
  const profiles = inputs.map((input) => buildReporterProfile(input, state.year, state.base));
  return { profiles, inputs, claim: resourceClaimCheck(profiles[0], state.year), sources, sourceOf };
}
