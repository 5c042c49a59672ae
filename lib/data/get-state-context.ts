import 'server-only';
import { prisma } from '../db';
import type { StateContext } from '../dashboard-state';

// What the URL parser needs to know about the data: which economy codes exist and which years.
export async function getStateContext(): Promise<StateContext> {
  const [economies, years] = await Promise.all([
    prisma.economy.findMany({ select: { code: true } }),
    prisma.observation.aggregate({ _min: { year: true }, _max: { year: true } }),
  ]);
  return {
    economyCodes: new Set(economies.map((e) => e.code)),
    years: { min: years._min.year ?? 1995, max: years._max.year ?? 2017 },
  };
}
