import 'server-only';
import type { DashboardState } from '../view-state/dashboard-state';
import { viewPanels, type PanelModel } from '../panel/panel-model';
import type { SeriesResponse } from '../panel/series-types';
import { viewHeading } from '../panel/view-text';
import { getArticleNotes } from './get-article';
import { getSeries } from './get-series';

export type ViewPanels = { models: PanelModel[]; series: SeriesResponse; headline: string };

// Every panel of a view with the page's headline (what each flow shows, from the data): for the
// link-preview card and the page's metadata, which must say what the whole view says, not its first panel.
export async function getViewPanels(state: DashboardState): Promise<ViewPanels> {
  const [series, notes] = await Promise.all([getSeries(state), state.annotations ? getArticleNotes() : []]);
  const models = viewPanels(state, series, notes);
  const names = new Map(
    series.series.flatMap((s) => [
      [s.reporter, s.reporterName] as const,
      [s.partner, s.partnerName] as const,
    ]),
  );
  const headline = viewHeading(state, (code) => names.get(code) ?? code, models);
  return { models, series, headline };
}
