// Runs before every page (Next 16's proxy, formerly middleware): a dashboard or embed page whose
// ETag the browser already holds gets 304 here, before anything renders.
import { NextResponse, type NextRequest } from 'next/server';
import { etagMatches, notModifiedResponse, PAGE_CACHE_CONTROL } from '@/lib/http/cache-headers';
import { pageEtag } from '@/lib/http/page-validator';

export async function proxy(request: NextRequest) {
  const etag = await pageEtag(request);
  if (!etag) return NextResponse.next();
  // A 304 carries no Content-Security-Policy: the browser keeps the one stored with the page,
  // whose nonce matches the stored HTML (a new nonce here would block the page's own scripts).
  if (etagMatches(request.headers.get('if-none-match'), etag))
    return notModifiedResponse(etag, PAGE_CACHE_CONTROL);
  const response = NextResponse.next();
  response.headers.set('ETag', etag);
  response.headers.set('Cache-Control', PAGE_CACHE_CONTROL);
  return response;
}

export const config = { matcher: ['/', '/embed'] };
