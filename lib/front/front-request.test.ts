import { describe, expect, it } from 'vitest';
import { etagVersion, isViewPage, mayUseStore, storeKey } from './front-request';

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

  it('reads the data version from a view ETag only', () => {
    expect(etagVersion('"v12-abcDEF_-9"')).toBe(12);
    expect(etagVersion('W/"v12-abc"')).toBeNull();
    expect(etagVersion('"abc"')).toBeNull();
    expect(etagVersion(undefined)).toBeNull();
  });
});
