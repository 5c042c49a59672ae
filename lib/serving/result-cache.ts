import 'server-only';
import { createVersionedCache, type VersionedCache } from './versioned-cache';

// The process's one cache of computed results (series, page data, whole response bodies), keyed
// by (data version, canonical view). 16 MB unless RESULT_CACHE_MB says otherwise. Kept on
// globalThis because Next loads the proxy and each route from separate bundles: one module
// instance each, but they should share one cache and one bound.
const MEGABYTE = 1024 * 1024;
const maxBytes = (Number(process.env.RESULT_CACHE_MB) || 16) * MEGABYTE;

const slot = Symbol.for('trade-dashboard.result-cache');
const holder = globalThis as unknown as { [slot]?: VersionedCache<unknown> };

export const resultCache: VersionedCache<unknown> = (holder[slot] ??=
  createVersionedCache<unknown>(maxBytes));
