import 'server-only';
import { prisma } from '../database/db';

// The data version: the id of the last load that changed anything (0 before the first load).
// One index lookup, cheap enough to key caches and ETags on every request.
export async function getDataVersion(): Promise<number> {
  const latest = await prisma.dataVersion.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return latest?.id ?? 0;
}
