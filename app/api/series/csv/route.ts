// GET /api/series/csv — the view's series as a CSV download, same parameters as /api/series; 400 (plain text) lists invalid ones.
import { type NextRequest } from 'next/server';
import { toCsv } from '@/lib/csv';
import { dashboardQueryString, parseDashboardState } from '@/lib/dashboard-state';
import { getArticleNotes } from '@/lib/data/get-article';
import { getSeries } from '@/lib/data/get-series';
import { getStateContext } from '@/lib/data/get-state-context';
import { requestOrigin } from '@/lib/request-origin';
import { seriesDownloadName } from '@/lib/download-name';
import { invalidParamsResponse } from '@/lib/invalid-params-response';
import { SERIES_CSV_COLUMNS, seriesToCsvRows } from '@/lib/series-to-csv-rows';

export async function GET(request: NextRequest) {
  const { state, issues } = parseDashboardState(request.nextUrl.searchParams, await getStateContext());
  if (issues.length > 0) return invalidParamsResponse(issues);
  const [series, notes] = await Promise.all([getSeries(state), state.annotations ? getArticleNotes() : []]);
  const viewUrl = `${requestOrigin(request.headers, request.nextUrl.origin)}/${dashboardQueryString(state)}`;
  return new Response(toCsv(SERIES_CSV_COLUMNS, seriesToCsvRows(series, notes, viewUrl)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${seriesDownloadName(series)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
