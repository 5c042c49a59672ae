import 'server-only';
import { confirmDataVersion, withDataVersion } from '../data/cached-by-version';
import { DatabaseUnavailable } from '../database/read-context';
import { BUILD_ID } from './build-id';
import {
  etagMatches,
  NO_STORE,
  notModifiedResponse,
  STREAMED_CACHE_CONTROL,
  viewEtag,
  VIEW_CACHE_CONTROL,
} from './cache-headers';
import { unavailableResponse } from './unavailable-response';

export type Representation = {
  version: number; // the data version the request works with (withDataVersion)
  key: string; // everything else that picks the bytes: route, format, origin, canonical query
  streamed?: boolean; // a body read while it is sent (whole-dataset CSVs): tagged, never kept by a shared cache
};

/**
 * A route's work inside the request's read context (withDataVersion), answered 503 with
 * Retry-After, never 500, when the database turns unreadable after the proxy let the request in.
 */
export function respondWithDataVersion(
  request: Request,
  work: (version: number) => Promise<Response>,
): Promise<Response> {
  return withDataVersion(work).catch((error: unknown) => {
    if (error instanceof DatabaseUnavailable) return unavailableResponse(new URL(request.url).pathname);
    throw error;
  });
}

// A view response that is a pure function of (data version, key): a strong ETag, and 304 for a
// matching If-None-Match without producing anything. The body is kept by the front
// (lib/serving/response-store.ts), not here. A body computed while a load committed is sent with
// no ETag and `no-store`, so that no cache pairs this version's tag with another's data: after the
// body is made, every database it read must still be at the version (docs/deploy.md).
export async function versionedResponse(
  request: Request,
  { version, key, streamed = false }: Representation,
  produce: () => Promise<Response>,
): Promise<Response> {
  const etag = viewEtag(BUILD_ID, version, key);
  if (etagMatches(request.headers.get('if-none-match'), etag))
    return notModifiedResponse(etag, streamed ? STREAMED_CACHE_CONTROL : VIEW_CACHE_CONTROL);
  const response = await produce();
  if (response.status !== 200) return response;
  const body = streamed ? response.body : await response.arrayBuffer();
  const headers = new Headers(response.headers);
  if (streamed) {
    headers.set('ETag', etag);
    headers.set('Cache-Control', STREAMED_CACHE_CONTROL);
  } else if (await confirmDataVersion()) {
    headers.set('ETag', etag);
    headers.set('Cache-Control', VIEW_CACHE_CONTROL);
  } else {
    headers.set('Cache-Control', NO_STORE);
  }
  return new Response(body, { status: 200, headers });
}
