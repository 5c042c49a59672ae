import { AsyncLocalStorage } from 'node:async_hooks';

// The one read context of a request: the data version it works with, and whether its reads may go
// to the read replicas (only when every replica was last seen at that version: docs/deploy.md).
// lib/data/cached-by-version.ts runs a route's work (withDataVersion) and every cached read inside
// it; lib/database/db.ts picks the databases a query may read from it. On globalThis: Next loads
// the proxy and each route from bundles of their own, which must share the one storage.
export type ReadContext = { version: number; replicas: boolean };

const slot = Symbol.for('trade-dashboard.read-context');
const holder = globalThis as unknown as { [slot]?: AsyncLocalStorage<ReadContext> };

export const readContext: AsyncLocalStorage<ReadContext> = (holder[slot] ??= new AsyncLocalStorage());

/** The database cannot be read (the probe says null): answered 503 with Retry-After, never 500. */
export class DatabaseUnavailable extends Error {
  constructor() {
    super('the database cannot be read');
    this.name = 'DatabaseUnavailable';
  }
}
