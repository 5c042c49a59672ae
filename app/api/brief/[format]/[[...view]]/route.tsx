// GET /api/brief/pdf|xlsx|cite[/<analysis view>]?<view query> — the view at that address (/ or /<view>)
// as a one-page PDF brief, an Excel workbook, or its citation (JSON: APA, BibTeX, RIS), read by the
// view's own parser; 400 lists invalid parameters, 404 answers an unknown view or format.
import type { NextRequest } from 'next/server';
import { briefCharts } from '@/components/brief/brief-charts';
import { BRIEF_FORMATS, isBriefFormat, type Brief, type BriefFormat } from '@/lib/brief/brief';
import { briefPdf } from '@/lib/brief/brief-pdf';
import { briefWorkbook } from '@/lib/brief/brief-workbook';
import { citeView } from '@/lib/brief/citation';
import { getStateContext } from '@/lib/data/get-state-context';
import { loadBrief, type BriefRequest } from '@/lib/data/load-brief';
import { invalidParamsResponse } from '@/lib/serving/invalid-params-response';
import { publicOrigin } from '@/lib/serving/public-origin';
import { respondWithDataVersion, versionedResponse } from '@/lib/serving/versioned-response';
import { parseViewTarget, viewTargetQuery } from '@/lib/view-state/permalink';

type Context = { params: Promise<{ format: string; view?: string[] }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { format, view: segments = [] } = await params;
  const viewName = segments.length === 0 ? 'dashboard' : segments.length === 1 ? segments[0] : null;
  if (!isBriefFormat(format) || viewName === null)
    return notFound(
      'Unknown brief: use /api/brief/pdf|xlsx|cite for the dashboard, /api/brief/pdf|xlsx|cite/<view> for a view.',
    );

  return respondWithDataVersion(request, async (version) => {
    const parsed = parseViewTarget(viewName, request.nextUrl.searchParams, await getStateContext());
    if (parsed === null) return notFound(`Unknown view "${viewName}".`);
    if (parsed.issues.length > 0) return invalidParamsResponse(parsed.issues);
    const origin = publicOrigin();
    // The day made is the citation's access date, so it is part of what picks the bytes.
    const made = new Date().toISOString().slice(0, 10);
    const key = `${origin}${request.nextUrl.pathname}${viewTargetQuery(parsed.target)}\n${made}`;
    return versionedResponse(request, { version, key }, () =>
      render(parsed.target, format, { version, origin, made }),
    );
  });
}

async function render(
  target: Parameters<typeof loadBrief>[0],
  format: BriefFormat,
  request: BriefRequest,
): Promise<Response> {
  const { brief, drawing } = await loadBrief(target, request);
  if (format === 'cite') return Response.json({ ...citeView(brief), permalink: brief.permalink });
  let body: Buffer;
  if (format === 'pdf') {
    // Imported when called: Next refuses a static import of react-dom/server in server code.
    const { renderToStaticMarkup } = await import('react-dom/server');
    const charts = briefCharts(drawing).map((chart) => renderToStaticMarkup(chart));
    body = await briefPdf({ ...brief, charts } satisfies Brief);
  } else body = await briefWorkbook({ ...brief, charts: [] });
  const name = `${brief.fileStem}.${BRIEF_FORMATS[format].extension}`;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': BRIEF_FORMATS[format].contentType,
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

const notFound = (text: string) =>
  new Response(`${text}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
