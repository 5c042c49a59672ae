import type { ClaimCheck } from '../article-types';
import {
  parseAnalysisState,
  analysisQueryString,
  type AnalysisView,
  type StateIssue,
} from '../dashboard-state';
import { getClaimChecks } from '../data/get-article';
import { getReporters } from '../data/get-reporters';
import { getEconomyNames } from '../data/get-economy-names';
import { getStateContext } from '../data/get-state-context';
import { describeAnalysis } from './describe-analysis';
import { loadAnalysis, type AnalysisResult } from './load-analysis';

type SearchParams = Record<string, string | string[] | undefined>;

export type AnalysisPageData = {
  view: AnalysisView;
  result: AnalysisResult;
  issues: StateIssue[];
  query: string; // the canonical query string, "" for the view's default
  title: string;
  description: string;
  reporters: { code: string; name: string }[];
  years: { min: number; max: number };
  claims: ClaimCheck[] | null; // the article's claims, on views of Kazakhstan's own figures
};

// Everything a view's page shows, read once: the page and its embed variant both call this.
export async function loadAnalysisPage(
  view: AnalysisView,
  searchParams: SearchParams,
): Promise<AnalysisPageData> {
  const context = await getStateContext();
  const { state, issues } = parseAnalysisState(view, searchParams, context);
  const showClaims = (view === 'mirror' || view === 'sources') && state.reporter === 'KAZ';
  const [result, reporters, names, claims] = await Promise.all([
    loadAnalysis(view, state),
    getReporters(),
    getEconomyNames([state.reporter, ...state.partners, ...state.reporters]),
    showClaims ? getClaimChecks() : null,
  ]);
  const { title, description } = describeAnalysis(view, state, (code) => names.get(code) ?? code);
  return {
    view,
    result,
    issues,
    query: analysisQueryString(view, state),
    title,
    description,
    reporters,
    years: context.years,
    claims,
  };
}

export async function analysisMetadataFor(view: AnalysisView, searchParams: SearchParams, origin: string) {
  const context = await getStateContext();
  const { state } = parseAnalysisState(view, searchParams, context);
  const names = await getEconomyNames([state.reporter, ...state.partners, ...state.reporters]);
  const { title, description } = describeAnalysis(view, state, (code) => names.get(code) ?? code);
  const query = analysisQueryString(view, state);
  const image = { url: `${origin}/api/analyses/${view}/png${query}`, alt: title };
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      type: 'website' as const,
      url: `${origin}/${view}${query}`,
      images: [image],
    },
    twitter: { card: 'summary_large_image' as const, title, description, images: [image] },
  };
}
