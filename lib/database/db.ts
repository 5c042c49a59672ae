import 'server-only';
import { replicaUrls } from './database-url';
import { createPrismaClient, type PrismaClient } from './prisma-client';

// One client per server process, kept on globalThis: Next re-evaluates modules on every edit in
// development, and in production the proxy's bundle and the routes' bundle share it this way.
// The server never creates the database file (mustExist); a client whose database could not be
// read is dropped (resetPrismaClient) so the next request opens the file again, and service
// resumes by itself once the file is back. DATABASE_URL picks SQLite or PostgreSQL;
// DATABASE_REPLICA_URLS adds PostgreSQL read replicas (docs/deploy.md).
const holder = globalThis as unknown as { prisma?: PrismaClient };

function currentClient(): PrismaClient {
  holder.prisma ??= createPrismaClient(undefined, { mustExist: true, replicaUrls: replicaUrls() });
  return holder.prisma;
}

export function resetPrismaClient(): void {
  const client = holder.prisma;
  holder.prisma = undefined;
  client?.$disconnect().catch(() => {});
}

// Delegates to the current client, so modules that imported `prisma` once follow a reset.
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = currentClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
