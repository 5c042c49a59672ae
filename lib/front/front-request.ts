import type { IncomingHttpHeaders } from 'node:http';

// Which requests the front may answer from what it stored, and under which key. A response Next
// made is a pure function of (build, data version, the view in the address, the origin the reader
// used, the encodings the reader accepts); the key is exactly those request parts, byte for byte,
// so two requests share an entry only when Next would have answered both the same way.

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

// The pages that are a pure function of the view (the same set as lib/http/page-validator.ts):
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

export function storeKey(url: string, headers: IncomingHttpHeaders): string {
  return [
    url,
    first(headers.host),
    first(headers['x-forwarded-host']),
    first(headers['x-forwarded-proto']),
    first(headers['accept-encoding']),
  ].join('\n');
}

// The data version a view response belongs to, from its ETag ("v<version>-<digest>", lib/http/cache-headers.ts).
export function etagVersion(etag: string | undefined): number | null {
  const match = etag ? /^"v(\d+)-[A-Za-z0-9_-]+"$/.exec(etag) : null;
  return match ? Number(match[1]) : null;
}
