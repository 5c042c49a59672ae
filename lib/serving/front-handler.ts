import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { DataVersionProbe } from '../database/data-version-probe';
import { etagMatches, etagVersion, isViewPage, NO_STORE } from './cache-headers';
import { acceptsGzip, header, keptEntry, mayUseStore, pathOf, storeKey } from './front-request';
import { freshNonce, nonceOf } from './page-nonce';
import { filledPage, pageTemplate, type PageTemplate } from './page-template';
import { createRenderQueue, type RenderQueue } from './render-queue';
import type { ResponseStore, StoredResponse } from './response-store';
import { contentSecurityPolicy, isFrameable, SECURITY_HEADERS } from './security-headers';

// The front: a plain node:http handler in front of Next's (scripts/serve.ts). A view response
// Next made (status 200 with a versioned ETag) is kept by the request's key and answered again
// from memory while the data version is the same: no routing, no proxy, no rendering. Everything
// else goes to Next untouched. A page keeps the nonce its render got from the proxy (read from its
// Content-Security-Policy) as its placeholder, and every response gets a fresh one in its place
// (lib/serving/page-nonce.ts): no secret passes between the front and the proxy. While the database cannot be read the probe says null
// and every request goes to Next, whose proxy answers 503.

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
type Captured = { status: number; headers: [string, string][]; body: Buffer | null };

const MAX_KEPT_BODY = 4 * 1024 * 1024; // larger bodies (whole-dataset CSVs) stream through, unkept
const NOT_REPLAYED = new Set(['transfer-encoding', 'connection', 'keep-alive', 'date', 'content-length']);
// What a 304 carries: the validators and caching rules, and the security headers (as proxy.ts does).
const ON_NOT_MODIFIED = new Set([
  ...'etag cache-control vary x-frame-options'.split(' '),
  ...'x-content-type-options referrer-policy permissions-policy'.split(' '),
]);

export function createFrontHandler(
  next: NextHandler,
  probe: DataVersionProbe,
  store: ResponseStore | null,
  renders: RenderQueue = createRenderQueue(DEFAULT_RENDERS),
) {
  let opened = probe.opened();
  return (req: IncomingMessage, res: ServerResponse) => {
    const version = store && mayUseStore(req.method, req.url, req.headers) ? probe.current() : null;
    if (store === null || version === null) return capture(req, res, next, false, null);
    // Another database file (replaced, or back after an outage) may repeat a version number.
    if (probe.opened() !== opened) {
      opened = probe.opened();
      store.clear();
    }
    const page = isViewPage(pathOf(req.url ?? '/'));
    const key = storeKey(req.url ?? '/', page, req.headers);
    const stored = key === null ? undefined : store.get(key, version);
    if (stored) return answerFromStore(req, res, stored);
    // Kept only when a fresh read confirms the version its ETag names (as for the result cache:
    // docs/deploy.md), and the database is the one seen at the request's start, at that version.
    const startedWith = { opened, version };
    const confirmed = (at: number) => probe.confirm(at, { replicas: probe.replicasAt(at) });
    const keep = (entry: StoredResponse | null) => {
      const same = probe.opened() === startedWith.opened && probe.current() === startedWith.version;
      if (entry && key !== null && entry.version === startedWith.version && same) store.set(key, entry);
    };
    if (!page)
      return capture(req, res, next, false, async (made) => {
        const entry = keptEntry(made, false);
        if (entry && (await confirmed(entry.version))) keep(entry);
      });
    // A page: rendered uncompressed and held whole (these pages do not stream), kept when it is a
    // view whose version held throughout, then sent with a fresh nonce in place of its render's.
    // Rendered in line with the other pages not held (lib/serving/render-queue.ts).
    const reader = req.headers['accept-encoding'];
    delete req.headers['accept-encoding'];
    const render = () =>
      new Promise<void>((finished) => {
        res.once('close', finished);
        capture(req, res, next, true, async (made) => {
          req.headers['accept-encoding'] = reader;
          const version = etagVersion(made.headers.find(([name]) => name === 'etag')?.[1]);
          const unconfirmed = version !== null && !(await confirmed(version));
          if (unconfirmed) made.headers = withoutEtag(made.headers);
          const entry = unconfirmed ? null : keptEntry(made, true);
          keep(entry);
          // The kept entry's template (compressed once) serves this reader too.
          const placeholder = pageNonce(made.headers);
          const template = entry?.template ?? pageTemplate(made.body ?? Buffer.alloc(0), placeholder);
          sendPage(req, res, made.status, made.headers, template, placeholder);
        });
      });
    return renders.run(render, () => res.destroyed || req.socket.destroyed);
  };
}

// Two pages render at once (one waiting on the database while the other computes); more only
// share the same CPU and keep more memory live.
const DEFAULT_RENDERS = 2;

// A page rendered while a load committed: sent, but named by no version and kept by no cache.
const withoutEtag = (headers: [string, string][]): [string, string][] => [
  ...headers.filter(([name]) => name !== 'etag' && name !== 'cache-control'),
  ['cache-control', NO_STORE],
];

function answerFromStore(req: IncomingMessage, res: ServerResponse, entry: StoredResponse) {
  if (etagMatches(header(req.headers, 'if-none-match'), entry.etag)) {
    const headers = entry.headers.filter(([name]) => ON_NOT_MODIFIED.has(name));
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
  // RFC 9111 §5.1: a response from a cache says how long it was held.
  const age: [string, string] = ['age', String(Math.floor((Date.now() - entry.storedAt) / 1000))];
  sendPage(req, res, entry.status, [...entry.headers, age], entry.template!, entry.placeholder);
}

const pageNonce = (headers: [string, string][]) =>
  nonceOf(headers.find(([name]) => name === 'content-security-policy')?.[1]);

// A page with the nonce it was rendered with (its placeholder) replaced by a fresh one, compressed
// when the reader accepts it (lib/serving/page-template.ts). A page without a nonce in its policy
// is sent as it is.
function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: [string, string][],
  template: PageTemplate,
  placeholder: string | null,
) {
  const nonce = freshNonce();
  if (template.pieces.length === 1 && template.pieces[0].byteLength === 0) {
    // 304 (the proxy's, for a page not stored here), 204: headers only, nothing to compress.
    res.writeHead(status, headers.filter(([name]) => name !== 'content-encoding').flat());
    res.end();
    return;
  }
  const gzip = acceptsGzip(header(req.headers, 'accept-encoding'));
  const body = filledPage(template, nonce, gzip);
  const out = headers
    .filter(([name]) => name !== 'content-encoding')
    .map(([name, value]): [string, string] => [
      name,
      placeholder === null ? value : value.replaceAll(placeholder, nonce),
    ]);
  if (gzip) out.push(['content-encoding', 'gzip']);
  const vary = out.find(([name]) => name === 'vary');
  if (!vary) out.push(['vary', 'Accept-Encoding']);
  else if (!/accept-encoding/i.test(vary[1])) vary[1] += ', Accept-Encoding';
  out.push(['content-length', String(body.byteLength)]);
  res.writeHead(status, out.flat());
  res.end(body);
}

// The one capture of what Next writes. `hold`: nothing reaches the reader until `done` sends it
// (pages); otherwise the response goes out as Next writes it and `done` gets a copy (or a null
// body when it was too large to keep). Either way a response that Next sends without the security
// headers (its own redirects, answered before the proxy runs) gets them here.
function capture(
  req: IncomingMessage,
  res: ServerResponse,
  next: NextHandler,
  hold: boolean,
  done: ((made: Captured) => void | Promise<void>) | null,
) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const chunks: Buffer[] = [];
  let size = 0;
  let status = 200;
  let written: OutgoingHttpHeaders = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!done || chunk === undefined || typeof chunk === 'function' || size > MAX_KEPT_BODY) return;
    const buffer = toBuffer(chunk, encoding);
    size += buffer.byteLength;
    if (size > MAX_KEPT_BODY && !hold)
      chunks.length = 0; // too large to keep: let the copies go now
    else chunks.push(buffer);
  };
  const forward = <T>(method: (...a: unknown[]) => T, args: unknown[]) => method.apply(res, args);

  res.writeHead = ((code: number, ...rest: unknown[]) => {
    status = code;
    const given = rest.find((r) => typeof r === 'object' && r !== null);
    if (given) written = { ...written, ...headersFrom(given) };
    if (hold) return res;
    if (!('x-content-type-options' in written) && !res.hasHeader('x-content-type-options'))
      addSecurityHeaders(res, pathOf(req.url ?? '/'));
    return forward(original.writeHead as (...a: unknown[]) => ServerResponse, [code, ...rest]);
  }) as typeof res.writeHead;
  if (hold) res.flushHeaders = () => {};
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    if (!hold) return forward(original.write as (...a: unknown[]) => boolean, [chunk, ...rest]);
    (rest.find((a) => typeof a === 'function') as (() => void) | undefined)?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const callback = [chunk, ...rest].find((a) => typeof a === 'function') as (() => void) | undefined;
    if (hold) {
      Object.assign(res, original);
      status = res.statusCode !== 200 ? res.statusCode : status;
    }
    const headers = headerList({ ...res.getHeaders(), ...written });
    const made = {
      status: hold ? status : res.statusCode,
      headers,
      body: size > MAX_KEPT_BODY ? null : Buffer.concat(chunks),
    };
    if (!hold) {
      const result = forward(original.end as (...a: unknown[]) => ServerResponse, [chunk, ...rest]);
      void done?.(made);
      return result;
    }
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    Promise.resolve(done?.(made)).then(callback, (error: unknown) => res.destroy(error as Error));
    return res;
  }) as typeof res.end;
  return next(req, res);
}

function addSecurityHeaders(res: ServerResponse, pathname: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (!isFrameable(pathname)) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader(
    'Content-Security-Policy',
    contentSecurityPolicy(freshNonce(), { frameable: isFrameable(pathname) }),
  );
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
