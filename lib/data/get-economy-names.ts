import 'server-only';
import { prisma } from '../database/db';
import { cachedByVersion } from './cached-by-version';

export const getEconomyNames = cachedByVersion(
  'economy-names',
  (codes: string[]) => codes.join(','),
  readEconomyNames,
  (names) => names.size * 64,
);

async function readEconomyNames(codes: string[]): Promise<Map<string, string>> {
  const economies = await prisma.economy.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true },
  });
  return new Map(economies.map((e) => [e.code, e.name]));
}
