// Runs before every route (Next 16's proxy, formerly middleware): rejects malformed addresses
// with 400, answers 503 while the data version probe says the database cannot be read, answers a
// view page the browser already holds with 304 before anything renders, and sets the security
// headers and a per-request nonce Content-Security-Policy (docs/security.md).
import { NextResponse, type NextRequest } from 'next/server';
import { dataVersionProbe } from '@/lib/database/data-version-probe';
import { etagMatches, NO_STORE, notModifiedResponse, PAGE_CACHE_CONTROL } from '@/lib/serving/cache-headers';
import { pageEtag } from '@/lib/serving/page-validator';
import { freshNonce } from '@/lib/serving/page-nonce';
import { hasMalformedPercentEncoding } from '@/lib/serving/path-encoding';
import { contentSecurityPolicy, isFrameable, SECURITY_HEADERS } from '@/lib/serving/security-headers';
import { badPathResponse, unavailableResponse } from '@/lib/serving/unavailable-response';

// Built files, the icon and the map's shapes need no database.
const NEEDS_NO_DATABASE = /^\/(_next\/|icon\.svg$|favicon\.ico$|map-shapes\.svg$)/;
// Per request, never a view: no cache may keep them (views say what they allow: lib/serving/cache-headers.ts).
const NEVER_STORED = /^\/api\/(health|share)$/;

export async function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;

  let response: Response;
  let csp: string | null = null;
  const probe = dataVersionProbe();
  await probe.ready(); // PostgreSQL: the first poll, once per process
  const version = NEEDS_NO_DATABASE.test(pathname) ? 0 : probe.current();
  if (hasMalformedPercentEncoding(pathname)) {
    response = badPathResponse();
  } else if (version === null) {
    response = unavailableResponse(pathname);
  } else {
    // A database error while the address is read (the page's ETag reads the parser's context):
    // the same 503 as an unreadable database, never the proxy throwing.
    const etag = await pageEtag(request, version).catch(() => false as const);
    if (etag === false)
      return withSecurityHeaders(unavailableResponse(pathname), pathname, freshCsp(pathname));
    if (etag && etagMatches(request.headers.get('if-none-match'), etag)) {
      // No Content-Security-Policy on the 304: the browser keeps the policy stored with the page,
      // whose nonce matches the stored HTML. A new nonce here would replace it (a 304's headers
      // update the stored ones) and block every script of the page it revalidates.
      return withSecurityHeaders(notModifiedResponse(etag, PAGE_CACHE_CONTROL), pathname, null);
    }
    // Always a fresh nonce: the front (lib/serving/) reads it from a page's policy and puts a new
    // one in its place for every response it sends of that render.
    const nonce = freshNonce();
    csp = contentSecurityPolicy(nonce, {
      frameable: isFrameable(pathname),
      development: process.env.NODE_ENV === 'development',
    });
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    if (etag) {
      response.headers.set('ETag', etag);
      response.headers.set('Cache-Control', PAGE_CACHE_CONTROL);
    }
    if (NEVER_STORED.test(pathname)) response.headers.set('Cache-Control', NO_STORE);
  }
  return withSecurityHeaders(response, pathname, csp ?? freshCsp(pathname));
}

const freshCsp = (pathname: string) =>
  contentSecurityPolicy(freshNonce(), { frameable: isFrameable(pathname) });

function withSecurityHeaders(response: Response, pathname: string, csp: string | null): Response {
  if (csp) response.headers.set('Content-Security-Policy', csp);
  if (!isFrameable(pathname)) response.headers.set('X-Frame-Options', 'SAMEORIGIN');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
