'use client';
import { useState } from 'react';
import type { ArticleInfo, ArticleNote } from '@/lib/article-types';
import type { DashboardState } from '@/lib/dashboard-state';
import type { SeriesResponse } from '@/lib/series-types';
import { buildPanelModel, placeNotes } from '../charts/chart-model';
import { ChartPanel } from '../charts/chart-panel';

type Props = { state: DashboardState; series: SeriesResponse; notes: ArticleNote[]; article: ArticleInfo };

// One chart of a view and nothing around it, for framing in other sites.
export function EmbedView({ state, series, notes, article }: Props) {
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const flow = state.flows[0];
  const placed = state.annotations ? placeNotes(notes, state.from, state.to) : [];
  return (
    <ChartPanel
      model={buildPanelModel(series.series, flow, state.measure, placed)}
      reporterName={series.series[0]?.reporterName ?? state.reporter}
      initialView={state.view}
      showNotes={state.annotations}
      selectedNoteId={selectedNoteId}
      onSelectNote={setSelectedNoteId}
      article={article}
      source={series.source}
      fillSource={series.fillSource}
    />
  );
}
