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

// The observations come in pages, one reporter's at a time (the largest, World in IMF DOTS, is
// ~51,000 rows), so a download of the 5-million-row DOTS dataset never holds more than one page.
export type DatasetObservations = { dataset: SourceInfo; pages: AsyncGenerator<DatasetObservation[]> };

// Every number one WITS or IMF DOTS file gave (and the shares derived from it), sorted by reporter,
// partner, flow, measure and year, so two downloads of the same load are byte-identical. null for
// an unknown id and for the reference and article datasets, which hold no observations.
export async function getDatasetObservations(id: string): Promise<DatasetObservations | null> {
  const dataset = await prisma.dataset.findFirst({ where: { id, source: { in: [...SOURCES] } } });
  if (!dataset) return null;
  return { dataset: toSourceInfo(dataset), pages: reporterPages(id) };
}

async function* reporterPages(datasetId: string): AsyncGenerator<DatasetObservation[]> {
  const economies = await prisma.economy.findMany({ select: { code: true, name: true } });
  const nameOf = new Map(economies.map((e) => [e.code, e.name]));
  // Keyset pagination on the primary key's prefix (datasetId, reporterCode): each step seeks the
  // next reporter after the last one, never an OFFSET.
  for (
    let reporter = await nextReporter(datasetId, '');
    reporter;
    reporter = await nextReporter(datasetId, reporter)
  ) {
    const rows = await prisma.observation.findMany({
      where: { datasetId, reporterCode: reporter },
      select: { partnerCode: true, flow: true, measure: true, year: true, value: true, flag: true },
      orderBy: [{ partnerCode: 'asc' }, { flow: 'asc' }, { measure: 'asc' }, { year: 'asc' }],
    });
    const reporterName = nameOf.get(reporter) ?? reporter;
    yield rows.map((r) => ({
      reporter,
      reporterName,
      partner: r.partnerCode,
      partnerName: nameOf.get(r.partnerCode) ?? r.partnerCode,
      flow: r.flow,
      measure: r.measure,
      year: r.year,
      value: r.value,
      flag: flagFromStored(r.flag),
    }));
  }
}

async function nextReporter(datasetId: string, after: string): Promise<string | undefined> {
  const next = await prisma.observation.findFirst({
    where: { datasetId, reporterCode: { gt: after } },
    select: { reporterCode: true },
    orderBy: [{ datasetId: 'asc' }, { reporterCode: 'asc' }],
  });
  return next?.reporterCode;
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
