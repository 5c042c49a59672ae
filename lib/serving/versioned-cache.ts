// A bounded in-process cache of computed results for one data version. Results are a pure
// function of (data version, key), so nothing expires by time: the whole cache is dropped when a
// request brings a different version (a load committed, in this process or another), and the
// least recently used entries go first when the bytes held pass the bound.

export type Sized<T> = { value: T; bytes: number };

export type VersionedCache<T> = {
  // The cached value for (version, key), or compute() once: concurrent callers share one computation.
  get(version: number, key: string, compute: () => Promise<Sized<T>>): Promise<T>;
  stats(): { version: number | null; entries: number; bytes: number; hits: number; misses: number };
};

export function createVersionedCache<T>(maxBytes: number): VersionedCache<T> {
  let version: number | null = null;
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  // A Map iterates in insertion order: re-inserting on a hit keeps the oldest use first.
  const entries = new Map<string, Sized<T>>();
  const pending = new Map<string, Promise<Sized<T>>>();

  function switchTo(next: number) {
    if (version === next) return;
    version = next;
    entries.clear();
    pending.clear();
    bytes = 0;
  }

  function store(key: string, entry: Sized<T>) {
    if (entry.bytes > maxBytes) return; // larger than the whole bound: serve it, keep nothing
    const old = entries.get(key);
    if (old) bytes -= old.bytes;
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [oldest, { bytes: size }] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= size;
    }
  }

  return {
    async get(requested, key, compute) {
      // A request that read the version just before a load committed: serve it, cache nothing.
      if (version !== null && requested < version) return (await compute()).value;
      switchTo(requested);
      const found = entries.get(key);
      if (found) {
        hits += 1;
        entries.delete(key);
        entries.set(key, found);
        return found.value;
      }
      misses += 1;
      let running = pending.get(key);
      if (!running) {
        running = compute();
        pending.set(key, running);
        running.then(
          (entry) => {
            if (pending.get(key) !== running) return; // the version changed meanwhile: not ours to keep
            pending.delete(key);
            store(key, entry);
          },
          () => {
            if (pending.get(key) === running) pending.delete(key);
          },
        );
      }
      return (await running).value;
    },
    stats: () => ({ version, entries: entries.size, bytes, hits, misses }),
  };
}

// Roughly what a value holds in memory: its JSON length in bytes (strings count twice in V8's
// two-byte form at most; the bound is a budget, not an exact measure).
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
