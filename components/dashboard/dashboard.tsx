'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ArticleInfo, ArticleNote } from '@/lib/article-types';
import { seriesQueryOptions } from '@/lib/series-query';
import { SOURCE_LABELS } from '@/lib/trade-terms';
import { buildPanelModel, placeNotes } from '../charts/chart-model';
import { ChartPanel } from '../charts/chart-panel';
import { useDashboardState, type ContextProps } from '../controls/use-dashboard-state';
import { useHydrated } from '../ui/use-hydrated';
import { NotesList } from '../notes/notes-list';
import { UrlNotice } from './url-notice';

type Props = ContextProps & { notes: ArticleNote[]; article: ArticleInfo };

export function Dashboard({ notes, article, ...context }: Props) {
  const { state, issues, update } = useDashboardState(context);
  const { data, error, isFetching } = useQuery({ ...seriesQueryOptions(state), placeholderData: keepPreviousData });
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const placed = useMemo(() => placeNotes(notes, state.from, state.to), [notes, state.from, state.to]);
  const showNotes = state.annotations;
  const hydrated = useHydrated();

  return (
    <div className="dashboard" aria-busy={isFetching} data-hydrated={hydrated}>
      <UrlNotice issues={issues} />
      <div className="controls" role="group" aria-label="View settings">
        {state.source === 'wits' ? (
          <label className="switch">
            <input type="checkbox" checked={state.fill} onChange={(event) => update({ fill: event.target.checked })} />
            Fill gaps in {SOURCE_LABELS.wits} with shares computed from {SOURCE_LABELS.dots} (dashed)
          </label>
        ) : null}
        <label className="switch">
          <input type="checkbox" checked={state.annotations} onChange={(event) => update({ annotations: event.target.checked })} />
          Show the article’s notes
        </label>
      </div>
      <p role="status" className="fetch-status">{isFetching ? 'Updating the charts…' : ''}</p>
      {error ? (
        <p role="alert" className="notice">
          {error.message} <button type="button" onClick={() => window.location.reload()}>Retry</button>
        </p>
      ) : null}
      <div className="layout">
        <div className="panels">
          {data
            ? state.flows.map((flow) => (
                <ChartPanel
                  key={`${flow}-${state.view}`}
                  model={buildPanelModel(data.series, flow, state.measure, showNotes ? placed : [])}
                  reporterName={data.series[0]?.reporterName ?? state.reporter}
                  initialView={state.view}
                  showNotes={showNotes}
                  selectedNoteId={selectedNoteId}
                  onSelectNote={setSelectedNoteId}
                  article={article}
                  source={data.source}
                  fillSource={data.fillSource}
                />
              ))
            : null}
        </div>
        {showNotes ? (
          <aside className="notes-aside" aria-labelledby="notes-title">
            <h2 id="notes-title">What the article says</h2>
            <p className="muted">
              Events from <a href={article.url}>{article.outlet}, “{article.title}”</a> ({article.published}), in our words. Choose one to highlight its years.
            </p>
            <NotesList notes={placed} article={article} selectedNoteId={selectedNoteId} onSelect={setSelectedNoteId} idPrefix="note-aside" />
          </aside>
        ) : null}
      </div>
    </div>
  );
}
