import { describe, expect, it } from 'vitest';
import { acceptsGzip, etagVersion, isViewPage, mayUseStore, MAX_KEY_LENGTH, storeKey } from './front-request';

describe('which requests the front may answer', () => {
  it('only plain GETs: not React navigation, prefetch, ranges or credentials', () => {
    expect(mayUseStore('GET', { host: 'x' })).toBe(true);
    expect(mayUseStore('HEAD', {})).toBe(false);
    expect(mayUseStore('POST', {})).toBe(false);
    for (const name of [
      'rsc',
      'next-router-prefetch',
      'next-router-state-tree',
      'range',
      'cookie',
      'authorization',
    ])
      expect(mayUseStore('GET', { [name]: '1' }), name).toBe(false);
  });

  it('renders the dashboard and the embed as view pages, nothing else', () => {
    expect(isViewPage('/')).toBe(true);
    expect(isViewPage('/?partners=CHN,TUR')).toBe(true);
    expect(isViewPage('/embed?from=2000')).toBe(true);
    expect(isViewPage('/mirror')).toBe(false);
    expect(isViewPage('/api/series')).toBe(false);
  });

  it('keys by the address, the origin the reader used and the encodings accepted', () => {
    const base = storeKey('/api/series', { host: 'a.example' });
    expect(storeKey('/api/series', { host: 'a.example' })).toBe(base);
    expect(storeKey('/api/series?from=2000', { host: 'a.example' })).not.toBe(base);
    expect(storeKey('/api/series', { host: 'b.example' })).not.toBe(base);
    expect(storeKey('/api/series', { host: 'a.example', 'x-forwarded-proto': 'https' })).not.toBe(base);
    expect(storeKey('/api/series', { host: 'a.example', 'accept-encoding': 'gzip' })).not.toBe(base);
  });

  it('keys a page by whether the reader takes gzip, a crawler apart, and keeps no overlong key', () => {
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36';
    const page = (headers: Record<string, string>) => storeKey('/', { host: 'a', ...headers });
    expect(page({ 'accept-encoding': 'gzip, deflate, br' })).toBe(page({ 'accept-encoding': 'gzip' }));
    expect(page({ 'accept-encoding': 'gzip' })).not.toBe(page({}));
    expect(page({ 'user-agent': 'Twitterbot/1.0' })).not.toBe(page({ 'user-agent': chrome }));
    expect(storeKey(`/api/series?x=${'a'.repeat(MAX_KEY_LENGTH)}`, { host: 'a' })).toBeNull();
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
