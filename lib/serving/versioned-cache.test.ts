import { describe, expect, it } from 'vitest';
import { createVersionedCache, type Sized } from './versioned-cache';

const sized = (value: string, bytes = value.length): Sized<string> => ({ value, bytes });

function counting(value: string, bytes?: number) {
  const compute = async () => {
    compute.calls += 1;
    return sized(value, bytes);
  };
  compute.calls = 0;
  return compute;
}

describe('createVersionedCache', () => {
  it('computes a key once per version and serves it again', async () => {
    const cache = createVersionedCache<string>(1000);
    const compute = counting('series');
    expect(await cache.get(1, 'a', compute)).toBe('series');
    expect(await cache.get(1, 'a', compute)).toBe('series');
    expect(compute.calls).toBe(1);
  });

  it('drops everything when a new data version arrives', async () => {
    const cache = createVersionedCache<string>(1000);
    await cache.get(1, 'a', counting('old'));
    expect(await cache.get(2, 'a', counting('new'))).toBe('new');
    expect(cache.stats()).toMatchObject({ version: 2, entries: 1 });
  });

  it('serves a request that read an older version without going back to it', async () => {
    const cache = createVersionedCache<string>(1000);
    await cache.get(2, 'a', counting('new'));
    expect(await cache.get(1, 'a', counting('old'))).toBe('old');
    expect(await cache.get(2, 'a', counting('other'))).toBe('new');
  });

  it('shares one computation between concurrent callers', async () => {
    const cache = createVersionedCache<string>(1000);
    const compute = counting('x');
    const results = await Promise.all([1, 2, 3].map(() => cache.get(1, 'k', compute)));
    expect(results).toEqual(['x', 'x', 'x']);
    expect(compute.calls).toBe(1);
  });

  it('evicts the least recently used entries past the byte bound', async () => {
    const cache = createVersionedCache<string>(10);
    await cache.get(1, 'a', counting('aaaa'));
    await cache.get(1, 'b', counting('bbbb'));
    await cache.get(1, 'a', counting('never')); // a is now the most recent
    await cache.get(1, 'c', counting('cccc')); // 12 bytes > 10: b goes
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 8 });
    const again = counting('bbbb');
    await cache.get(1, 'b', again);
    expect(again.calls).toBe(1);
    const kept = counting('never');
    await cache.get(1, 'c', kept);
    expect(kept.calls).toBe(0);
  });

  it('keeps nothing larger than the whole bound, and does not cache failures', async () => {
    const cache = createVersionedCache<string>(10);
    expect(await cache.get(1, 'big', counting('x', 11))).toBe('x');
    expect(cache.stats().entries).toBe(0);
    await expect(cache.get(1, 'bad', () => Promise.reject(new Error('db')))).rejects.toThrow('db');
    expect(await cache.get(1, 'bad', counting('ok'))).toBe('ok');
  });
});
