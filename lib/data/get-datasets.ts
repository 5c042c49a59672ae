import 'server-only';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';
import type { Dataset } from '../generated/prisma/client';

export type DatasetSummary = SourceInfo & { source: string; rowCount: number };

export async function getDatasets(): Promise<DatasetSummary[]> {
  const datasets = await prisma.dataset.findMany({ orderBy: { id: 'asc' } });
  return datasets.map((d) => ({ ...toSourceInfo(d), source: d.source, rowCount: d.rowCount }));
}

export function toSourceInfo(d: Dataset): SourceInfo {
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
