import { AsyncLocalStorage } from 'node:async_hooks';

// The data version a request works with, and whether its reads may go to the read replicas
// (only when every replica was last seen at that version: docs/deploy.md). Set by
// lib/data/cached-by-version.ts around a request's reads; lib/database/db.ts follows it.
export type ReadContext = { version: number; replicas: boolean };

const slot = Symbol.for('trade-dashboard.read-context');
const holder = globalThis as unknown as { [slot]?: AsyncLocalStorage<ReadContext> };

export const readContext: AsyncLocalStorage<ReadContext> = (holder[slot] ??= new AsyncLocalStorage());
