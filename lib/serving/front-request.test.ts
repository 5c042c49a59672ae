import { describe, expect, it } from 'vitest';
import { etagVersion, isViewPage } from './cache-headers';
import { acceptsGzip, keptEntry, mayUseStore, MAX_KEY_LENGTH, storeKey } from './front-request';

describe('which requests the front may answer', () => {
  it('only plain GETs: not React navigation, prefetch, ranges or credentials', () => {
    expect(mayUseStore('GET', '/', { host: 'x' })).toBe(true);
    expect(mayUseStore('HEAD', '/', {})).toBe(false);
    expect(mayUseStore('POST', '/', {})).toBe(false);
    expect(mayUseStore('GET', '/?_rsc=abc', {})).toBe(false);
    for (const name of [
      'rsc',
      'next-router-prefetch',
      'next-router-state-tree',
      'x-middleware-prefetch',
      'range',
      'cookie',
      'authorization',
    ])
      expect(mayUseStore('GET', '/', { [name]: '1' }), name).toBe(false);
  });

  it('renders the dashboard, the embed and the analysis pages as view pages, nothing else', () => {
    for (const path of ['/', '/embed', '/mirror', '/embed/sources'])
      expect(isViewPage(path), path).toBe(true);
    for (const path of ['/api/series', '/embed/', '/v/abc']) expect(isViewPage(path), path).toBe(false);
  });

  it('keys by the address and the encodings accepted, never by the origin the reader used', () => {
    const base = storeKey('/api/series', false, { host: 'a.example' });
    expect(storeKey('/api/series', false, { host: 'b.example', 'x-forwarded-host': '' })).toBe(base);
    expect(storeKey('/api/series?from=2000', false, { host: 'a.example' })).not.toBe(base);
    expect(storeKey('/api/series', false, { host: 'a.example', 'accept-encoding': 'gzip' })).not.toBe(base);
  });

  it('keys a page once whatever encodings the reader takes, a crawler apart, and keeps no overlong key', () => {
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36';
    const page = (headers: Record<string, string>) => storeKey('/', true, { host: 'a', ...headers });
    expect(page({ 'accept-encoding': 'gzip, deflate, br' })).toBe(page({ 'accept-encoding': 'gzip' }));
    expect(page({ 'accept-encoding': 'gzip' })).toBe(page({}));
    expect(page({ 'user-agent': 'Twitterbot/1.0' })).not.toBe(page({ 'user-agent': chrome }));
    expect(storeKey(`/api/series?x=${'a'.repeat(MAX_KEY_LENGTH)}`, false, { host: 'a' })).toBeNull();
  });

  it('keeps a page only when it is HTML, never Next’s `{}` answer to a prefetch', () => {
    const made = (headers: [string, string][]) => ({
      status: 200,
      headers: [['etag', '"v1-abc"'], ['cache-control', 'private, no-cache'], ...headers] as [
        string,
        string,
      ][],
      body: Buffer.from('x'),
    });
    const csp: [string, string] = ['content-security-policy', `script-src 'nonce-${'a'.repeat(32)}'`];
    expect(keptEntry(made([['content-type', 'text/html; charset=utf-8'], csp]), true)?.placeholder).toBe(
      'a'.repeat(32),
    );
    expect(keptEntry(made([['content-type', 'text/html; charset=utf-8']]), true)).toBeNull(); // no nonce to replace
    expect(keptEntry(made([['content-type', 'application/json']]), true)).toBeNull();
    expect(
      keptEntry(
        made([
          ['content-type', 'text/html'],
          ['x-middleware-skip', '1'],
        ]),
        true,
      ),
    ).toBeNull();
  });

  it('reads Accept-Encoding as HTTP does, q=0 included', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });

  it('reads the data version from a view ETag only', () => {
    expect(etagVersion('"v12-abcDEF_-9"')).toBe(12);
    expect(etagVersion('W/"v12-abc"')).toBeNull();
    expect(etagVersion('"abc"')).toBeNull();
    expect(etagVersion(undefined)).toBeNull();
  });
});
