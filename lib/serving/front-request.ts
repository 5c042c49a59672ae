import type { IncomingHttpHeaders } from 'node:http';
// Next's own rule for the crawlers it renders pages differently for (metadata in the head rather
// than streamed): the key follows it, so a crawler and a browser never share a stored page.
import { getBotType } from 'next/dist/shared/lib/router/utils/is-bot';

// Which requests the front may answer from what it stored, and under which key. A response Next
// made is a pure function of (build, data version, the view in the address, the origin the reader
// used, the encodings the reader accepts, whether it is a crawler Next treats apart); the key is
// exactly those request parts, so two requests share an entry only when Next would have answered
// both the same way.

// Requests whose answer depends on more than the address: React's own navigation and prefetch
// (RSC payloads), Server Actions, partial content, anything with credentials.
const PASS_THROUGH_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'range',
  'authorization',
  'cookie',
];

// The pages that are a pure function of the view (the same set as lib/serving/page-validator.ts):
// the front renders them with a placeholder nonce and replaces it per response.
const VIEW_PAGES = new Set(['/', '/embed']);

export function mayUseStore(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return method === 'GET' && !PASS_THROUGH_HEADERS.some((name) => name in headers);
}

export function isViewPage(url: string): boolean {
  const path = url.split('?')[0];
  return VIEW_PAGES.has(path);
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

// Longer keys are not kept (a long address is served, just not remembered): it bounds what an
// entry's key can cost the store.
export const MAX_KEY_LENGTH = 2048;

/** The key of a request, or null when it is too long to keep. */
export function storeKey(url: string, headers: IncomingHttpHeaders): string | null {
  // A page is rendered uncompressed and compressed per response (front-handler.ts): only whether
  // the reader takes gzip matters. Anything else is kept as Next compressed it for that header.
  const encoding = isViewPage(url)
    ? String(acceptsGzip(header(headers, 'accept-encoding')))
    : first(headers['accept-encoding']);
  const key = [
    url,
    first(headers.host),
    first(headers['x-forwarded-host']),
    first(headers['x-forwarded-proto']),
    encoding,
    getBotType(first(headers['user-agent'])) ?? '',
  ].join('\n');
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

export function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(', ') : value) ?? null;
}

export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

// The data version a view response belongs to, from its ETag ("v<version>-<digest>", lib/serving/cache-headers.ts).
export function etagVersion(etag: string | undefined): number | null {
  const match = etag ? /^"v(\d+)-[A-Za-z0-9_-]+"$/.exec(etag) : null;
  return match ? Number(match[1]) : null;
}
