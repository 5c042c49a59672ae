import type { AnalysisView } from '@/lib/view-state/analysis-state';

// The view as a file: CSV with provenance, SVG and PNG drawn on the server, and an embeddable page.
export function AnalysisDownloads({ view, query }: { view: AnalysisView; query: string }) {
  return (
    <ul className="analysis-downloads" aria-label="Download or embed this view" data-swap="downloads">
      <li>
        <a href={`/api/analyses/${view}/csv${query}`} download>
          Download CSV
        </a>
      </li>
      <li>
        <a href={`/api/analyses/${view}/svg${query}`}>SVG image</a>
      </li>
      <li>
        <a href={`/api/analyses/${view}/png${query}`}>PNG image</a>
      </li>
      <li>
        <a href={`/embed/${view}${query}`}>Embeddable version</a>
      </li>
    </ul>
  );
}
