import 'server-only';
import { prisma } from '../database/db';
import type { StateContext } from '../view-state/dashboard-state';
import { cachedByVersion } from './cached-by-version';
import { getDataVersions } from './get-versions';

// What the URL parser needs to know about the data: which economy codes exist, which years, and
// which data versions a link may name. Every request parses its address with it: read once per
// data version (the year range from the datasets' year spans, kept by the loader: never a pass
// over Observation).
export const getStateContext = cachedByVersion(
  'state-context',
  () => '',
  async (): Promise<StateContext> => {
    const [economies, years, dataVersions] = await Promise.all([
      prisma.economy.findMany({ select: { code: true } }),
      prisma.dataset.aggregate({ _min: { firstYear: true }, _max: { lastYear: true } }),
      getDataVersions(),
    ]);
    return {
      economyCodes: new Set(economies.map((e) => e.code)),
      years: { min: years._min.firstYear ?? 1995, max: years._max.lastYear ?? 2017 },
      dataVersions,
    };
  },
  (context) => context.economyCodes.size * 16 + (context.dataVersions?.ids.size ?? 0) * 16 + 64,
);
