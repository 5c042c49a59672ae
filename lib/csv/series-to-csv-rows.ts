import type { ArticleNote } from '../article/article-types';
import type { CsvCell } from './csv';
import { noteLabel, notesInYear } from '../panel/notes';
import { notesForView } from '../panel/article-scope';
import type { SeriesResponse } from '../panel/series-types';
import { FIXED_SHARE_FLAG, FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '../panel/fixed-share-estimates';
import { SOURCE_LABELS } from '../view-state/trade-terms';

// A view's series as CSV rows, one per reporter, partner, flow and year, in the order the page
// shows them. Provenance sits in columns on every row rather than in a preamble, so it survives a
// spreadsheet's sorting and filtering.

export const SERIES_CSV_COLUMNS = [
  'reporter',
  'reporter_name',
  'partner',
  'partner_name',
  'flow',
  'measure',
  'unit',
  'year',
  'value',
  'flag',
  'estimate',
  'estimate_reason',
  'gap_reason',
  'filled_value',
  'filled_source',
  'annotation',
  'source',
  'source_indicator',
  'source_file',
  'source_url',
  'source_sha256',
  'source_loaded_at',
  'data_version',
  'link_data_version',
  'value_at_link_version',
  'view_url',
] as const;

export function seriesToCsvRows(
  response: SeriesResponse,
  notes: ArticleNote[],
  viewUrl: string,
): CsvCell[][] {
  const { query, source, fillSource, sinceLink } = response;
  // A value the link's version had differently, or else the value shown (unchanged since).
  const then = new Map(sinceLink?.changes.map((c) => [`${c.partner}|${c.flow}|${c.year}`, c.then]));
  const valueAtLink = (partner: string, flow: string, point: { year: number; value: number | null }) => {
    const key = `${partner}|${flow}|${point.year}`;
    return then.has(key) ? then.get(key) : point.value;
  };
  const placed = notesForView(query, notes);
  return response.series.flatMap((series) =>
    series.points.map((point) => {
      const filledSource = point.filled
        ? [
            SOURCE_LABELS[point.filled.source],
            fillSource?.file,
            point.filled.flag ? `flag: ${point.filled.flag}` : null,
            point.filled.fixedShare ? FIXED_SHARE_LABEL : null,
          ]
            .filter(Boolean)
            .join('; ')
        : null;
      const row: Record<(typeof SERIES_CSV_COLUMNS)[number], CsvCell> = {
        reporter: series.reporter,
        reporter_name: series.reporterName,
        partner: series.partner,
        partner_name: series.partnerName,
        flow: series.flow,
        measure: series.measure,
        unit: series.unit,
        year: point.year,
        value: point.value,
        flag: point.flag,
        estimate: point.fixedShare ? FIXED_SHARE_FLAG : null,
        estimate_reason: point.fixedShare ? FIXED_SHARE_REASON : null,
        gap_reason: point.reason,
        filled_value: point.filled?.value,
        filled_source: filledSource,
        annotation: notesInYear(placed, point.year).map(noteLabel).join('; '),
        source: source?.publisher,
        source_indicator: source?.indicator,
        source_file: source?.file,
        source_url: source?.url,
        source_sha256: source?.sha256,
        source_loaded_at: source?.loadedAt,
        data_version: response.dataVersion,
        link_data_version: sinceLink?.version,
        value_at_link_version: sinceLink ? valueAtLink(series.partner, series.flow, point) : null,
        view_url: viewUrl,
      };
      return SERIES_CSV_COLUMNS.map((column) => row[column]);
    }),
  );
}
