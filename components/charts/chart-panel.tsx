'use client';
import type { ArticleInfo } from '@/lib/article/article-types';
import type { DashboardState, View } from '@/lib/view-state/dashboard-state';
import { emptyLineNotes, linesWithValues } from '@/lib/panel/empty-lines';
import { panelTitle, type PanelModel } from '@/lib/panel/panel-model';
import type { SourceInfo } from '@/lib/panel/series-types';
import { MEASURE_UNITS } from '@/lib/view-state/trade-terms';
import { chartImagePath } from '@/lib/view-state/view-url';
import { mirrorPathFor } from '@/lib/view-state/analysis-state';
import { fixedShareEstimateText } from '@/lib/panel/fixed-share-estimates';
import { NotesList } from '../notes/notes-list';
import { ChartLegend } from './chart-legend';
import { DataTable } from './data-table';
import { StaticChart } from './static-chart';
import { SourceLine } from './source-line';
import { useInteractiveChart } from './use-interactive-chart';

type Props = {
  model: PanelModel;
  reporterName: string;
  view: View;
  onChangeView: (view: View) => void;
  showNotes: boolean;
  selectedNoteId: string | null;
  onSelectNote: (id: string | null) => void;
  article: ArticleInfo;
  source: SourceInfo | null;
  fillSource: SourceInfo | null;
  imageState?: DashboardState; // the view, for this panel's image downloads; none in embeds
};

// One flow's figure: title and plain-language summary, chart or table, legend, notes, sources.
export function ChartPanel({
  model,
  reporterName,
  view,
  onChangeView,
  showNotes,
  selectedNoteId,
  onSelectNote,
  article,
  source,
  fillSource,
  imageState,
}: Props) {
  const interactive = useInteractiveChart();
  const headingId = `panel-${model.flow}-title`;
  return (
    <figure className="panel" aria-labelledby={headingId} data-testid={`panel-${model.flow}`}>
      <figcaption>
        <div className="panel-heading">
          <h2 id={headingId}>{panelTitle(model, reporterName)}</h2>
          <button
            type="button"
            className="toggle"
            aria-pressed={view === 'table'}
            onClick={() => onChangeView(view === 'chart' ? 'table' : 'chart')}
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
          <ChartLegend lines={linesWithValues(model)} estimates={model.estimated.length > 0} />
          {emptyLineNotes(model).map((note) => (
            <p key={note} className="empty-line-note" data-testid="empty-line-note">
              {note}
            </p>
          ))}
          {imageState && model.estimated.length > 0 ? (
            <p className="muted estimate-mirror" data-testid={`estimate-mirror-${model.flow}`}>
              {fixedShareEstimateText(model.estimated)}:{' '}
              <a
                href={mirrorPathFor(
                  imageState,
                  model.flow,
                  model.estimated[0].firstYear,
                  model.estimated[model.estimated.length - 1].lastYear,
                )}
              >
                what the partners reported of the same trade (mirror view)
              </a>
              .
            </p>
          ) : null}
          {/* The static drawing is what the server sends and what prints (it scales to the page);
              the interactive chart replaces it on screen once its code has arrived, in a box of the
              same size, so the swap moves nothing. */}
          <div className="chart-box" data-interactive={interactive ? 'true' : 'false'}>
            {interactive ? (
              <interactive.InteractiveChart
                model={model}
                showNotes={showNotes}
                selectedNoteId={selectedNoteId}
                onOpenNote={onSelectNote}
              />
            ) : null}
            <div className={interactive ? 'print-only' : 'static-chart-box'}>
              <StaticChart model={model} showNotes={showNotes} />
            </div>
          </div>
        </>
      ) : null}
      {/* The summary is the figure's caption above; the table's own caption only names what it lists. */}
      <DataTable
        model={model}
        caption={`${model.title}: ${MEASURE_UNITS[model.measure].axis}, by year`}
        visible={view === 'table'}
      />
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
      {imageState ? (
        <p className="image-downloads">
          Download this chart:{' '}
          <a href={chartImagePath('png', imageState, model.flow)} download data-download="png">
            PNG<span className="visually-hidden"> image of {model.title}</span>
          </a>{' '}
          ·{' '}
          <a href={chartImagePath('svg', imageState, model.flow)} download data-download="svg">
            SVG<span className="visually-hidden"> image of {model.title}</span>
          </a>
        </p>
      ) : null}
    </figure>
  );
}
