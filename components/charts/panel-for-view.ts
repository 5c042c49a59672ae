import 'server-only';
import type { DashboardState } from '@/lib/dashboard-state';
import { getArticleNotes } from '@/lib/data/get-article';
import { getSeries } from '@/lib/data/get-series';
import type { SeriesResponse } from '@/lib/series-types';
import { FLOW_LABELS } from '@/lib/trade-terms';
import { buildPanelModel, placeNotes, type PanelModel } from './chart-model';

export type Panel = { model: PanelModel; series: SeriesResponse; title: string };

// The first flow's panel of a view, as the page would draw it: for downloads, previews and embeds.
export async function panelForView(state: DashboardState): Promise<Panel> {
  const [series, notes] = await Promise.all([getSeries(state), getArticleNotes()]);
  const flow = state.flows[0];
  const model = buildPanelModel(
    series.series,
    flow,
    state.measure,
    state.annotations ? placeNotes(notes, state.from, state.to) : [],
  );
  const reporter = series.series[0]?.reporterName ?? state.reporter;
  return { model, series, title: `${FLOW_LABELS[flow].title}: ${reporter}, ${state.from}–${state.to}` };
}
