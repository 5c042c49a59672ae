import { spanOf, type Catalog, type YearSpan } from '../view-state/catalog';
import type { AnalysisState, AnalysisView } from '../view-state/analysis-state';
import type { Source } from '../view-state/trade-terms';

// The (source, reporter) reads a view's figures come from: its year pickers offer their years.
export function analysisReads(
  view: AnalysisView,
  state: AnalysisState,
  catalog: Catalog,
): [Source, string][] {
  const each = (source: Source, reporters: string[]) => reporters.map((r): [Source, string] => [source, r]);
  switch (view) {
    case 'mirror': // the reporter's own IMF DOTS figures and each partner's of the same trade
      return each('dots', [state.reporter, ...state.partners]);
    case 'region':
      return each(state.source, state.reporters);
    case 'ranking':
      return each(state.source, [state.reporter]);
    case 'sources':
      return [...each('wits', [state.reporter]), ...each('dots', [state.reporter])];
    case 'map': // every economy that reports to IMF DOTS
      return each('dots', catalog.reporters.dots);
    case 'profile':
      return each(
        'wits',
        [state.reporter, state.compare].filter((code) => code !== ''),
      );
  }
}

// The years a view's year pickers offer: those its data has, or every dataset's when it has none.
export function analysisYears(
  view: AnalysisView,
  state: AnalysisState,
  catalog: Catalog,
  fallback: YearSpan,
): YearSpan & { fromData: boolean } {
  const span = spanOf(catalog, analysisReads(view, state, catalog));
  return span ? { ...span, fromData: true } : { ...fallback, fromData: false };
}
