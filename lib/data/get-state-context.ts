import 'server-only';
import { prisma } from '../db';
import type { StateContext } from '../dashboard-state';
import { cachedByVersion } from './cached-by-version';

// What the URL parser needs to know about the data: which economy codes exist and which years.
// Every request parses its address with it, and the year range is a scan of Observation (no index
// leads with year; ~2 s on the world's 5 M rows), so it is computed once per data version.
export const getStateContext = cachedByVersion(
  'state-context',
  () => '',
  async (): Promise<StateContext> => {
    const [economies, years] = await Promise.all([
      prisma.economy.findMany({ select: { code: true } }),
      prisma.observation.aggregate({ _min: { year: true }, _max: { year: true } }),
    ]);
    return {
      economyCodes: new Set(economies.map((e) => e.code)),
      years: { min: years._min.year ?? 1995, max: years._max.year ?? 2017 },
    };
  },
  (context) => context.economyCodes.size * 16 + 64,
);
