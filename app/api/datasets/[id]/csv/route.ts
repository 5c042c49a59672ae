// GET /api/datasets/:id/csv — every observation of one WITS or IMF DOTS dataset as CSV; 404 (plain text) for an unknown id.
import { toCsv, type CsvCell } from '@/lib/csv';
import {
  getDatasetObservations,
  getObservationDatasetIds,
  type DatasetObservations,
} from '@/lib/data/get-dataset-observations';
import { datasetDownloadName } from '@/lib/download-name';
import { csvResponse } from '@/lib/http/csv-response';
import { MEASURE_UNITS, type Measure } from '@/lib/trade-terms';

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

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getDatasetObservations(id);
  if (!found) {
    const known = await getObservationDatasetIds();
    const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
    return new Response(`No dataset of observations with id "${shown}". Known ids: ${known.join(', ')}.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  return csvResponse(toCsv(COLUMNS, toRows(found)), datasetDownloadName(found.dataset.id));
}

function toRows({ dataset, observations }: DatasetObservations): CsvCell[][] {
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
