// The one bounded cache of the process's two (the front's responses, lib/serving/response-store.ts;
// computed data, lib/data/cached-by-version.ts): a Map in least-recently-used order, bounded by
// the bytes its entries say they hold. An entry larger than the whole bound is not kept.
export type BoundedLru<V> = {
  get(key: string): V | undefined;
  set(key: string, value: V, bytes: number): void;
  clear(): void;
  /** Drops every entry the predicate picks. */
  dropWhere(drop: (value: V) => boolean): void;
  stats(): { entries: number; bytes: number };
};

export function createBoundedLru<V>(maxBytes: number): BoundedLru<V> {
  // A Map iterates in insertion order: re-inserting on a hit keeps the oldest use first.
  const entries = new Map<string, { value: V; bytes: number }>();
  let bytes = 0;

  const remove = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.bytes;
  };

  return {
    get(key) {
      const found = entries.get(key);
      if (!found) return undefined;
      entries.delete(key);
      entries.set(key, found);
      return found.value;
    },
    set(key, value, size) {
      remove(key);
      if (size > maxBytes) return;
      entries.set(key, { value, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    dropWhere(drop) {
      for (const [key, { value }] of entries) if (drop(value)) remove(key);
    },
    stats: () => ({ entries: entries.size, bytes }),
  };
}
