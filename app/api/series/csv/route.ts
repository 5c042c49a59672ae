// GET /api/series/csv — the view's series as a CSV download, same parameters as /api/series; 400 (plain text) lists invalid ones.
import { toCsv } from '@/lib/csv/csv';
import { getArticleNotes } from '@/lib/data/get-article';
import { getSeries } from '@/lib/data/get-series';
import { seriesDownloadName } from '@/lib/csv/download-name';
import { csvResponse } from '@/lib/serving/csv-response';
import { withView } from '@/lib/serving/with-view';
import { seriesCsv } from '@/lib/csv/series-to-csv-rows';
import { viewUrl } from '@/lib/view-state/view-url';

export const GET = withView('text', async ({ state, origin }) => {
  const [series, notes] = await Promise.all([getSeries(state), state.annotations ? getArticleNotes() : []]);
  const { columns, rows } = seriesCsv(series, notes, viewUrl(state, origin));
  return csvResponse(toCsv(columns, rows), seriesDownloadName(series));
});
