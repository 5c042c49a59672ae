import 'server-only';
import { prisma } from '../db';
import type { Catalog } from '../catalog';
import { SOURCES, type Source } from '../trade-terms';
import { getDataVersion } from './get-data-version';

// The catalog changes only when a load does: kept per data version, so a page does not read the
// ~55,000 reporter–partner pairs of the world on every request.
let cached: { version: number; catalog: Promise<Catalog> } | undefined;

// What a view can be made of: economies with their names, and for each source which reporters
// it covers and which partners each reporter has any number for.
export async function getCatalog(): Promise<Catalog> {
  const version = await getDataVersion();
  if (cached?.version !== version) {
    const catalog = readCatalog();
    cached = { version, catalog };
    catalog.catch(() => (cached = undefined));
  }
  return cached.catalog;
}

async function readCatalog(): Promise<Catalog> {
  const [economies, datasets, pairs] = await Promise.all([
    prisma.economy.findMany({ select: { code: true, name: true, kind: true }, orderBy: { name: 'asc' } }),
    prisma.dataset.findMany({ select: { id: true, source: true } }),
    prisma.reporterPartner.findMany({ select: { datasetId: true, reporterCode: true, partnerCode: true } }),
  ]);
  const sourceOf = new Map(datasets.map((d) => [d.id, d.source]));
  const partners = Object.fromEntries(
    SOURCES.map((source) => [source, {} as Record<string, string[]>]),
  ) as Catalog['partners'];
  for (const pair of pairs) {
    const source = sourceOf.get(pair.datasetId) as Source | undefined;
    if (!source || !(source in partners) || pair.partnerCode === 'WLD') continue;
    (partners[source][pair.reporterCode] ??= []).push(pair.partnerCode);
  }
  return { economies, partners };
}
