'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { ArticleInfo, ArticleNote, ClaimCheck } from '@/lib/article/article-types';
import { partnersQueryOptions } from '@/lib/client/partners-query';
import { seriesQueryOptions } from '@/lib/client/series-query';
import type { Catalog } from '@/lib/view-state/catalog';
import { dashboardQueryString, panelView, withPanelView } from '@/lib/view-state/dashboard-state';
import { articleAbsentReason, articleCoversView } from '@/lib/panel/article-scope';
import { placeNotes } from '@/lib/panel/notes';
import { viewPanels } from '@/lib/panel/panel-model';
import { describeView } from '@/lib/panel/view-title';
import { ViewBrief } from '../brief/view-brief';
import { viewUrl } from '@/lib/view-state/view-url';
import { ChartPanel } from '../charts/chart-panel';
import { ShareActions } from '../controls/share-actions';
import { useDashboardState, type ContextProps } from '../controls/use-dashboard-state';
import { ViewControls } from '../controls/view-controls';
import { ViewSettings } from '../controls/view-settings';
import { PrintStamp } from '../ui/print-stamp';
import { useHydrated } from '../ui/use-hydrated';
import { NotesList } from '../notes/notes-list';
import { ClaimsTable } from '../claims/claims-table';
import { VersionNotice } from '../versions/version-notice';
import { UrlNotice } from './url-notice';
import { ViewHeader } from './view-header';

type Props = {
  years: ContextProps['years'];
  dataVersions: ContextProps['dataVersions'];
  notes: ArticleNote[];
  claims: ClaimCheck[];
  article: ArticleInfo;
  catalog: Catalog;
  origin: string; // the public origin (lib/serving/public-origin.ts): the printed view's address
};

// The whole view: heading, controls, panels, the article's notes and claim checks (on views of the
// reporter the article is about; elsewhere one line says why they are absent).
export function Dashboard({ notes, claims, article, catalog, years, dataVersions, origin }: Props) {
  const economyCodes = useMemo(() => Object.keys(catalog.names), [catalog]);
  const { state, issues, update, navigate } = useDashboardState({ economyCodes, years, dataVersions });
  const { data, error, isFetching } = useQuery({
    ...seriesQueryOptions(state),
    placeholderData: keepPreviousData,
  });
  // The current reporter's partners came with the page; another's are fetched when it is chosen.
  const partners = useQuery(partnersQueryOptions(state.source, state.reporter));
  const [selectedNoteId, setSelectedNoteId] = useState<string | null>(null);
  const placed = useMemo(() => placeNotes(notes, state.from, state.to), [notes, state.from, state.to]);
  const covered = articleCoversView(state);
  const showNotes = state.annotations && covered;
  const hydrated = useHydrated();
  const nameOf = (code: string) => catalog.names[code] ?? code;

  const panels = data ? viewPanels(state, data, notes) : [];
  const title = describeView(state, nameOf, article).title;
  // The server names the first view; later views, written to the address without a reload, too.
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <ViewHeader state={state} nameOf={nameOf} findings={panels} article={article} showArticle={covered} />
      {/* The permalink names the data version, as Copy link does, so the printout reopens the same numbers. */}
      <PrintStamp
        url={viewUrl({ ...state, version: state.version ?? (dataVersions.current || null) }, origin)}
      />
      <div className="dashboard" aria-busy={isFetching} data-hydrated={hydrated}>
        <UrlNotice issues={issues} />
        {data?.sinceLink ? (
          <VersionNotice sinceLink={data.sinceLink} state={state} nameOf={nameOf} navigate={navigate} />
        ) : null}
        <ViewSettings state={state} nameOf={nameOf}>
          <ViewControls
            state={state}
            catalog={catalog}
            partners={partners.data?.partners ?? null}
            partnersFailed={partners.isError}
            years={years}
            nameOf={nameOf}
            update={update}
          />
        </ViewSettings>
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
        {covered ? null : (
          <p className="article-absent" data-testid="article-absent">
            {articleAbsentReason(nameOf, state.reporter)}
          </p>
        )}
        <div className={showNotes ? 'layout' : 'layout no-aside'}>
          <div className="panels" data-panels={panels.length}>
            {data
              ? panels.map((model) => (
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
        {/* After the charts: the first screen is the finding and its chart; taking the view elsewhere follows. */}
        <ShareActions state={state} source={data?.source ?? null} currentVersion={dataVersions.current} />
        <ViewBrief view="dashboard" query={dashboardQueryString(state)} />
      </div>
      {covered ? <ClaimsTable claims={claims} article={article} /> : null}
    </>
  );
}
