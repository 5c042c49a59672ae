import type { AnalysisView } from '@/lib/view-state/analysis-state';
import { briefPath } from '@/lib/view-state/permalink';
import { CitePanel } from './cite-panel';
import './view-brief.css';

type Props = { view: 'dashboard' | AnalysisView; query: string }; // query: the view's canonical "?…"

// The view for a brief: a one-page PDF and an Excel workbook made on the server, and its citation.
export function ViewBrief({ view, query }: Props) {
  return (
    <div className="view-brief" role="group" aria-label="Brief, workbook and citation">
      <a className="button" href={briefPath('pdf', view, query)} download data-download="pdf">
        PDF brief (one page)
      </a>
      <a className="button" href={briefPath('xlsx', view, query)} download data-download="xlsx">
        Excel workbook
      </a>
      <CitePanel key={query} path={briefPath('cite', view, query)} />
    </div>
  );
}
