import 'server-only';
import { prisma } from '../db';
import type { SourceInfo } from '../series-types';
import { SOURCES } from '../trade-terms';
import { toSourceInfo } from './get-datasets';
import { flagFromStored } from './stored-flag';

export type DatasetObservation = {
  reporter: string;
  reporterName: string;
  partner: string;
  partnerName: string;
  flow: string;
  measure: string;
  year: number;
  value: number;
  flag: string | null;
};

export type DatasetObservations = { dataset: SourceInfo; observations: DatasetObservation[] };

// Every number one WITS or IMF DOTS file gave (and the shares derived from it), sorted so two
// downloads of the same load are byte-identical. null for an unknown id and for the reference and
// article datasets, which hold no observations.
export async function getDatasetObservations(id: string): Promise<DatasetObservations | null> {
  const dataset = await prisma.dataset.findFirst({ where: { id, source: { in: [...SOURCES] } } });
  if (!dataset) return null;
  const rows = await prisma.observation.findMany({
    where: { datasetId: id },
    include: { reporter: { select: { name: true } }, partner: { select: { name: true } } },
    orderBy: [
      { reporterCode: 'asc' },
      { partnerCode: 'asc' },
      { flow: 'asc' },
      { measure: 'asc' },
      { year: 'asc' },
    ],
  });
  return {
    dataset: toSourceInfo(dataset),
    observations: rows.map((r) => ({
      reporter: r.reporterCode,
      reporterName: r.reporter.name,
      partner: r.partnerCode,
      partnerName: r.partner.name,
      flow: r.flow,
      measure: r.measure,
      year: r.year,
      value: r.value,
      flag: flagFromStored(r.flag),
    })),
  };
}

// The ids a download can ask for, for the 404 that lists them.
export async function getObservationDatasetIds(): Promise<string[]> {
  const datasets = await prisma.dataset.findMany({
    where: { source: { in: [...SOURCES] } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return datasets.map((d) => d.id);
}
