import { describe, expect, it } from 'vitest';
import { createResponseStore, type StoredResponse } from './response-store';

const entry = (version: number, bytes: number, etag = `"v${version}-x"`): StoredResponse => ({
  version,
  status: 200,
  headers: [['etag', etag]],
  body: Buffer.alloc(bytes),
  etag,
  page: false,
  replay: [],
});

describe('the front response store', () => {
  it('answers what it was given for the same key and version', () => {
    const store = createResponseStore(1_000_000);
    store.set('a', entry(3, 10));
    expect(store.get('a', 3)?.etag).toBe('"v3-x"');
    expect(store.get('b', 3)).toBeUndefined();
  });

  it('never serves an entry of another data version, and drops them when the version changes', () => {
    const store = createResponseStore(1_000_000);
    store.set('a', entry(3, 10));
    expect(store.get('a', 4)).toBeUndefined();
    expect(store.stats().entries).toBe(0);
    // and a response made before the load committed is not kept once the new version was seen
    store.set('a', entry(3, 10));
    expect(store.get('a', 3)).toBeUndefined();
  });

  it('keeps within its byte bound, dropping the least recently used first', () => {
    // each entry: 100 bytes of body, a 1-character key, its ETag header counted twice, 256 overhead
    const entrySize = 100 + 1 + 2 * ('etag'.length + '"v1-x"'.length) + 256;
    const store = createResponseStore(3 * entrySize);
    store.set('a', entry(1, 100));
    store.set('b', entry(1, 100));
    store.set('c', entry(1, 100));
    store.get('a', 1); // a is now the most recently used
    store.set('d', entry(1, 100));
    expect(store.get('b', 1)).toBeUndefined();
    expect(store.get('a', 1)).toBeDefined();
    expect(store.get('d', 1)).toBeDefined();
    expect(store.stats().bytes).toBe(3 * entrySize);
  });

  it('keeps nothing larger than the whole bound', () => {
    const store = createResponseStore(2048);
    store.set('big', entry(1, 4096));
    expect(store.get('big', 1)).toBeUndefined();
  });
});
