import 'server-only';
import { prisma } from '../db';

// Economies some loaded file has figures reported by, for the reporter pickers. One index seek per
// economy (EXISTS), where grouping the observations would read every row of a world-sized table.
export async function getReporters(): Promise<{ code: string; name: string }[]> {
  return prisma.economy.findMany({
    where: { kind: 'economy', asReporter: { some: {} } },
    select: { code: true, name: true },
    orderBy: { name: 'asc' },
  });
}
