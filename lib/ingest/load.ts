import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BulkWriter, LoadedFile, ObservationFlag, ObservationRow } from './bulk-writer/bulk-writer';
import { openBulkWriter } from './bulk-writer/open-bulk-writer';
import {
  ECONOMIES_FILE,
  listDatasetFiles,
  type ArticleFile,
  type DatasetFile,
  type ObservationFile,
} from './dataset-files';
import { economiesCsvToReference, economyCodeFor, type EconomyReference } from './economies-csv-to-reference';
import { IngestError } from './ingest-error';
import { readCsv } from './read-csv';
import { resolveCode, rowSkipReason, type RowsContext } from './rows-to-observations';
import { fileChecksum, streamCsv } from './stream-csv';

export type LoadEvent =
  | { kind: 'unchanged'; file: string }
  | { kind: 'removed'; file: string }
  | { kind: 'progress'; file: string; rows: number; bytesRead: number; bytesTotal: number; seconds: number }
  | { kind: 'loaded'; file: string; rows: number; seconds: number; notes: string[] }
  | { kind: 'committing' };

export type LoadSummary = {
  loaded: string[];
  unchanged: string[];
  removed: string[];
  rows: number; // observations written, derived shares included
  exactDuplicates: number;
  skipped: number;
  dataVersion: number | null; // the version this load recorded; null when nothing changed
  seconds: number;
};

export type LoadOptions = {
  databaseUrl?: string; // default: DATABASE_URL
  root?: string; // the folder the data/ paths are relative to
  datasets?: DatasetFile[];
  economiesFile?: string;
  onProgress?: (event: LoadEvent) => void;
};

const ECONOMIES_DATASET = 'economies';
const PROGRESS_EVERY_MS = 250;

// Loads every data file into the database in one transaction. Files whose checksum matches what is
// loaded are left alone; a changed file replaces its dataset whole; a dataset whose file is gone is
// removed. Files are streamed and written through the bulk writer as they are read; any bad line
// rolls the whole transaction back, so the database stays exactly as it was, and a reader sees the
// old data or the new.
export async function loadData(options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const datasets = options.datasets ?? listDatasetFiles(root);
  const economiesFile = options.economiesFile ?? ECONOMIES_FILE;
  const progress = options.onProgress ?? (() => {});

  const writer = openBulkWriter(options.databaseUrl);
  try {
    const loaded = await writer.loadedChecksums();
    const economies = readWholeFile(root, economiesFile);
    const reference = economiesCsvToReference(readCsv(economiesFile, economies.text));
    const economiesChanged = loaded.get(ECONOMIES_DATASET)?.checksum !== economies.checksum;

    const changed: { dataset: DatasetFile; checksum: string }[] = [];
    const unchanged: string[] = [];
    for (const dataset of datasets) {
      const checksum = await fileChecksum(dataset.file, path.join(root, dataset.file));
      if (!economiesChanged && loaded.get(dataset.id)?.checksum === checksum) {
        unchanged.push(dataset.file);
        progress({ kind: 'unchanged', file: dataset.file });
      } else {
        changed.push({ dataset, checksum });
      }
    }
    const current = new Set(datasets.map((d) => d.id));
    const removed = [...loaded].filter(
      ([id, d]) => id !== ECONOMIES_DATASET && !current.has(id) && d.source !== 'reference',
    );

    const summary: LoadSummary = {
      loaded: [],
      unchanged,
      removed: [],
      rows: 0,
      exactDuplicates: 0,
      skipped: 0,
      dataVersion: null,
      seconds: 0,
    };
    if (changed.length > 0 || removed.length > 0 || economiesChanged) {
      await writer.begin();
      try {
        if (economiesChanged) await writeEconomies(writer, reference, economiesFile, economies.checksum);
        for (const [id] of removed) {
          await writer.deleteDataset(id);
          summary.removed.push(id);
          progress({ kind: 'removed', file: id });
        }
        for (const { dataset, checksum } of changed) {
          const fileStarted = performance.now();
          const result =
            dataset.source === 'article'
              ? await loadArticleFile(writer, dataset, root, reference)
              : await loadObservationFile(writer, dataset, root, checksum, reference, progress);
          summary.loaded.push(dataset.file);
          summary.rows += result.rows;
          summary.exactDuplicates += result.exactDuplicates;
          summary.skipped += result.skipped;
          const seconds = (performance.now() - fileStarted) / 1000;
          progress({ kind: 'loaded', file: dataset.file, rows: result.rows, seconds, notes: result.notes });
        }
        const files: LoadedFile[] = [
          { file: economiesFile, checksum: economies.checksum },
          ...datasets.map((d) => ({
            file: d.file,
            checksum: changed.find((c) => c.dataset === d)?.checksum ?? loaded.get(d.id)!.checksum,
          })),
        ];
        summary.dataVersion = await writer.recordDataVersion(files);
        progress({ kind: 'committing' });
        await writer.commit();
      } catch (error) {
        await writer.rollback();
        throw error;
      }
    }
    summary.seconds = (performance.now() - started) / 1000;
    return summary;
  } finally {
    await writer.close();
  }
}

type FileResult = { rows: number; exactDuplicates: number; skipped: number; notes: string[] };

async function loadObservationFile(
  writer: BulkWriter,
  dataset: ObservationFile,
  root: string,
  checksum: string,
  reference: EconomyReference,
  progress: (event: LoadEvent) => void,
): Promise<FileResult> {
  const { id, file } = dataset;
  const metadata = { ...dataset, checksum, rowCount: 0 };
  await writer.deleteDataset(id);
  await writer.writeDataset(metadata);

  const fileReporter = dataset.reporterAlias && {
    code: economyCodeFor(reference, dataset.reporterAlias.source, { name: dataset.reporterAlias.alias }),
  };
  const bytesTotal = statSync(path.join(root, file)).size;
  const started = performance.now();
  let lastProgress = started;
  let bytesRead = 0;
  let rows = 0;
  let exactDuplicates = 0;
  const skipped = new Map<string, { reason: string; rows: number }>();
  let read: ((record: import('./read-csv').CsvRecord) => import('./source-row').SourceRow[]) | undefined;
  let context: RowsContext | undefined;

  const streamed = await streamCsv({
    file,
    path: path.join(root, file),
    encoding: dataset.encoding,
    onBytes: (bytes) => (bytesRead = bytes),
    onHeader: (header) => {
      context = {
        file,
        source: dataset.source,
        nameColumns: { reporter: dataset.nameColumns.reporter(header), partner: dataset.nameColumns.partner },
      };
      read = dataset.recordReader(file, header, fileReporter?.code ? { code: fileReporter.code } : undefined);
    },
    onRecords: (records) => {
      if (fileReporter && fileReporter.code === undefined) {
        throw new IngestError(
          { file },
          `an economy for the file's reporter "${dataset.reporterAlias!.alias}" in data/economies.csv (source ${dataset.reporterAlias!.source})`,
        );
      }
      const batch: ObservationRow[] = [];
      for (const record of records) {
        for (const row of read!(record)) {
          const skip = rowSkipReason(row, dataset.source);
          if (skip) {
            const entry = skipped.get(skip.name) ?? { reason: skip.reason, rows: 0 };
            entry.rows += 1;
            skipped.set(skip.name, entry);
            continue;
          }
          batch.push({
            reporterCode: resolveCode(row, 'reporter', context!, reference),
            partnerCode: resolveCode(row, 'partner', context!, reference),
            flow: row.flow,
            measure: row.measure,
            year: row.year,
            value: row.value,
            flag: row.flag as ObservationFlag | null,
            line: row.line,
            column: row.column,
          });
        }
      }
      const result = writer.appendObservations(id, batch);
      if (result.conflict) throw conflictError(file, result.conflict);
      rows += result.inserted;
      exactDuplicates += result.exactDuplicates;
      const now = performance.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        progress({ kind: 'progress', file, rows, bytesRead, bytesTotal, seconds: (now - started) / 1000 });
      }
    },
  });
  if (streamed.checksum !== checksum)
    throw new IngestError({ file }, 'the same file throughout the load (it changed while being read)');
  const finished = await writer.finishObservations(id);
  if (finished.conflict) throw conflictError(file, finished.conflict);
  rows += finished.inserted;
  exactDuplicates += finished.exactDuplicates;
  if (dataset.derivesShares) rows += await writer.deriveShares(id);
  await writer.writeDataset({ ...metadata, rowCount: rows });

  const notes: string[] = [];
  if (exactDuplicates > 0)
    notes.push(
      `${exactDuplicates.toLocaleString('en')} rows repeated with identical values were counted once`,
    );
  for (const [name, { reason, rows: count }] of skipped)
    notes.push(`skipped ${count.toLocaleString('en')} rows naming "${name}": ${reason}`);
  const skippedRows = [...skipped.values()].reduce((sum, s) => sum + s.rows, 0);
  return { rows, exactDuplicates, skipped: skippedRows, notes };
}

async function loadArticleFile(
  writer: BulkWriter,
  dataset: ArticleFile,
  root: string,
  reference: EconomyReference,
): Promise<FileResult> {
  const { text, checksum } = readWholeFile(root, dataset.file);
  const content = dataset.toContent(readCsv(dataset.file, text), reference);
  await writer.deleteDataset(dataset.id);
  const rows = content.annotations.length + content.claims.length;
  await writer.writeDataset({ ...dataset, checksum, rowCount: rows });
  await writer.writeArticleRows(dataset.id, content);
  return { rows: 0, exactDuplicates: 0, skipped: 0, notes: content.notes };
}

async function writeEconomies(
  writer: BulkWriter,
  reference: EconomyReference,
  file: string,
  checksum: string,
) {
  await writer.writeEconomies(reference);
  await writer.writeDataset({
    id: ECONOMIES_DATASET,
    source: 'reference',
    publisher: 'this project',
    indicator: 'Economy codes and the names each source uses',
    unit: '',
    file,
    url: '',
    checksum,
    rowCount: reference.aliases.length,
  });
}

function conflictError(
  file: string,
  conflict: { row: ObservationRow; stored: { value: number; flag: string | null } },
) {
  const { row, stored } = conflict;
  const key = `${row.reporterCode} ${row.partnerCode} ${row.flow} ${row.measure} ${row.year}`;
  return new IngestError(
    { file, line: row.line, column: row.column },
    `one value per reporter, partner, flow and year; an earlier row gave ${stored.value}${stored.flag ? ` (${stored.flag})` : ''} for ${key}, this row gives ${row.value}${row.flag ? ` (${row.flag})` : ''}`,
  );
}

function readWholeFile(root: string, file: string): { text: string; checksum: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    throw new IngestError(
      { file },
      `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return { text: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
}
