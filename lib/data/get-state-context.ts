import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { StateContext } from '../dashboard-state';
import { getDataVersions } from './get-versions';

// What the URL parser needs to know about the data: which economy codes exist, which years, and
// which data versions a link may name.
// Cached per request: the page's metadata and the page itself both parse the same address.
export const getStateContext = cache(async (): Promise<StateContext> => {
  const [economies, years, dataVersions] = await Promise.all([
    prisma.economy.findMany({ select: { code: true } }),
    prisma.observation.aggregate({ _min: { year: true }, _max: { year: true } }),
    getDataVersions(),
  ]);
  return {
    economyCodes: new Set(economies.map((e) => e.code)),
    years: { min: years._min.year ?? 1995, max: years._max.year ?? 2017 },
    dataVersions,
  };
});
