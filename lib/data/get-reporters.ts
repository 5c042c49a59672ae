import 'server-only';
import { prisma } from '../database/db';

// Economies some loaded file has figures reported by, for the reporter pickers: read from the
// loader's reporter–partner table (indexed by reporter), never from Observation itself.
export async function getReporters(): Promise<{ code: string; name: string }[]> {
  const reporting = await prisma.reporterPartner.findMany({
    distinct: ['reporterCode'],
    select: { reporterCode: true },
  });
  return prisma.economy.findMany({
    where: { kind: 'economy', code: { in: reporting.map((r) => r.reporterCode) } },
    select: { code: true, name: true },
    orderBy: { name: 'asc' },
  });
}
