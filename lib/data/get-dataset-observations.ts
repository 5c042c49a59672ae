import 'server-only';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';
import { FLOWS, MEASURES, SOURCES } from '../view-state/trade-terms';
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

// The observations come in pages of one reporter and at most PARTNERS_PER_PAGE of its partners
// (~7,000 rows at most), so a download of the 5-million-row IMF DOTS dataset holds one page at a time.
export const PARTNERS_PER_PAGE = 25;

export type DatasetObservations = { dataset: SourceInfo; pages: AsyncGenerator<DatasetObservation[]> };

// Every number one WITS or IMF DOTS file gave (and the shares derived from it), sorted by reporter,
// partner, flow, measure and year, so two downloads of the same load are byte-identical. null for
// an unknown id and for the reference and article datasets, which hold no observations.
export async function getDatasetObservations(
  id: string,
  { partnersPerPage = PARTNERS_PER_PAGE } = {},
): Promise<DatasetObservations | null> {
  const dataset = await prisma.dataset.findFirst({ where: { id, source: { in: [...SOURCES] } } });
  if (!dataset) return null;
  return { dataset: toSourceInfo(dataset), pages: observationPages(id, partnersPerPage) };
}

async function* observationPages(
  datasetId: string,
  partnersPerPage: number,
): AsyncGenerator<DatasetObservation[]> {
  const economies = await prisma.economy.findMany({ select: { code: true, name: true } });
  const nameOf = new Map(economies.map((e) => [e.code, e.name]));
  // Keyset pagination on ReporterPartner's key (datasetId, reporterCode, partnerCode): each step
  // seeks the next reporter after the last one, never an OFFSET; its partners come in groups.
  let reporter = await nextReporter(datasetId, '');
  while (reporter) {
    const partners = await prisma.reporterPartner.findMany({
      where: { datasetId, reporterCode: reporter },
      select: { partnerCode: true },
      orderBy: { partnerCode: 'asc' },
    });
    const code = reporter;
    const reporterName = nameOf.get(code) ?? code;
    for (let start = 0; start < partners.length; start += partnersPerPage) {
      const group = partners.slice(start, start + partnersPerPage).map((p) => p.partnerCode);
      const rows = await prisma.observation.findMany({
        // Every flow and measure named, so SQLite seeks the primary key down to the partner.
        where: {
          datasetId,
          reporterCode: reporter,
          measure: { in: [...MEASURES] },
          flow: { in: [...FLOWS] },
          partnerCode: { in: group },
        },
        select: { partnerCode: true, flow: true, measure: true, year: true, value: true, flag: true },
        orderBy: [{ partnerCode: 'asc' }, { flow: 'asc' }, { measure: 'asc' }, { year: 'asc' }],
      });
      yield rows.map((r) => ({
        reporter: code,
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
    reporter = await nextReporter(datasetId, reporter);
  }
}

async function nextReporter(datasetId: string, after: string): Promise<string | undefined> {
  const next = await prisma.reporterPartner.findFirst({
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
