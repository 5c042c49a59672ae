import 'server-only';
import { cache } from 'react';
import { createBoundedLru, type BoundedLru } from '../cache/bounded-lru';
import { dataVersionProbe } from '../database/data-version-probe';
import { DatabaseUnavailable, readContext, type ReadContext } from '../database/read-context';

// The data version a request works with, from the one probe (lib/database/data-version-probe.ts):
// a route handler runs its work inside the one read context (withDataVersion,
// lib/database/read-context.ts), a page render shares one through React's per-request cache.
// With it: whether the request's reads may go to the read replicas.
const contextForRender = cache(async () => {
  await dataVersionProbe().ready();
  return readContextAt(dataVersionProbe().current());
});

function readContextAt(version: number | null): ReadContext {
  if (version === null) throw new DatabaseUnavailable(); // the probe turned null after the proxy: 503
  return { version, replicas: dataVersionProbe().replicasAt(version) };
}

async function currentReadContext(): Promise<ReadContext> {
  return readContext.getStore() ?? contextForRender();
}

export async function currentDataVersion(): Promise<number> {
  return (await currentReadContext()).version;
}

export async function withDataVersion<T>(work: (version: number) => Promise<T>): Promise<T> {
  const context = await currentReadContext();
  return readContext.run(context, () => work(context.version));
}

/** After a response was computed: did every database it read stay at its version throughout? */
export async function confirmDataVersion(): Promise<boolean> {
  const { version, replicas } = await currentReadContext();
  return dataVersionProbe().confirm(version, { replicas });
}

// The result cache: computed data (never response bodies: the front keeps those), one data
// version and one opened database at a time, bounded in bytes (16 MB unless RESULT_CACHE_MB).
// Kept on globalThis (a Symbol.for slot), as the read context is (lib/database/read-context.ts):
// Next loads the proxy and each route from bundles of their own, and every copy of this module
// shares the one cache and the one bound. A value is kept only once a fresh read confirmed the data
// version after it was computed (docs/deploy.md): data read across a load is served, never kept.
type ResultCache = {
  opened: number;
  version: number;
  lru: BoundedLru<unknown>;
  pending: Map<string, Promise<unknown>>;
};
const MEGABYTE = 1024 * 1024;
const slot = Symbol.for('trade-dashboard.result-cache');
const holder = globalThis as unknown as { [slot]?: ResultCache };
const results = (holder[slot] ??= {
  opened: -1,
  version: -1,
  lru: createBoundedLru((Number(process.env.RESULT_CACHE_MB) || 16) * MEGABYTE),
  pending: new Map(),
});

// Wraps a read so its result is computed once per (data version, key) and kept in the result cache.
export function cachedByVersion<Args extends unknown[], T>(
  name: string,
  keyOf: (...args: Args) => string,
  read: (...args: Args) => Promise<T>,
  sizeOf: (value: T) => number = jsonBytes,
): (...args: Args) => Promise<T> {
  return async (...args) => {
    const context = await currentReadContext();
    const probe = dataVersionProbe();
    const opened = probe.opened();
    const compute = () => readContext.run(context, () => read(...args));
    if (opened !== results.opened || context.version !== results.version) {
      if (opened === results.opened && context.version < results.version) return compute(); // an older request
      Object.assign(results, { opened, version: context.version });
      results.lru.clear();
      results.pending.clear();
    }
    const key = `${name}:${keyOf(...args)}`;
    const found = results.lru.get(key);
    if (found !== undefined) return found as T;
    let running = results.pending.get(key) as Promise<T> | undefined;
    if (!running) {
      running = compute();
      const mine = running;
      results.pending.set(key, mine);
      const settle = async () => {
        const value = await mine;
        const confirmed = await probe.confirm(context.version, context);
        if (results.pending.get(key) !== mine) return; // the version changed meanwhile
        results.pending.delete(key);
        if (confirmed && results.opened === opened && results.version === context.version)
          results.lru.set(key, value, sizeOf(value));
      };
      settle().catch(() => results.pending.get(key) === mine && results.pending.delete(key));
    }
    return running;
  };
}

// Roughly what a value holds in memory: its JSON length in bytes (strings count twice in V8's
// two-byte form at most; the bound is a budget, not an exact measure).
function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
