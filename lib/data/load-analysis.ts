import 'server-only';
import type { AnalysisState, AnalysisView } from '../view-state/analysis-state';
import type { AnalysisResult } from '../analyses/analysis-result';
import { getMap } from './get-map';
import { getMirror } from './get-mirror';
import { getProfile } from './get-profile';
import { getRanking } from './get-ranking';
import { getRegion } from './get-region';
import { getSourceComparison } from './get-source-comparison';
import { mirrorFigure } from '../analyses/mirror';
import { profileFigure } from '../analyses/profile';
import { regionFigure } from '../analyses/region';
import { sourceComparisonFigure } from '../analyses/source-comparison';

// One call per view that the page, the CSV route and the image route all make, so a download is
// exactly what the page shows (house rule 4).
export async function loadAnalysis(view: AnalysisView, state: AnalysisState): Promise<AnalysisResult> {
  switch (view) {
    case 'mirror': {
      const data = await getMirror(state);
      return { view, state, data, figure: mirrorFigure(data, state) };
    }
    case 'region': {
      const data = await getRegion(state);
      return { view, state, data, figure: regionFigure(data, state) };
    }
    case 'ranking':
      return { view, state, data: await getRanking(state), figure: null };
    case 'sources': {
      const data = await getSourceComparison(state);
      return { view, state, data, figure: sourceComparisonFigure(data, state) };
    }
    case 'map':
      return { view, state, data: await getMap(state), figure: null };
    case 'profile': {
      const data = await getProfile(state);
      return { view, state, data, figure: profileFigure(data, state) };
    }
  }
}
