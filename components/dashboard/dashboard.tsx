'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ArticleInfo, ArticleNote } from '@/lib/article-types';
import { seriesQueryOptions } from '@/lib/series-query';
import type { Catalog } from '@/lib/catalog';
import { panelView, withPanelView } from '@/lib/dashboard-state';
import { placeNotes } from '@/lib/notes';
import { viewPanels } from '@/lib/panel-model';
import { ChartPanel } from '../charts/chart-panel';
import { ShareActions } from '../controls/share-actions';
import { useDashboardState, type ContextProps } from '../controls/use-dashboard-state';
import { ViewControls } from '../controls/view-controls';
import { useHydrated } from '../ui/use-hydrated';
import { NotesList } from '../notes/notes-list';
import { UrlNotice } from './url-notice';

type Props = { years: ContextProps['years']; notes: ArticleNote[]; article: ArticleInfo; catalog: Catalog };

export function Dashboard({ notes, article, catalog, years }: Props) {
  const economyCodes = useMemo(() => catalog.economies.map((e) => e.code), [catalog]);
  const { state, issues, update, navigate } = useDashboardState({ economyCodes, years });
  const { data, error, isFetching } = useQuery({
    ...seriesQueryOptions(state),
    placeholderData: keepPreviousData,
  });
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const placed = useMemo(() => placeNotes(notes, state.from, state.to), [notes, state.from, state.to]);
  const showNotes = state.annotations;
  const hydrated = useHydrated();
  const names = useMemo(() => new Map(catalog.economies.map((e) => [e.code, e.name])), [catalog]);
  const nameOf = (code: string) => names.get(code) ?? code;

  return (
    <div className="dashboard" aria-busy={isFetching} data-hydrated={hydrated}>
      <UrlNotice issues={issues} />
      <ViewControls state={state} catalog={catalog} years={years} nameOf={nameOf} update={update} />
      <ShareActions state={state} source={data?.source ?? null} />
      <p role="status" className="fetch-status">
        {isFetching ? 'Updating the charts…' : ''}
      </p>
      {error ? (
        <p role="alert" className="notice">
          {error.message}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Retry
          </button>
        </p>
      ) : null}
      <div className="layout">
        <div className="panels">
          {data
            ? viewPanels(state, data, notes).map((model) => (
                <ChartPanel
                  key={model.flow}
                  model={model}
                  reporterName={data.series[0]?.reporterName ?? state.reporter}
                  view={panelView(state, model.flow)}
                  onChangeView={(view) => navigate(withPanelView(state, model.flow, view))}
                  showNotes={showNotes}
                  selectedNoteId={selectedNoteId}
                  onSelectNote={setSelectedNoteId}
                  article={article}
                  source={data.source}
                  fillSource={data.fillSource}
                  imageState={state}
                />
              ))
            : null}
        </div>
        {showNotes ? (
          <aside className="notes-aside" aria-labelledby="notes-title">
            <h2 id="notes-title">What the article says</h2>
            <p className="muted">
              Events from{' '}
              <a href={article.url}>
                {article.outlet}, “{article.title}”
              </a>{' '}
              ({article.published}), in our words.
              <span className="screen-only"> Choose one to highlight its years.</span>
            </p>
            <NotesList
              notes={placed}
              article={article}
              selectedNoteId={selectedNoteId}
              onSelect={setSelectedNoteId}
              idPrefix="note-aside"
            />
          </aside>
        ) : null}
      </div>
    </div>
  );
}
