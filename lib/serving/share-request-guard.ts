import { readShareLimits } from '../data/share-limits';
import { clientAddress } from './client-address';
import { createRateLimiter } from './rate-limit';
import { isCrossSiteRequest } from './same-origin';

// What POST /api/share checks before reading the body: the dashboard's own pages only (403), JSON
// only (415: an HTML form cannot send it, so a cross-site form post fails even without Origin), and
// a per-client rate limit (429 with Retry-After). Null when the request may proceed.
const takeToken = createRateLimiter(readShareLimits().perClientPerMinute);

export function shareRequestRefusal(request: Request): Response | null {
  if (isCrossSiteRequest(request.headers))
    return Response.json(
      { error: 'Short links can only be made from the dashboard itself' },
      { status: 403 },
    );
  const mediaType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json')
    return Response.json(
      { error: 'The body must be sent as Content-Type: application/json' },
      { status: 415 },
    );
  const limit = takeToken(clientAddress(request.headers));
  if (!limit.allowed)
    return Response.json(
      { error: `Too many short links from this address; try again in ${limit.retryAfterSeconds} s` },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    );
  return null;
}
