import { createHash } from 'node:crypto';
import { ANALYSIS_VIEWS } from '../view-state/analysis-state';

// The caching rules of the app's responses: which paths are view pages, a view's ETag and the data
// version it names, whether If-None-Match matches it (the 304), and the Cache-Control of each kind
// of response. proxy.ts (pages), the front (lib/serving/front-handler.ts) and versionedResponse
// (the API, CSV and image routes) use them; whether a route is a view is the route's own choice.

// What a view response may be kept for. Every view is a pure function of (data version, canonical
// view), and its ETag says which: a browser revalidates after a minute (answered by 304 without
// any work while the data is unchanged), a CDN keeps it ten minutes and may serve it stale for a
// day while it revalidates. A load therefore reaches readers behind a CDN within ten minutes,
// those going straight to the server on their next request (a minute for a browser's copy).
export const VIEW_CACHE_CONTROL = 'public, max-age=60, s-maxage=600, stale-while-revalidate=86400';

// A view streamed while it is read (a whole-dataset CSV): its ETag is set before its reads end, so
// no version check can follow it. Not public: neither the front nor a CDN keeps it; a browser may,
// for a minute.
export const STREAMED_CACHE_CONTROL = 'private, max-age=60';

// Pages carry a per-response CSP nonce. A shared cache would hand one nonce to every reader, so
// pages are for the reader's own browser only, and revalidated every time (a 304 costs no render).
export const PAGE_CACHE_CONTROL = 'private, no-cache';

// Health, short-link creation, anything per reader, and a view computed across a load.
export const NO_STORE = 'no-store';

// The pages that are a pure function of (build, data version, address): the dashboard, its embed,
// the analysis pages and their embeds. Rendered once per data version by the front, with a
// placeholder nonce replaced per response, and answered with 304 by the proxy.
const VIEW_PAGES = new Set([
  '/',
  '/embed',
  ...ANALYSIS_VIEWS.flatMap((view) => [`/${view}`, `/embed/${view}`]),
]);

/** Whether a path (no query) is a view page. */
export function isViewPage(pathname: string): boolean {
  return VIEW_PAGES.has(pathname);
}

/** Whether a view page's query is canonicalised by the dashboard's parser (the others key on the raw query). */
export function isDashboardPage(pathname: string): boolean {
  return pathname === '/' || pathname === '/embed';
}

// A strong ETag for one representation: the build, the data version and everything that picks the
// bytes (route, format, canonical query). Quoted, as HTTP requires.
export function viewEtag(build: string, version: number, representation: string): string {
  const digest = createHash('sha256').update(`${build}\n${representation}`).digest('base64url');
  return `"v${version}-${digest.slice(0, 22)}"`;
}

// The data version a view response belongs to, from its ETag.
export function etagVersion(etag: string | undefined): number | null {
  const match = etag ? /^"v(\d+)-[A-Za-z0-9_-]+"$/.exec(etag) : null;
  return match ? Number(match[1]) : null;
}

// The 304 decision. If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a W/ prefix does
// not matter, "*" matches any current representation.
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

// 304: the validators and caching rules only (RFC 9110 §15.4.5). No body, and nothing else that
// would overwrite what the client stored with the 200, such as a new nonce CSP for its old HTML.
export function notModifiedResponse(etag: string, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': cacheControl } });
}
