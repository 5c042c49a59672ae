import 'server-only';
import { compareSources, type SourceComparison } from '../analyses/source-comparison';
import { DEFAULT_STATE } from '../view-state/dashboard-state';
import { type AnalysisState } from '../view-state/analysis-state';
import { getSeries } from './get-series';

// The same shares from both publishers, read exactly as the dashboard reads each one.
export async function getSourceComparison(state: AnalysisState): Promise<SourceComparison> {
  const view = {
    ...DEFAULT_STATE,
    reporter: state.reporter,
    partners: state.partners,
    flows: state.flows,
    from: state.from,
    to: state.to,
    measure: 'share' as const,
    fill: false,
  };
  const [wits, dots] = await Promise.all([
    getSeries({ ...view, source: 'wits' }),
    getSeries({ ...view, source: 'dots' }),
  ]);
  return compareSources(wits, dots);
}
