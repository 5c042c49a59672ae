import 'server-only';
import { parseAnalysisState, analysisQueryString, type AnalysisView } from '../view-state/analysis-state';
import { withDataVersion } from './cached-by-version';
import { getClaimChecks } from './get-article';
import { getReporters } from './get-reporters';
import { getEconomyNames } from './get-economy-names';
import { getStateContext } from './get-state-context';
import { getCatalog } from './get-catalog';
import { analysisYears } from '../analyses/analysis-years';
import { analysisShowsClaims } from '../analyses/analysis-brief';
import { describeAnalysis } from '../analyses/describe-analysis';
import { loadAnalysis } from './load-analysis';
import type { AnalysisPageData } from '../analyses/analysis-result';
import { linkPreviewMetadata } from '../view-state/link-preview';

type SearchParams = Record<string, string | string[] | undefined>;

// Everything a view's page shows, read once: the page and its embed variant both call this.
export async function loadAnalysisPage(
  view: AnalysisView,
  searchParams: SearchParams,
): Promise<AnalysisPageData> {
  const context = await getStateContext();
  const { state, issues } = parseAnalysisState(view, searchParams, context);
  const showClaims = analysisShowsClaims(view, state);
  const [result, reporters, names, claims, catalog] = await Promise.all([
    // Uncached reads: run inside the render's read context, so they read the databases it allows.
    withDataVersion(() => loadAnalysis(view, state)),
    getReporters(),
    getEconomyNames([state.reporter, ...state.partners, ...state.reporters, state.compare]),
    showClaims ? getClaimChecks() : null,
    getCatalog(),
  ]);
  const { title, description } = describeAnalysis(view, state, (code) => names.get(code) ?? code);
  return {
    view,
    result,
    issues,
    query: analysisQueryString(view, state, context.years),
    title,
    description,
    reporters,
    economies: Object.entries(catalog.names)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    years: analysisYears(view, state, catalog, context.years),
    claims,
  };
}

export async function analysisMetadataFor(view: AnalysisView, searchParams: SearchParams, origin: string) {
  const context = await getStateContext();
  const { state } = parseAnalysisState(view, searchParams, context);
  const names = await getEconomyNames([state.reporter, ...state.partners, ...state.reporters, state.compare]);
  const { title, description } = describeAnalysis(view, state, (code) => names.get(code) ?? code);
  const query = analysisQueryString(view, state, context.years);
  const image = { url: `${origin}/api/analyses/${view}/png${query}`, alt: title };
  return linkPreviewMetadata(title, description, `${origin}/${view}${query}`, image);
}
