import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { StateContext } from '../dashboard-state';

// What the URL parser needs to know about the data: which economy codes exist and which years.
// Cached per request: the page's metadata and the page itself both parse the same address.
export const getStateContext = cache(async (): Promise<StateContext> => {
  const [economies, years] = await Promise.all([
    prisma.economy.findMany({ select: { code: true } }),
    // From the datasets' year spans (kept by the loader): never a pass over Observation.
    prisma.dataset.aggregate({ _min: { firstYear: true }, _max: { lastYear: true } }),
  ]);
  return {
    economyCodes: new Set(economies.map((e) => e.code)),
    years: { min: years._min.firstYear ?? 1995, max: years._max.lastYear ?? 2017 },
  };
});
