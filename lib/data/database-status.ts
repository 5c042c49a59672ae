import 'server-only';
import { prisma, resetPrismaClient } from '../database/db';

// Whether the database can answer the app's queries: the file exists, is SQLite, and holds the
// tables. Checked by the proxy before each route, so a missing, unreadable or corrupt database
// gives every route a 503 rather than a 500 halfway through rendering.
//
// A success is trusted for a second (one cheap query per second at most, not per request); a
// failure is never cached: the client is dropped and the next request opens the file again.
const TRUST_SUCCESS_MS = 1_000;
let lastSuccess = 0;

export async function isDatabaseReadable(now: number = Date.now()): Promise<boolean> {
  if (now - lastSuccess < TRUST_SUCCESS_MS) return true;
  try {
    await prisma.dataset.findFirst({ select: { id: true } });
    lastSuccess = now;
    return true;
  } catch (error) {
    console.error('database unreadable:', error instanceof Error ? error.message : error);
    lastSuccess = 0;
    resetPrismaClient();
    return false;
  }
}
