// Runs before every route (Next 16's proxy, formerly middleware): rejects malformed addresses
// with 400, answers 503 while the database cannot be read, and sets the security headers and a
// per-request nonce Content-Security-Policy (docs/security.md).
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseReadable } from '@/lib/data/database-status';
import { hasMalformedPercentEncoding } from '@/lib/http/path-encoding';
import { contentSecurityPolicy, isFrameable, SECURITY_HEADERS } from '@/lib/http/security-headers';
import { badPathResponse, unavailableResponse } from '@/lib/http/unavailable-response';

// Built files and the icon need no database.
const NEEDS_NO_DATABASE = /^\/(_next\/|icon\.svg$|favicon\.ico$)/;

export async function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, {
    frameable: isFrameable(pathname),
    development: process.env.NODE_ENV === 'development',
  });

  let response: Response;
  if (hasMalformedPercentEncoding(pathname)) {
    response = badPathResponse();
  } else if (!NEEDS_NO_DATABASE.test(pathname) && !(await isDatabaseReadable())) {
    response = unavailableResponse(pathname);
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }

  response.headers.set('Content-Security-Policy', csp);
  if (!isFrameable(pathname)) response.headers.set('X-Frame-Options', 'SAMEORIGIN');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
