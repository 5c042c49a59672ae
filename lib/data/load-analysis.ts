import type { AnalysisState, AnalysisView } from '../view-state/analysis-state';
import type { AnalysisResult } from '../analyses/analysis-result';
import { getMirror } from './get-mirror';
import { getRanking } from './get-ranking';
import { getRegion } from './get-region';
import { getSourceComparison } from './get-source-comparison';
import { slug } from '../csv/download-name';
import { mirrorCsv, rankingCsv, regionCsv, sourceComparisonCsv } from '../analyses/analysis-csv';
import { mirrorFigure } from '../analyses/mirror';
import { regionFigure } from '../analyses/region';
import { sourceComparisonFigure } from '../analyses/source-comparison';

// One call per view that the page, the CSV route and the image route all make, so a download is
// exactly what the page shows (house rule 4).
export async function loadAnalysis(view: AnalysisView, state: AnalysisState): Promise<AnalysisResult> {
  switch (view) {
    case 'mirror': {
      const data = await getMirror(state);
      return {
        view,
        state,
        data,
        figure: { ...mirrorFigure(data.pairs, state.from, state.to), sources: data.sources },
      };
    }
    case 'region': {
      const data = await getRegion(state);
      const figure = regionFigure(data.panels, state.flow, state.source, state.from, state.to);
      return { view, state, data, figure: { ...figure, sources: data.sources } };
    }
    case 'ranking':
      return { view, state, data: await getRanking(state), figure: null };
    case 'sources': {
      const data = await getSourceComparison(state);
      return { view, state, data, figure: sourceComparisonFigure(data, state.from, state.to) };
    }
  }
}

export function analysisTable(result: AnalysisResult, viewUrl: string) {
  switch (result.view) {
    case 'mirror':
      return mirrorCsv(result.data.pairs, result.data.sources, viewUrl);
    case 'region':
      return regionCsv(result.data.panels, result.state.flow, result.data.sourceOf, viewUrl);
    case 'ranking': {
      const { ranking, reporterName, source } = result.data;
      return rankingCsv(
        ranking,
        { code: result.state.reporter, name: reporterName, flow: result.state.flow },
        source,
        viewUrl,
      );
    }
    case 'sources':
      return sourceComparisonCsv(result.data, result.state.reporter, viewUrl);
  }
}

// e.g. "mirror-kaz-chn-rus-import-export-1995-2017"; the extension is the caller's.
export function analysisFileStem(view: AnalysisView, state: AnalysisState): string {
  const years = (a: number, b: number) => (a === b ? String(a) : `${a}-${b}`);
  const parts: Record<AnalysisView, (string | number)[]> = {
    mirror: [state.reporter, ...state.partners, ...state.flows, years(state.from, state.to)],
    region: [...state.reporters, state.flow, state.source, years(state.from, state.to)],
    ranking: [state.reporter, state.flow, state.source, state.year, 'vs', state.base],
    sources: [
      state.reporter,
      ...state.partners,
      ...state.flows,
      'wits-vs-imf-dots',
      years(state.from, state.to),
    ],
  };
  return slug([view, ...parts[view]].join('-'));
}
