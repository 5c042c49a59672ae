import 'server-only';
import { replicaUrls } from './database-url';
import { createPrismaClient, type PrismaClient } from './prisma-client';

// One client per server process; in development Next re-evaluates modules on every edit, so the
// client is kept on globalThis instead of opening a new connection each time. DATABASE_URL picks
// SQLite or PostgreSQL; DATABASE_REPLICA_URLS adds PostgreSQL read replicas (docs/deploy.md).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrismaClient(undefined, { replicaUrls: replicaUrls() });
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
