import 'server-only';
import { prisma } from '../database/db';
import type { DataVersions } from '../view-state/dashboard-state';
import type { DataVersionInfo } from '../panel/version-types';

// Every data version, newest first, with what it changed in each dataset it touched.
export async function getVersions(): Promise<DataVersionInfo[]> {
  const versions = await prisma.dataVersion.findMany({
    orderBy: { id: 'desc' },
    include: { changes: { omit: { versionId: true }, orderBy: { datasetId: 'asc' } } },
  });
  return versions.map((v) => ({
    id: v.id,
    createdAt: v.createdAt.toISOString(),
    files: JSON.parse(v.files) as DataVersionInfo['files'],
    datasets: v.changes.map((c) => ({ ...c, kind: c.kind as DataVersionInfo['datasets'][number]['kind'] })),
  }));
}

// The versions a link may name (for the URL parser): ids only, one small index scan.
export async function getDataVersions(): Promise<DataVersions> {
  const rows = await prisma.dataVersion.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const ids = rows.map((r) => r.id);
  return { current: ids.at(-1) ?? 0, ids: new Set(ids) };
}

// When a version was recorded, and the checksum it lists for a file: what a link's version names.
export async function getVersionRecord(
  id: number,
): Promise<{ createdAt: string; checksumOf: (file: string) => string | undefined } | null> {
  const version = await prisma.dataVersion.findUnique({ where: { id } });
  if (!version) return null;
  const files = JSON.parse(version.files) as { file: string; checksum: string }[];
  return {
    createdAt: version.createdAt.toISOString(),
    checksumOf: (file) => files.find((f) => f.file === file)?.checksum,
  };
}
