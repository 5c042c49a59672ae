import 'server-only';
import { createPrismaClient, type PrismaClient } from './prisma-client';

// One client per server process; in development Next re-evaluates modules on every edit, so the
// client is kept on globalThis instead of opening a new connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
