// POST /api/share — body { query } (a dashboard query string); stores its canonical form with the data
// version (v=, today's unless given), answers { id, path: "/v/<id>", query }.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { serializeDashboardState } from '@/lib/view-state/dashboard-state';
import { currentDataVersion } from '@/lib/data/cached-by-version';
import { SharedViewTooLongError, SharedViewsFullError, saveSharedView } from '@/lib/data/shared-views';
import { shareRequestRefusal } from '@/lib/serving/share-request-guard';
import { parseViewOr400 } from '@/lib/serving/with-view';

const MAX_BODY_BYTES = 4 * 1024;

const shareRequestSchema = z.object({ query: z.string({ message: 'a string' }) });

export async function POST(request: NextRequest) {
  const refusal = shareRequestRefusal(request);
  if (refusal) return refusal;
  const text = await readBody(request, MAX_BODY_BYTES);
  if (text === null)
    return NextResponse.json({ error: `The body may be at most ${MAX_BODY_BYTES} bytes` }, { status: 413 });

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return NextResponse.json(
      { error: 'The body must be JSON: { "query": "partners=CHN&from=2000" }' },
      { status: 400 },
    );
  }
  const parsedBody = shareRequestSchema.safeParse(body);
  if (!parsedBody.success) {
    const issues = parsedBody.error.issues.map((issue) => ({
      param: issue.path.join('.') || 'body',
      message: issue.message,
    }));
    return NextResponse.json(
      { error: 'The body must be JSON: { "query": string }', issues },
      { status: 400 },
    );
  }

  const query = parsedBody.data.query.replace(/^\?/, '');
  const state = await parseViewOr400(new URLSearchParams(query), 'json');
  if (state instanceof Response) return state;

  // A short link knows the data it was made on, so whoever opens it later learns what changed.
  const version = state.version ?? ((await currentDataVersion()) || null);
  // Defaults left out and parameters in a fixed order: one view, one stored query, one id.
  const canonical = serializeDashboardState({ ...state, version }).toString();
  try {
    const { id } = await saveSharedView(canonical);
    return NextResponse.json({ id, path: `/v/${id}`, query: canonical });
  } catch (error) {
    if (error instanceof SharedViewTooLongError)
      return NextResponse.json({ error: error.message }, { status: 413 });
    if (error instanceof SharedViewsFullError)
      return NextResponse.json({ error: error.message }, { status: 507 });
    throw error;
  }
}

// The body as text, or null past `limit` bytes; reads no further than that, whatever Content-Length claims.
async function readBody(request: NextRequest, limit: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
