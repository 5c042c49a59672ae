import { describe, expect, it } from 'vitest';
import { createResponseStore, type StoredResponse } from './response-store';

const entry = (version: number, bytes: number, etag = `"v${version}-x"`): StoredResponse => ({
  version,
  status: 200,
  headers: [['etag', etag]],
  body: Buffer.alloc(bytes),
  etag,
  page: false,
  placeholder: null,
  template: null,
  replay: [],
  storedAt: 0,
});

// What a caller sees: which keys answer, for which version. Bodies of 1,000 bytes in a store of
// 4,500: three fit whatever the per-entry bookkeeping costs, four do not.
describe('the front response store', () => {
  it('answers what it was given for the same key and version', () => {
    const store = createResponseStore(1_000_000);
    store.set('a', entry(3, 10));
    expect(store.get('a', 3)?.etag).toBe('"v3-x"');
    expect(store.get('b', 3)).toBeUndefined();
  });

  it('never serves an entry of another data version, and keeps none made before the version it saw', () => {
    const store = createResponseStore(1_000_000);
    store.set('a', entry(3, 10));
    expect(store.get('a', 4)).toBeUndefined();
    expect(store.get('a', 3)).toBeUndefined(); // dropped when version 4 was seen
    store.set('a', entry(3, 10)); // made before the load committed
    expect(store.get('a', 4)).toBeUndefined();
    expect(store.get('a', 3)).toBeUndefined();
  });

  it('keeps the most recent entries that fit, the least recently used out first', () => {
    const store = createResponseStore(4_500);
    for (const key of ['a', 'b', 'c']) store.set(key, entry(1, 1_000));
    expect(['a', 'b', 'c'].map((key) => store.get(key, 1) !== undefined)).toEqual([true, true, true]);
    store.get('a', 1); // a is now the most recently used, b the least
    store.set('d', entry(1, 1_000));
    expect(['a', 'b', 'c', 'd'].map((key) => store.get(key, 1) !== undefined)).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it('keeps nothing larger than the whole bound, and forgets everything when cleared', () => {
    const store = createResponseStore(2048);
    store.set('big', entry(1, 4096));
    expect(store.get('big', 1)).toBeUndefined();
    store.set('small', entry(1, 10));
    store.clear();
    expect(store.get('small', 1)).toBeUndefined();
  });

  it('after a clear (another database), keeps a lower version number again', () => {
    const store = createResponseStore(1024 * 1024);
    store.set('a', entry(5, 10));
    store.clear();
    store.set('a', entry(3, 10));
    expect(store.get('a', 3)?.version).toBe(3);
  });
});
