import 'server-only';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';

export type DatasetSummary = SourceInfo & { source: string; rowCount: number };

export async function getDatasets(): Promise<DatasetSummary[]> {
  const datasets = await prisma.dataset.findMany({ orderBy: { id: 'asc' } });
  return datasets.map((d) => ({ ...toSourceInfo(d), source: d.source, rowCount: d.rowCount }));
}

export function toSourceInfo(d: {
  id: string;
  publisher: string;
  indicator: string;
  unit: string;
  url: string;
  file: string;
  checksum: string;
  loadedAt: Date;
}): SourceInfo {
  return {
    id: d.id,
    publisher: d.publisher,
    indicator: d.indicator,
    unit: d.unit,
    url: d.url,
    file: d.file,
    sha256: d.checksum,
    loadedAt: d.loadedAt.toISOString(),
  };
}
