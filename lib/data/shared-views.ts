import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '../database/db';
import { primaryOf } from '../database/prisma-client';
import { readShareLimits } from './share-limits';

// Short links: a canonical query string (lib/view-state/dashboard-state.ts) stored under an id derived from
// it, so sharing the same view twice gives the same link and saving is idempotent.

// A valid state serialises to well under this; the guard keeps a caller's mistake out of the table.
export const MAX_SHARED_QUERY_LENGTH = 1_000;

export class SharedViewTooLongError extends Error {
  constructor(length: number) {
    super(`a shared view's query may be at most ${MAX_SHARED_QUERY_LENGTH} characters (got ${length})`);
    this.name = 'SharedViewTooLongError';
  }
}

// The table's stated bound (SHARED_VIEWS_MAX): past it, new views are refused, known ones still shared.
export class SharedViewsFullError extends Error {
  constructor(max: number) {
    super(
      `The store of short links is full (${max.toLocaleString('en')} views); copy the full address instead`,
    );
    this.name = 'SharedViewsFullError';
  }
}

// 10 base64url characters = 60 bits of sha256: collisions are negligible for the views people share.
export function sharedViewId(query: string): string {
  return createHash('sha256').update(query).digest('base64url').slice(0, 10);
}

export async function saveSharedView(
  query: string,
  maxStoredViews: number = readShareLimits().maxStoredViews,
): Promise<{ id: string }> {
  if (query.length > MAX_SHARED_QUERY_LENGTH) throw new SharedViewTooLongError(query.length);
  const id = sharedViewId(query);
  const known = await prisma.sharedView.findUnique({ where: { id }, select: { query: true } });
  if (!known && (await prisma.sharedView.count()) >= maxStoredViews)
    throw new SharedViewsFullError(maxStoredViews);
  const saved =
    known ?? (await prisma.sharedView.upsert({ where: { id }, create: { id, query }, update: {} }));
  // Never answer with a link that opens someone else's view.
  if (saved.query !== query) throw new Error(`shared view id ${id} already holds a different query`);
  return { id };
}

export async function getSharedView(id: string): Promise<string | null> {
  const read = (client: typeof prisma) =>
    client.sharedView
      .findUnique({ where: { id }, select: { query: true } })
      .then((view) => view?.query ?? null);
  // A link made a moment ago may not have reached a read replica yet: ask the primary before a 404.
  const primary = primaryOf(prisma);
  return (await read(prisma)) ?? (primary === prisma ? null : await read(primary));
}
