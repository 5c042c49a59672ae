import 'server-only';
import { prisma } from '../db';

export async function getEconomyNames(codes: string[]): Promise<Map<string, string>> {
  const economies = await prisma.economy.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true },
  });
  return new Map(economies.map((e) => [e.code, e.name]));
}
