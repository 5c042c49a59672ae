// The front's memory of whole responses: what Next answered for a view, kept by the exact request
// (lib/serving/front-request.ts) and the data version its ETag names, bounded in bytes, least
// recently used out first. A response of an older version is never served: the first request
// that sees a new version drops every entry of the old one.

export type StoredResponse = {
  version: number;
  status: number;
  headers: [string, string][]; // as Next sent them; a page's name the placeholder nonce
  body: Buffer;
  etag: string;
  page: boolean; // HTML with the placeholder nonce, to be replaced per response
  replay: string[]; // headers and content-length, flat, as writeHead takes them: built once
};

export type ResponseStore = {
  get(key: string, version: number): StoredResponse | undefined;
  set(key: string, entry: StoredResponse): void;
  clear(): void;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
};

const ENTRY_OVERHEAD = 256; // the Map slot and the entry object

export function createResponseStore(maxBytes: number): ResponseStore {
  const entries = new Map<string, StoredResponse>(); // insertion order = least recently used first
  let bytes = 0;
  let version = -1;
  let hits = 0;
  let misses = 0;
  // The body, the key, and the headers twice (as a list and flat for writeHead), counted as kept.
  const sizeOf = (key: string, entry: StoredResponse) =>
    entry.body.byteLength +
    key.length +
    2 * entry.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) +
    ENTRY_OVERHEAD;

  const remove = (key: string, entry: StoredResponse) => {
    entries.delete(key);
    bytes -= sizeOf(key, entry);
  };

  const switchTo = (next: number) => {
    if (next === version) return;
    version = next;
    for (const [key, entry] of entries) if (entry.version !== next) remove(key, entry);
  };

  return {
    get(key, current) {
      switchTo(current);
      const entry = entries.get(key);
      if (!entry) {
        misses += 1;
        return undefined;
      }
      hits += 1;
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key, entry) {
      // Made while a load committed: the version it names is already older than the one seen.
      if (entry.version < version || sizeOf(key, entry) > maxBytes) return;
      switchTo(entry.version);
      const old = entries.get(key);
      if (old) remove(key, old);
      entries.set(key, entry);
      bytes += sizeOf(key, entry);
      for (const [oldest, stored] of entries) {
        if (bytes <= maxBytes) break;
        remove(oldest, stored);
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}
