import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { DataVersionProbe } from '../database/data-version-probe';
import { etagMatches } from './cache-headers';
import { acceptsGzip, etagVersion, header, isViewPage, mayUseStore, storeKey } from './front-request';
import { KEPT_BY_FRONT_HEADER, keptByFrontSecret } from './kept-by-front';
import { freshNonce, PLACEHOLDER_NONCE_HEADER, placeholderNonce } from './page-nonce';
import type { ResponseStore, StoredResponse } from './response-store';

// The front: a plain node:http handler in front of Next's (scripts/serve.ts). A view response
// Next made (status 200 with a versioned ETag) is kept by the exact request and answered again
// from memory while the data version is the same: no routing, no proxy, no rendering. Everything
// else goes to Next untouched. Pages are rendered with a placeholder nonce and get a fresh one
// per response (lib/serving/page-nonce.ts). While the database cannot be read the probe says null
// and every request goes to Next, whose proxy answers 503.

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const MAX_KEPT_BODY = 4 * 1024 * 1024; // larger bodies (whole-dataset CSVs) stream through, unkept
const NOT_REPLAYED = new Set(['transfer-encoding', 'connection', 'keep-alive', 'date', 'content-length']);
// What a 304 carries: the validators and caching rules, and the security headers (as proxy.ts does).
const ON_NOT_MODIFIED = [
  'etag',
  'cache-control',
  'vary',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
];

export function createFrontHandler(next: NextHandler, probe: DataVersionProbe, store: ResponseStore) {
  let opened = probe.opened();
  return (req: IncomingMessage, res: ServerResponse) => {
    delete req.headers[PLACEHOLDER_NONCE_HEADER]; // only the front may ask for the placeholder
    delete req.headers[KEPT_BY_FRONT_HEADER]; // nor say it keeps a response
    const version = mayUseStore(req.method, req.headers) ? probe.current() : null;
    if (version === null) return next(req, res);
    // Another database file (replaced, or back after an outage) may repeat a version number.
    if (probe.opened() !== opened) {
      opened = probe.opened();
      store.clear();
    }
    const key = storeKey(req.url ?? '/', req.headers);
    const stored = key === null ? undefined : store.get(key, version);
    if (stored) return answerFromStore(req, res, stored);
    const keep = (entry: StoredResponse) => key !== null && store.set(key, entry);
    if (key !== null) req.headers[KEPT_BY_FRONT_HEADER] = keptByFrontSecret();
    if (isViewPage(req.url ?? '/')) return renderPage(req, res, next, keep);
    return passThroughKeeping(req, res, next, keep);
  };
}

function answerFromStore(req: IncomingMessage, res: ServerResponse, entry: StoredResponse) {
  if (etagMatches(header(req.headers, 'if-none-match'), entry.etag)) {
    const headers = entry.headers.filter(([name]) => ON_NOT_MODIFIED.includes(name));
    if (!entry.page) headers.push(...entry.headers.filter(([name]) => name === 'content-security-policy'));
    res.writeHead(304, headers.flat());
    res.end();
    return;
  }
  if (!entry.page) {
    res.writeHead(entry.status, entry.replay);
    res.end(entry.body);
    return;
  }
  sendPage(req, res, entry.status, entry.headers, entry.body);
}

// A page with its placeholder nonce replaced by a fresh one, compressed when the reader accepts it.
function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: [string, string][],
  template: Buffer,
) {
  const placeholder = placeholderNonce();
  const nonce = freshNonce();
  if (template.byteLength === 0) {
    // 304 (the proxy's, for a page not stored here), 204: headers only, nothing to compress.
    res.writeHead(status, headers.filter(([name]) => name !== 'content-encoding').flat());
    res.end();
    return;
  }
  const html = Buffer.from(template.toString('latin1').replaceAll(placeholder, nonce), 'latin1');
  const gzip = acceptsGzip(header(req.headers, 'accept-encoding'));
  const body = gzip ? gzipSync(html, { level: 4 }) : html;
  const out = headers
    .filter(([name]) => name !== 'content-encoding')
    .map(([name, value]): [string, string] => [name, value.replaceAll(placeholder, nonce)]);
  if (gzip) out.push(['content-encoding', 'gzip']);
  const vary = out.find(([name]) => name === 'vary');
  if (!vary) out.push(['vary', 'Accept-Encoding']);
  else if (!/accept-encoding/i.test(vary[1])) vary[1] += ', Accept-Encoding';
  out.push(['content-length', String(body.byteLength)]);
  res.writeHead(status, out.flat());
  res.end(body);
}

// A dashboard or embed page: Next renders it uncompressed with the placeholder nonce, held whole
// (these pages do not stream: there is no loading.tsx), kept when it is a view, then sent with a
// fresh nonce. The reader's Accept-Encoding is what the key and the compression go by.
function renderPage(
  req: IncomingMessage,
  res: ServerResponse,
  next: NextHandler,
  keep: (entry: StoredResponse) => void,
) {
  const reader = { 'accept-encoding': req.headers['accept-encoding'] };
  delete req.headers['accept-encoding'];
  req.headers[PLACEHOLDER_NONCE_HEADER] = placeholderNonce();
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const chunks: Buffer[] = [];
  let status = 200;
  let written: OutgoingHttpHeaders = {};

  res.writeHead = ((code: number, ...rest: unknown[]) => {
    status = code;
    const given = rest.find((r) => typeof r === 'object' && r !== null);
    if (given) written = { ...written, ...headersFrom(given) };
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    (typeof encoding === 'function' ? encoding : (callback as (() => void) | undefined))?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    Object.assign(res, original);
    status = res.statusCode !== 200 ? res.statusCode : status;
    const headers = headerList({ ...res.getHeaders(), ...written });
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const body = Buffer.concat(chunks);
    const entry = viewEntry(status, headers, body, true);
    if (entry) keep(entry);
    req.headers['accept-encoding'] = reader['accept-encoding'];
    sendPage(req, res, status, headers, body);
    const done = [chunk, encoding, callback].find((a) => typeof a === 'function') as (() => void) | undefined;
    done?.();
    return res;
  }) as typeof res.end;
  return next(req, res);
}

// Anything else: sent as Next sends it, and a copy kept when it is a view response.
function passThroughKeeping(
  req: IncomingMessage,
  res: ServerResponse,
  next: NextHandler,
  keep: (entry: StoredResponse) => void,
) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const chunks: Buffer[] = [];
  let size = 0;
  let written: OutgoingHttpHeaders = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || typeof chunk === 'function' || size > MAX_KEPT_BODY) return;
    const buffer = toBuffer(chunk, encoding);
    size += buffer.byteLength;
    if (size > MAX_KEPT_BODY)
      chunks.length = 0; // too large to keep: let the copies go now
    else chunks.push(buffer);
  };
  res.writeHead = ((code: number, ...rest: unknown[]) => {
    const given = rest.find((r) => typeof r === 'object' && r !== null);
    if (given) written = { ...written, ...headersFrom(given) };
    return (original.writeHead as (...a: unknown[]) => ServerResponse).call(res, code, ...rest);
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return (original.write as (...a: unknown[]) => boolean).call(res, chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const headers = headerList({ ...res.getHeaders(), ...written });
    const result = (original.end as (...a: unknown[]) => ServerResponse).call(res, chunk, ...rest);
    if (size <= MAX_KEPT_BODY) {
      const entry = viewEntry(res.statusCode, headers, Buffer.concat(chunks), false);
      if (entry) keep(entry);
    }
    return result;
  }) as typeof res.end;
  return next(req, res);
}

// A response worth keeping: a 200 whose ETag names its data version, public for a view, a
// no-cache page for a page; never one that sets a cookie.
function viewEntry(
  status: number,
  headers: [string, string][],
  body: Buffer,
  page: boolean,
): StoredResponse | null {
  const get = (name: string) => headers.find(([n]) => n === name)?.[1];
  const etag = get('etag');
  const version = etagVersion(etag);
  if (status !== 200 || version === null || get('set-cookie') !== undefined) return null;
  const cacheControl = get('cache-control') ?? '';
  if (page ? !cacheControl.includes('no-cache') : !cacheControl.startsWith('public')) return null;
  const replay = [...headers, ['content-length', String(body.byteLength)]].flat();
  return { version, status, headers, body, etag: etag!, page, replay };
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return Buffer.from(chunk); // a copy: the writer may reuse its buffer
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

function headersFrom(given: object): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  if (!Array.isArray(given)) {
    for (const [name, value] of Object.entries(given)) out[name.toLowerCase()] = value;
    return out;
  }
  const flat = given.flat() as string[];
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i].toLowerCase()] = flat[i + 1];
  return out;
}

// Lower-case names; a repeated header (Set-Cookie) stays one entry per value.
function headerList(headers: OutgoingHttpHeaders): [string, string][] {
  return Object.entries(headers)
    .filter(([name, value]) => value !== undefined && !NOT_REPLAYED.has(name.toLowerCase()))
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((one): [string, string] => [
        name.toLowerCase(),
        String(one),
      ]),
    );
}
