import { slug } from '../csv/download-name';
import type { AnalysisView, AnalysisState } from '../view-state/analysis-state';
import { mirrorCsv, profileCsv, rankingCsv, regionCsv, sourceComparisonCsv } from './analysis-csv';
import { mapCsv } from './map-csv';
import type { AnalysisResult } from './analysis-result';

// A loaded analysis (lib/data/load-analysis.ts) as a download: its table and its file's name.

export function analysisTable(result: AnalysisResult, viewUrl: string) {
  switch (result.view) {
    case 'mirror':
      return mirrorCsv(result.data.pairs, result.data.sources, viewUrl);
    case 'region':
      return regionCsv(result.data.panels, result.state.flow, result.data.sourceOf, viewUrl);
    case 'ranking': {
      const { ranking, reporterName, source } = result.data;
      const reporter = { code: result.state.reporter, name: reporterName, flow: result.state.flow };
      return rankingCsv(ranking, reporter, source, viewUrl);
    }
    case 'sources':
      return sourceComparisonCsv(result.data, result.state.reporter, viewUrl);
    case 'map':
      return mapCsv(result.data.map, result.data.source, viewUrl);
    case 'profile':
      return profileCsv(result.data.inputs, result.data.sourceOf, viewUrl);
  }
}

// e.g. "mirror-kaz-chn-rus-import-export-1995-2017"; the extension is the caller's.
export function analysisFileStem(view: AnalysisView, state: AnalysisState): string {
  const years = state.from === state.to ? String(state.from) : `${state.from}-${state.to}`;
  const parts: Record<AnalysisView, (string | number)[]> = {
    mirror: [state.reporter, ...state.partners, ...state.flows, years],
    region: [...state.reporters, state.flow, state.source, years],
    ranking: [state.reporter, state.flow, state.source, state.year, 'vs', state.base],
    sources: [state.reporter, ...state.partners, ...state.flows, 'wits-vs-imf-dots', years],
    map: [...state.partners, state.flow, state.year, state.colouring === 'passed' ? 'passed' : 'larger'],
    profile: [state.reporter, ...(state.compare ? [state.compare] : []), state.year, 'vs', state.base],
  };
  return slug([view, ...parts[view]].join('-'));
}
