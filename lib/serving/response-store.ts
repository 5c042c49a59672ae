import { createBoundedLru } from '../cache/bounded-lru';
import { deflatedBytes, type PageTemplate } from './page-template';

// The front's memory of whole responses (the one cache of response bodies): what Next answered
// for a view, kept by the request's key (lib/serving/front-request.ts) and the data version its
// ETag names, bounded in bytes, least recently used out first. A response of another version is
// never served: the first request that sees a new version drops every entry of the old one.

export type StoredResponse = {
  version: number;
  status: number;
  headers: [string, string][]; // as Next sent them; a page's name its placeholder nonce
  body: Buffer;
  etag: string;
  page: boolean; // HTML with its placeholder nonce, to be replaced per response
  placeholder: string | null; // a page's: the nonce its render got from the proxy
  template: PageTemplate | null; // a page's body split at its placeholder, each piece also compressed
  replay: string[]; // headers and content-length, flat, as writeHead takes them: built once
  storedAt: number; // Date.now() when kept: a page's Age header
};

export type ResponseStore = {
  get(key: string, version: number): StoredResponse | undefined;
  set(key: string, entry: StoredResponse): void;
  clear(): void;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
};

const ENTRY_OVERHEAD = 256; // the Map slot and the entry object

// The body (and a page's compressed pieces), the key, and the headers twice (as a list and flat
// for writeHead), counted as kept.
const sizeOf = (key: string, entry: StoredResponse) =>
  entry.body.byteLength +
  (entry.template ? deflatedBytes(entry.template) : 0) +
  key.length +
  2 * entry.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) +
  ENTRY_OVERHEAD;

export function createResponseStore(maxBytes: number): ResponseStore {
  const lru = createBoundedLru<StoredResponse>(maxBytes);
  let version = -1;
  let hits = 0;
  let misses = 0;

  const switchTo = (next: number) => {
    if (next === version) return;
    version = next;
    lru.dropWhere((entry) => entry.version !== next);
  };

  return {
    get(key, current) {
      switchTo(current);
      const entry = lru.get(key);
      if (entry) hits += 1;
      else misses += 1;
      return entry;
    },
    set(key, entry) {
      // Made while a load committed: the version it names is already older than the one seen.
      if (entry.version < version) return;
      switchTo(entry.version);
      lru.set(key, entry, sizeOf(key, entry));
    },
    // Another database: its version numbers start afresh, so the last one seen means nothing.
    clear: () => {
      lru.clear();
      version = -1;
    },
    stats: () => ({ ...lru.stats(), hits, misses }),
  };
}
