import type { ArticleNote } from '../article/article-types';
import { csvTable, provenanceColumns, type CsvTable } from './csv-table';
import { noteLabel, notesInYear } from '../panel/notes';
import { notesForView } from '../panel/article-scope';
import type { SeriesResponse } from '../panel/series-types';
import { FIXED_SHARE_FLAG, FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '../panel/fixed-share-estimates';
import { SOURCE_LABELS } from '../view-state/trade-terms';

type Series = SeriesResponse['series'][number];
type SeriesRecord = { series: Series; point: Series['points'][number] };

// A view's series as CSV rows, one per reporter, partner, flow and year, in the order the page
// shows them, each with its provenance (lib/csv/csv-table.ts).

export function seriesCsv(response: SeriesResponse, notes: ArticleNote[], viewUrl: string): CsvTable {
  const { query, source, fillSource, sinceLink } = response;
  // A value the link's version had differently, or else the value shown (unchanged since).
  const then = new Map(sinceLink?.changes.map((c) => [`${c.partner}|${c.flow}|${c.year}`, c.then]));
  const valueAtLink = ({ series, point }: SeriesRecord) => {
    const key = `${series.partner}|${series.flow}|${point.year}`;
    return then.has(key) ? then.get(key) : point.value;
  };
  const filledSource = ({ point: { filled } }: SeriesRecord) =>
    filled
      ? [
          SOURCE_LABELS[filled.source],
          fillSource?.file,
          filled.flag ? `flag: ${filled.flag}` : null,
          filled.fixedShare ? FIXED_SHARE_LABEL : null,
        ]
          .filter(Boolean)
          .join('; ')
      : null;
  const placed = notesForView(query, notes);
  return csvTable<SeriesRecord>(
    {
      reporter: ({ series }) => series.reporter,
      reporter_name: ({ series }) => series.reporterName,
      partner: ({ series }) => series.partner,
      partner_name: ({ series }) => series.partnerName,
      flow: ({ series }) => series.flow,
      measure: ({ series }) => series.measure,
      unit: ({ series }) => series.unit,
      year: ({ point }) => point.year,
      value: ({ point }) => point.value,
      gap_reason: ({ point }) => point.reason, // beside the empty value it explains
      flag: ({ point }) => point.flag,
      estimate: ({ point }) => (point.fixedShare ? FIXED_SHARE_FLAG : null),
      estimate_reason: ({ point }) => (point.fixedShare ? FIXED_SHARE_REASON : null),
      filled_value: ({ point }) => point.filled?.value,
      filled_source: filledSource,
      annotation: ({ point }) => notesInYear(placed, point.year).map(noteLabel).join('; '),
      ...provenanceColumns(['publisher', 'indicator', 'file', 'url', 'sha256', 'loadedAt'], () => source),
      data_version: () => response.dataVersion,
      link_data_version: () => sinceLink?.version,
      value_at_link_version: (record) => (sinceLink ? valueAtLink(record) : null),
      view_url: () => viewUrl,
    },
    response.series.flatMap((series) => series.points.map((point) => ({ series, point }))),
  );
}
