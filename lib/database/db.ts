import 'server-only';
import { dataVersionProbe } from './data-version-probe';
import { replicaUrls } from './database-url';
import { createPrismaClient, primaryOf, type PrismaClient } from './prisma-client';
import { readContext } from './read-context';

// One client per server process, kept on globalThis: Next re-evaluates modules on every edit in
// development, and in production the proxy's bundle and the routes' bundle share it this way.
// The server never creates the database file (mustExist). When the data version probe opens the
// database anew (another file put in place, or back after an outage) the client is replaced and
// the next query opens the file again; the old one is closed only after DISCONNECT_AFTER_MS, so
// the queries it is running finish instead of failing. DATABASE_URL picks SQLite or PostgreSQL; DATABASE_REPLICA_URLS
// adds PostgreSQL read replicas (docs/deploy.md), used only by reads whose request allows them.
const holder = globalThis as unknown as { prisma?: PrismaClient; prismaOpened?: number };
const withReplicas = replicaUrls().length > 0;
const DISCONNECT_AFTER_MS = 30_000;

function currentClient(): PrismaClient {
  const probe = dataVersionProbe();
  const opened = probe.opened();
  if (holder.prismaOpened !== undefined && holder.prismaOpened !== opened) resetPrismaClient();
  holder.prismaOpened = opened;
  holder.prisma ??= createPrismaClient(undefined, { mustExist: true, replicaUrls: replicaUrls() });
  if (!withReplicas) return holder.prisma;
  const reads = readContext.getStore();
  const replicas = reads ? reads.replicas : probe.replicasAt(probe.current() ?? -1);
  return replicas ? holder.prisma : primaryOf(holder.prisma);
}

function resetPrismaClient(): void {
  const client = holder.prisma;
  holder.prisma = undefined;
  if (client) setTimeout(() => void client.$disconnect().catch(() => {}), DISCONNECT_AFTER_MS).unref();
}

// Delegates to the current client, so modules that imported `prisma` once follow a reset.
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = currentClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
