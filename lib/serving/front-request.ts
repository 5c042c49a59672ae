import type { IncomingHttpHeaders } from 'node:http';
// Next's own rule for the crawlers it renders pages differently for (metadata in the head rather
// than streamed): the key follows it, so a crawler and a browser never share a stored page.
import { getBotType } from 'next/dist/shared/lib/router/utils/is-bot';
import { etagVersion } from './cache-headers';
import { nonceOf } from './page-nonce';
import { pageTemplate } from './page-template';
import type { StoredResponse } from './response-store';

// Which requests the front may answer from what it stored, under which key, and which responses
// it keeps. A response Next made is a pure function of (build, data version, the view in the
// address, the encodings the reader accepts, whether it is a crawler Next treats apart); the key
// is exactly those request parts. Links name the configured public origin
// (lib/serving/public-origin.ts), never the request's Host or X-Forwarded-* headers, so those
// are not in the key.

// Requests whose answer depends on more than the address: React's own navigation and prefetch
// (RSC payloads, Next's middleware prefetch, which answers `{}`), Server Actions, partial
// content, anything with credentials. They go to Next and nothing they get is kept.
const PASS_THROUGH_HEADERS = [
  ...'rsc next-router-state-tree next-router-prefetch next-router-segment-prefetch'.split(' '),
  ...'next-url next-action x-middleware-prefetch x-nextjs-data purpose range authorization cookie'.split(' '),
];

export function mayUseStore(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): boolean {
  return method === 'GET' && !PASS_THROUGH_HEADERS.some((name) => name in headers) && !url?.includes('_rsc=');
}

export const pathOf = (url: string) => url.split('?')[0];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

// Longer keys are not kept (a long address is served, just not remembered): it bounds what an
// entry's key can cost the store.
export const MAX_KEY_LENGTH = 2048;

/** The key of a request, or null when it is too long to keep. */
export function storeKey(url: string, page: boolean, headers: IncomingHttpHeaders): string | null {
  // A page is kept once, plain and compressed, and sent as the reader takes it (front-handler.ts).
  // Anything else is kept as Next compressed it for that header.
  const encoding = page ? '' : first(headers['accept-encoding']);
  const key = `${url}\n${encoding}\n${getBotType(first(headers['user-agent'])) ?? ''}`;
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

// A response worth keeping: a 200 whose ETag names its data version, public for a view, an HTML
// no-cache page for a page (never Next's `{}` for a prefetch); never one that sets a cookie.
export function keptEntry(
  made: { status: number; headers: [string, string][]; body: Buffer | null },
  page: boolean,
): StoredResponse | null {
  const { status, headers, body } = made;
  const get = (name: string) => headers.find(([n]) => n === name)?.[1];
  const etag = get('etag');
  const version = etagVersion(etag);
  if (status !== 200 || body === null || version === null || get('set-cookie') !== undefined) return null;
  if (get('x-middleware-skip') !== undefined) return null;
  const cacheControl = get('cache-control') ?? '';
  if (
    page
      ? !cacheControl.includes('no-cache') || !get('content-type')?.startsWith('text/html')
      : !cacheControl.startsWith('public')
  )
    return null;
  // A page is kept only with the nonce it was rendered with, replaced per response (front-handler.ts).
  const placeholder = page ? nonceOf(get('content-security-policy')) : null;
  if (page && placeholder === null) return null;
  const replay = [...headers, ['content-length', String(body.byteLength)]].flat();
  const template = page ? pageTemplate(body, placeholder, { deflate: true }) : null;
  return {
    version,
    status,
    headers,
    body,
    etag: etag!,
    page,
    placeholder,
    template,
    replay,
    storedAt: Date.now(),
  };
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
