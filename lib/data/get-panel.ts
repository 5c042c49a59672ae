import 'server-only';
import type { DashboardState } from '../view-state/dashboard-state';
import { panelTitle, viewPanels, type PanelModel } from '../panel/panel-model';
import type { SeriesResponse } from '../panel/series-types';
import { getArticleNotes } from './get-article';
import { getSeries } from './get-series';

export type Panel = { model: PanelModel; series: SeriesResponse; title: string };

// The first flow's panel of a view, as the page would draw it: for downloads, previews and embeds.
export async function getFirstPanel(state: DashboardState): Promise<Panel> {
  const [series, notes] = await Promise.all([getSeries(state), state.annotations ? getArticleNotes() : []]);
  const [model] = viewPanels({ ...state, flows: [state.flows[0]] }, series, notes);
  const reporter = series.series[0]?.reporterName ?? state.reporter;
  return { model, series, title: panelTitle(model, reporter) };
}
