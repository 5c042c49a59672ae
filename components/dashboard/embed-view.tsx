'use client';
import { useState } from 'react';
import type { ArticleInfo, ArticleNote } from '@/lib/article/article-types';
import { panelView, type DashboardState, type View } from '@/lib/view-state/dashboard-state';
import { viewPanels } from '@/lib/panel/panel-model';
import type { SeriesResponse } from '@/lib/panel/series-types';
import { ChartPanel } from '../charts/chart-panel';

type Props = { state: DashboardState; series: SeriesResponse; notes: ArticleNote[]; article: ArticleInfo };

// One chart of a view and nothing around it, for framing in other sites. Its chart/table toggle
// stays inside the frame: the host page's address is not ours to write.
export function EmbedView({ state, series, notes, article }: Props) {
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const flow = state.flows[0];
  const [view, setView] = useState<View>(panelView(state, flow));
  const [model] = viewPanels({ ...state, flows: [flow] }, series, notes);
  return (
    <ChartPanel
      model={model}
      reporterName={series.series[0]?.reporterName ?? state.reporter}
      view={view}
      onChangeView={setView}
      showNotes={state.annotations}
      selectedNoteId={selectedNoteId}
      onSelectNote={setSelectedNoteId}
      article={article}
      source={series.source}
      fillSource={series.fillSource}
    />
  );
}
