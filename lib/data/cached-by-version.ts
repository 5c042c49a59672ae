import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { resultCache } from '../serving/result-cache';
import { jsonBytes } from '../serving/versioned-cache';
import { getDataVersion } from './get-data-version';

// The data version a request works with. Read from the database for every request, never
// remembered across requests, so a load by another process reaches the very next one; within a
// request it is read once: a route handler pins it (withDataVersion), a page render shares one
// read through React's per-request cache.
const pinned = new AsyncLocalStorage<number>();
const versionForRender = cache(getDataVersion);

export async function currentDataVersion(): Promise<number> {
  return pinned.getStore() ?? versionForRender();
}

export async function withDataVersion<T>(work: (version: number) => Promise<T>): Promise<T> {
  const version = await currentDataVersion();
  return pinned.run(version, () => work(version));
}

// Wraps a read so its result is computed once per (data version, key) and kept in the process's
// bounded result cache (lib/serving/result-cache.ts).
export function cachedByVersion<Args extends unknown[], T>(
  name: string,
  keyOf: (...args: Args) => string,
  read: (...args: Args) => Promise<T>,
  sizeOf: (value: T) => number = jsonBytes,
): (...args: Args) => Promise<T> {
  return async (...args) => {
    const version = await currentDataVersion();
    const key = `${name}:${keyOf(...args)}`;
    return resultCache.get(version, key, async () => {
      const value = await read(...args);
      return { value, bytes: sizeOf(value) };
    }) as Promise<T>;
  };
}
