'use client';
import { useState } from 'react';
import type { ArticleInfo } from '@/lib/article-types';
import type { View } from '@/lib/dashboard-state';
import type { SourceInfo } from '@/lib/series-types';
import { NotesList } from '../notes/notes-list';
import { ChartLegend } from './chart-legend';
import type { PanelModel } from './chart-model';
import { DataTable } from './data-table';
import { ShareChart } from './share-chart';
import { StaticChart } from './static-chart';
import { useHydrated } from '../ui/use-hydrated';
import { SourceLine } from './source-line';

type Props = {
  model: PanelModel;
  reporterName: string;
  initialView: View;
  showNotes: boolean;
  selectedNoteId: string | null;
  onSelectNote: (id: string | null) => void;
  article: ArticleInfo;
  source: SourceInfo | null;
  fillSource: SourceInfo | null;
  imageQuery?: string; // the view of this panel alone, for its image downloads; none in embeds
};

// One flow's figure: title and plain-language summary, chart or table, legend, notes, sources.
export function ChartPanel({
  model,
  reporterName,
  initialView,
  showNotes,
  selectedNoteId,
  onSelectNote,
  article,
  source,
  fillSource,
  imageQuery,
}: Props) {
  const [view, setView] = useState<View>(initialView);
  const hydrated = useHydrated();
  const headingId = `panel-${model.flow}-title`;
  const years =
    model.rows.length > 0 ? `${model.rows[0].year}–${model.rows[model.rows.length - 1].year}` : '';
  return (
    <figure className="panel" aria-labelledby={headingId} data-testid={`panel-${model.flow}`}>
      <figcaption>
        <div className="panel-heading">
          <h2 id={headingId}>
            {model.title}: {reporterName}, {years}
          </h2>
          <button
            type="button"
            className="toggle"
            aria-pressed={view === 'table'}
            onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
          >
            {view === 'chart' ? 'Show table' : 'Show chart'}
          </button>
        </div>
        <p className="summary" data-testid={`summary-${model.flow}`}>
          {model.summary}
        </p>
      </figcaption>
      {view === 'chart' ? (
        <>
          <ChartLegend lines={model.lines} />
          {/* The static drawing is what the server sends and what prints (it scales to the page);
              the interactive chart replaces it on screen once the browser has taken over. */}
          {hydrated ? (
            <ShareChart
              model={model}
              showNotes={showNotes}
              selectedNoteId={selectedNoteId}
              onOpenNote={onSelectNote}
            />
          ) : null}
          <div className={hydrated ? 'print-only' : undefined}>
            <StaticChart model={model} showNotes={showNotes} />
          </div>
        </>
      ) : null}
      <DataTable model={model} caption={`${model.title}: ${model.summary}`} visible={view === 'table'} />
      {showNotes && model.notes.length > 0 ? (
        <div className="panel-notes">
          <h3>Notes on this chart</h3>
          <NotesList
            notes={model.notes}
            article={article}
            selectedNoteId={selectedNoteId}
            onSelect={onSelectNote}
            idPrefix={`note-${model.flow}`}
          />
        </div>
      ) : null}
      {source ? (
        <SourceLine source={source} />
      ) : (
        <p className="source-line">No file of this source covers {reporterName}.</p>
      )}
      {fillSource ? <SourceLine source={fillSource} label="Gaps filled from" /> : null}
      {imageQuery !== undefined ? (
        <p className="image-downloads">
          Download this chart:{' '}
          <a href={`/api/chart/png${imageQuery}`} download data-download="png">
            PNG<span className="visually-hidden"> image of {model.title}</span>
          </a>{' '}
          ·{' '}
          <a href={`/api/chart/svg${imageQuery}`} download data-download="svg">
            SVG<span className="visually-hidden"> image of {model.title}</span>
          </a>
        </p>
      ) : null}
    </figure>
  );
}
