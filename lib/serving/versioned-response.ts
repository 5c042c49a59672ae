import 'server-only';
import { BUILD_ID } from './build-id';
import { keptByFront } from './kept-by-front';
import { resultCache } from './result-cache';
import { etagMatches, notModifiedResponse, viewEtag, VIEW_CACHE_CONTROL } from './cache-headers';

type StoredResponse = { status: number; headers: [string, string][]; body: ArrayBuffer };

export type Representation = {
  version: number; // the data version the request works with
  key: string; // everything else that picks the bytes: route, format, origin, canonical query
  keepBody?: boolean; // false for bodies too large to keep (whole-dataset CSVs); default true
};

// A view response that is a pure function of (data version, key): a strong ETag, 304 for a
// matching If-None-Match without producing anything, and the body kept in the result cache so
// the next reader of the same view gets the same bytes without recomputing them (unless the
// front keeps it: lib/serving/kept-by-front.ts; concurrent readers still share one computation).
// Only 200s are kept and tagged; errors pass through as produced.
export async function versionedResponse(
  request: Request,
  { version, key, keepBody = true }: Representation,
  produce: () => Promise<Response>,
): Promise<Response> {
  const etag = viewEtag(BUILD_ID, version, key);
  if (etagMatches(request.headers.get('if-none-match'), etag))
    return notModifiedResponse(etag, VIEW_CACHE_CONTROL);

  if (!keepBody) {
    const response = await produce();
    if (response.status !== 200) return response;
    const headers = new Headers(response.headers);
    headers.set('ETag', etag);
    headers.set('Cache-Control', VIEW_CACHE_CONTROL);
    return new Response(response.body, { status: 200, headers });
  }

  const keep = !keptByFront(request.headers);
  const stored = (await resultCache.get(version, `response:${key}`, async () => {
    const response = await produce();
    const body = await response.arrayBuffer();
    const value: StoredResponse = { status: response.status, headers: [...response.headers], body };
    // A size past any bound keeps it out of the cache (it is still shared by concurrent callers).
    const kept = keep && response.status === 200;
    return { value, bytes: kept ? body.byteLength + 1024 : Number.POSITIVE_INFINITY };
  })) as StoredResponse;

  const headers = new Headers(stored.headers);
  if (stored.status === 200) {
    headers.set('ETag', etag);
    headers.set('Cache-Control', VIEW_CACHE_CONTROL);
  }
  return new Response(stored.body, { status: stored.status, headers });
}
