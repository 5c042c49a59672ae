import 'server-only';
import type { DashboardState } from '../view-state/dashboard-state';
import { describeView } from '../panel/view-title';
import { getArticleInfo } from './get-article';
import { getEconomyNames } from './get-economy-names';

// A view's title and description with its economies' names: the dashboard's and the embed's metadata.
export async function getViewDescription(state: DashboardState) {
  const [names, article] = await Promise.all([
    getEconomyNames([state.reporter, ...state.partners]),
    getArticleInfo(),
  ]);
  return describeView(state, (code) => names.get(code) ?? code, article);
}
