// GET /api/datasets/:id/csv — every observation of one WITS or IMF DOTS dataset as CSV, streamed one reporter at a time; 404 (plain text) for an unknown id.
import { csvStream } from '@/lib/csv/csv';
import { csvTable, provenanceColumns, type CsvColumns } from '@/lib/csv/csv-table';
import {
  getDatasetObservations,
  getObservationDatasetIds,
  type DatasetObservation,
} from '@/lib/data/get-dataset-observations';
import type { SourceInfo } from '@/lib/panel/series-types';
import { datasetDownloadName } from '@/lib/csv/download-name';
import { csvResponse } from '@/lib/serving/csv-response';
import { respondWithDataVersion, versionedResponse } from '@/lib/serving/versioned-response';
import { MEASURE_UNITS, type Measure } from '@/lib/view-state/trade-terms';

// Tagged with the data version, but not kept in memory: a whole dataset runs to hundreds of MB.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondWithDataVersion(request, (version) =>
    versionedResponse(request, { version, key: `/api/datasets/${id}/csv`, streamed: true }, () =>
      datasetCsv(id),
    ),
  );
}

async function datasetCsv(id: string): Promise<Response> {
  const found = await getDatasetObservations(id);
  if (!found) {
    const known = await getObservationDatasetIds();
    const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
    return new Response(`No dataset of observations with id "${shown}". Known ids: ${known.join(', ')}.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  // IMF DOTS is ~5 million rows: streamed, one reporter at a time, so the server’s memory stays flat.
  const columns = datasetColumns(found.dataset);
  const rows = mapPages(found.pages, (page) => csvTable(columns, page).rows);
  return csvResponse(csvStream(Object.keys(columns), rows), datasetDownloadName(found.dataset.id));
}

async function* mapPages<T, U>(pages: AsyncGenerator<T>, map: (page: T) => U): AsyncGenerator<U> {
  for await (const page of pages) yield map(page);
}

const datasetColumns = (dataset: SourceInfo): CsvColumns<DatasetObservation> => ({
  reporter: (o) => o.reporter,
  reporter_name: (o) => o.reporterName,
  partner: (o) => o.partner,
  partner_name: (o) => o.partnerName,
  flow: (o) => o.flow,
  measure: (o) => o.measure,
  unit: (o) => MEASURE_UNITS[o.measure as Measure]?.unit ?? o.measure,
  year: (o) => o.year,
  value: (o) => o.value,
  flag: (o) => o.flag,
  ...provenanceColumns(['publisher', 'file', 'url', 'sha256', 'loadedAt'], () => dataset),
});
