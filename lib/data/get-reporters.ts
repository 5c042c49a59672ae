import 'server-only';
import { prisma } from '../database/db';
import { cachedByVersion } from './cached-by-version';

// Economies some loaded file has figures reported by, for the reporter pickers: read from the
// loader's reporter–partner table (indexed by reporter), never from Observation itself. Every
// analysis page shows the list, so it is read once per data version; the reporters come from
// SQL's GROUP BY over that index (a few hundred rows), not from ~55,000 pairs deduplicated in JS.
export const getReporters = cachedByVersion('reporters', () => '', readReporters);

async function readReporters(): Promise<{ code: string; name: string }[]> {
  const reporting = await prisma.reporterPartner.groupBy({ by: ['reporterCode'] });
  return prisma.economy.findMany({
    where: { kind: 'economy', code: { in: reporting.map((r) => r.reporterCode) } },
    select: { code: true, name: true },
    orderBy: { name: 'asc' },
  });
}
