// GET /api/datasets/:id/csv — every observation of one WITS or IMF DOTS dataset as CSV, streamed one reporter at a time; 404 (plain text) for an unknown id.
import { csvStream, type CsvCell } from '@/lib/csv/csv';
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

const COLUMNS = [
  'reporter',
  'reporter_name',
  'partner',
  'partner_name',
  'flow',
  'measure',
  'unit',
  'year',
  'value',
  'flag',
  'source',
  'source_file',
  'source_url',
  'source_sha256',
  'source_loaded_at',
];

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
  const rows = mapPages(found.pages, (page) => toRows(found.dataset, page));
  return csvResponse(csvStream(COLUMNS, rows), datasetDownloadName(found.dataset.id));
}

async function* mapPages<T, U>(pages: AsyncGenerator<T>, map: (page: T) => U): AsyncGenerator<U> {
  for await (const page of pages) yield map(page);
}

function toRows(dataset: SourceInfo, observations: DatasetObservation[]): CsvCell[][] {
  return observations.map((o) => [
    o.reporter,
    o.reporterName,
    o.partner,
    o.partnerName,
    o.flow,
    o.measure,
    MEASURE_UNITS[o.measure as Measure]?.unit ?? o.measure,
    o.year,
    o.value,
    o.flag,
    dataset.publisher,
    dataset.file,
    dataset.url,
    dataset.sha256,
    dataset.loadedAt,
  ]);
}
