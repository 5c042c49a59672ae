// GET /api/analyses/<view>/csv|svg|png?<state> — an analysis view as CSV (with provenance columns) or
// as an image drawn on the server; 400 lists invalid parameters.
import { AnalysisExportSvg } from '@/components/analyses/analysis-export-svg';
import { analysisFileStem, analysisTable } from '@/lib/analyses/analysis-download';
import { loadAnalysis } from '@/lib/data/load-analysis';
import { describeAnalysis } from '@/lib/analyses/describe-analysis';
import { toCsv } from '@/lib/csv/csv';
import {
  analysisQueryString,
  ANALYSIS_VIEWS,
  isAnalysisView,
  parseAnalysisState,
  type AnalysisState,
  type AnalysisView,
} from '@/lib/view-state/analysis-state';
import { getEconomyNames } from '@/lib/data/get-economy-names';
import { getStateContext } from '@/lib/data/get-state-context';
import { csvResponse } from '@/lib/serving/csv-response';
import { invalidParamsResponse } from '@/lib/serving/invalid-params-response';
import { pngResponse } from '@/lib/serving/png-response';
import { respondWithDataVersion, versionedResponse } from '@/lib/serving/versioned-response';
import { publicOrigin } from '@/lib/serving/public-origin';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
} as const;

export async function GET(
  request: Request,
  { params }: { params: Promise<{ view: string; format: string }> },
) {
  const { view: viewParam, format } = await params;
  if (!isAnalysisView(viewParam) || !(format in FORMATS))
    return new Response(
      `Unknown view or format: use /api/analyses/${ANALYSIS_VIEWS.join('|')}/csv|svg|png.`,
      { status: 404 },
    );
  const view = viewParam;
  const url = new URL(request.url);
  const context = await getStateContext();
  const { state, issues } = parseAnalysisState(view, url.searchParams, context);
  if (issues.length > 0) return invalidParamsResponse(issues);

  // A pure function of (data version, canonical view): ETag, 304 and the kept body, like every view.
  const origin = publicOrigin();
  const query = analysisQueryString(view, state, context.years);
  const key = `${origin}${url.pathname}${query}`;
  return respondWithDataVersion(request, (version) =>
    versionedResponse(request, { version, key }, () =>
      render(view, state, format as keyof typeof FORMATS, `${origin}/${view}${query}`),
    ),
  );
}

async function render(
  view: AnalysisView,
  state: AnalysisState,
  format: keyof typeof FORMATS,
  viewUrl: string,
): Promise<Response> {
  const result = await loadAnalysis(view, state);
  const name = `${analysisFileStem(view, state)}.${format}`;
  const headers = {
    'content-type': FORMATS[format],
    'content-disposition': `${format === 'csv' ? 'attachment' : 'inline'}; filename="${name}"`,
    'x-content-type-options': 'nosniff',
  };
  if (format === 'csv') {
    const table = analysisTable(result, viewUrl);
    return csvResponse(toCsv(table.columns, table.rows), name);
  }

  const names = await getEconomyNames([state.reporter, ...state.partners, ...state.reporters, state.compare]);
  const { title } = describeAnalysis(view, state, (code) => names.get(code) ?? code);
  // Imported when called: Next refuses a static import of react-dom/server in server code.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const svg = renderToStaticMarkup(<AnalysisExportSvg result={result} title={title} viewUrl={viewUrl} />);
  if (format === 'svg') return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers });
  return pngResponse(svg, 1000, headers); // 503 + Retry-After when the PNG queue is full
}
