import { statSync } from 'node:fs';
import path from 'node:path';
import type {
  BulkWriter,
  DatasetChangeRow,
  LoadedDataset,
  ObservationRow,
  RevisionCounts,
} from './bulk-writer/bulk-writer';
import { openBulkWriter } from './bulk-writer/open-bulk-writer';
import {
  ECONOMIES_FILE,
  listDatasetFiles,
  type ArticleFile,
  type DatasetFile,
  type ObservationFile,
} from './dataset-files';
import type { EconomyReference } from './economies-csv-to-reference';
import { IngestError } from './ingest-error';
import {
  ECONOMIES_DATASET,
  planChangesSomething,
  planLoad,
  removalProblem,
  shrinkProblem,
  type LoadPlan,
} from './load-plan';
import { crossRowCheck, observationReader } from './observation-reader';
import { profileCollector, profileRevisions } from './profile-values';
import { readCsv, type CsvRecord } from './read-csv';
import { fixedShareCollector } from './fixed-share-collector';
import { aggregateCodes, fixedShareNote } from './fixed-share-note';
import { readEconomyReference, readWholeFile } from './read-economy-reference';
import { newReadTally, skippedNotes } from './read-tally';
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
  changes: DatasetChangeRow[]; // what that version did to each dataset it touched
  revisionSeconds: number; // of `seconds`, the time spent setting rows aside and comparing them
  seconds: number;
};

export type LoadOptions = {
  databaseUrl?: string; // default: DATABASE_URL
  root?: string; // the folder the data/ paths are relative to
  datasets?: DatasetFile[];
  economiesFile?: string; // default data/economies.csv; economy-codes-outside-iso.csv sits beside it
  onProgress?: (event: LoadEvent) => void;
  allowShrink?: boolean; // let a reload leave a dataset with less than half its values (load-plan.ts)
};

// A second load while one runs: refused at once, naming the one that runs.
export class LoadBusyError extends Error {}

const PROGRESS_EVERY_MS = 250;

// Loads every data file into the database in one transaction. Files whose checksum matches what is
// loaded are left alone; a changed file replaces its dataset whole; a dataset whose file is gone is
// removed (planLoad decides, from checksums alone). Files are streamed and written through the bulk
// writer as they are read; any bad line rolls the whole transaction back, so the database stays
// exactly as it was, and a reader sees the old data or the new. One load at a time: the lock is
// taken before the loaded checksums are read, so a second load cannot plan from a stale state.
export async function loadData(options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const datasets = options.datasets ?? listDatasetFiles(root);
  const economiesFile = options.economiesFile ?? ECONOMIES_FILE;
  const progress = options.onProgress ?? (() => {});

  const writer = openBulkWriter(options.databaseUrl);
  try {
    const busy = await writer.tryLoadLock();
    if (busy)
      throw new LoadBusyError(
        `another load is running (${busy.holder}); wait for it to finish (or stop it), then run npm run db:load again`,
      );
    const loaded = await writer.loadedChecksums();
    const economies = readEconomyReference(root, economiesFile);
    const files = [];
    for (const dataset of datasets)
      files.push({ dataset, checksum: await fileChecksum(dataset.file, path.join(root, dataset.file)) });
    const plan = planLoad(loaded, { file: economiesFile, checksum: economies.checksum }, files);
    for (const dataset of plan.unchanged) progress({ kind: 'unchanged', file: dataset.file });

    const unchanged = plan.unchanged.map((d) => d.file);
    const summary: LoadSummary = { ...emptySummary(), unchanged };
    if (planChangesSomething(plan)) {
      await writer.begin();
      try {
        const context = { writer, root, reference: economies.reference, progress, loaded, options };
        await carryOut(plan, economies.checksum, summary, context);
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

const emptySummary = (): LoadSummary => ({
  loaded: [],
  unchanged: [],
  removed: [],
  changes: [],
  dataVersion: null,
  rows: 0,
  exactDuplicates: 0,
  skipped: 0,
  revisionSeconds: 0,
  seconds: 0,
});

type LoadContext = {
  writer: BulkWriter;
  root: string;
  reference: EconomyReference;
  progress: (event: LoadEvent) => void;
  loaded: Map<string, LoadedDataset>;
  options: LoadOptions;
};

// The plan's writes, inside the transaction: a data version, the economies, removals, then each file.
async function carryOut(
  plan: LoadPlan,
  economiesChecksum: string,
  summary: LoadSummary,
  context: LoadContext,
) {
  const { writer, progress } = context;
  // A reload that would leave a dataset with less than half its values is refused unless forced.
  const refuse = (file: string, problem: string | undefined) => {
    if (problem && !context.options.allowShrink) throw new IngestError({ file }, problem);
  };
  const version = await writer.startDataVersion();
  const noRevisions: RevisionCounts = { added: 0, removed: 0, changed: 0 };
  const economiesFile = plan.filesAfter[0].file;
  if (plan.economiesChanged) {
    const economies = { file: economiesFile, checksum: economiesChecksum, kind: plan.economiesKind };
    await writer.writeEconomies(context.reference);
    await writer.writeDataset({
      ...ECONOMIES_METADATA,
      ...economies,
      rowCount: context.reference.aliases.length,
    });
    summary.changes.push({ datasetId: ECONOMIES_DATASET, ...economies, ...noRevisions });
  }
  for (const id of plan.remove) {
    // A dataset whose file is gone loses all its values: refused unless forced, as a shrink is (a
    // partial checkout or a mistyped data/ must not empty the database with a successful exit).
    refuse('data/', removalProblem(id, context.loaded.get(id)?.rowCount ?? 0));
    // A removed dataset records its removal, not one revision per observation (see docs/versions.md).
    summary.changes.push({ datasetId: id, file: '', checksum: '', kind: 'removed', ...noRevisions });
    await writer.deleteDataset(id);
    summary.removed.push(id);
    progress({ kind: 'removed', file: id });
  }
  for (const { dataset, checksum, kind } of plan.load) {
    const fileStarted = performance.now();
    // Revisions are recorded only for a dataset loaded before: a first load records its
    // DatasetChange, not one "added" revision per observation.
    const revisionsIn = kind === 'revised' ? version : null;
    const result =
      dataset.source === 'article'
        ? await loadArticleFile(writer, dataset, context.root, context.reference)
        : await loadObservationFile(context, dataset, checksum, revisionsIn);
    const stored = context.loaded.get(dataset.id)?.rowCount ?? 0;
    refuse(dataset.file, shrinkProblem(dataset.id, stored, result.storedRows));
    // A reload that would drop most of a dataset's profile values is refused the same way.
    const { before, after } = result.profileValues ?? { before: 0, after: 0 };
    refuse(dataset.file, shrinkProblem(`${dataset.id} (trade profile)`, before, after));
    summary.changes.push({
      datasetId: dataset.id,
      file: dataset.file,
      checksum,
      kind,
      ...(result.revisions ?? noRevisions),
    });
    summary.loaded.push(dataset.file);
    summary.rows += result.rows;
    summary.exactDuplicates += result.exactDuplicates;
    summary.skipped += result.skipped;
    summary.revisionSeconds += result.revisionSeconds ?? 0;
    const seconds = (performance.now() - fileStarted) / 1000;
    progress({ kind: 'loaded', file: dataset.file, rows: result.rows, seconds, notes: result.notes });
  }
  await writer.recordDataVersion(version, plan.filesAfter, summary.changes);
  summary.dataVersion = version;
}

type FileResult = {
  rows: number;
  storedRows: number; // the dataset's rowCount after the load
  exactDuplicates: number;
  skipped: number;
  notes: string[];
  revisions?: RevisionCounts;
  revisionSeconds?: number;
  profileValues?: { before: number; after: number }; // counts of the trade profile's values
};

async function loadObservationFile(
  { writer, root, reference, progress }: LoadContext,
  dataset: ObservationFile,
  checksum: string,
  revisionsIn: number | null, // the version to record value-level revisions in; null: none
): Promise<FileResult> {
  const { id, file } = dataset;
  const metadata = { ...dataset, checksum, rowCount: 0 };
  const keepStarted = performance.now();
  if (revisionsIn !== null) await writer.keepPreviousObservations(id);
  // A dataset's profile values before the reload, to compare; none when it had none (its first load
  // with them records no revisions, as a dataset's first load records none).
  const profileBefore =
    revisionsIn !== null && dataset.source === 'wits' ? await writer.readProfileValues(id) : [];
  let revisionSeconds = (performance.now() - keepStarted) / 1000;
  await writer.deleteDataset(id);
  await writer.writeDataset(metadata);

  const bytesTotal = statSync(path.join(root, file)).size;
  const started = performance.now();
  let lastProgress = started;
  let bytesRead = 0;
  let rows = 0;
  let exactDuplicates = 0;
  const tally = newReadTally();
  let read: ((record: CsvRecord) => ObservationRow[]) | undefined;
  const check = crossRowCheck(dataset);
  const profile = profileCollector(file);
  const onProfile = dataset.source === 'wits' ? profile.add : undefined;
  const fixedShares = dataset.derivesShares ? fixedShareCollector(aggregateCodes(reference)) : undefined;

  const streamed = await streamCsv({
    file,
    path: path.join(root, file),
    encoding: dataset.encoding,
    onBytes: (bytes) => (bytesRead = bytes),
    onHeader: (header) => (read = observationReader(dataset, header, reference, tally, onProfile)),
    onRecords: (records) => {
      const batch: ObservationRow[] = [];
      for (const record of records) for (const row of read!(record)) batch.push(row);
      check.add(batch);
      fixedShares?.add(batch);
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
  check.finish();
  const finished = await writer.finishObservations(id);
  if (finished.conflict) throw conflictError(file, finished.conflict);
  rows += finished.inserted;
  exactDuplicates += finished.exactDuplicates;
  const notes: string[] = [];
  if (dataset.derivesShares) rows += await writer.deriveShares(id);
  if (fixedShares) {
    const stretches = await fixedShares.finish((reporter) => writer.readShares(id, reporter));
    await writer.writeFixedShareStretches(id, stretches);
    if (stretches.length > 0) notes.push(fixedShareNote(stretches));
  }
  await writer.writeDataset({ ...metadata, rowCount: rows });
  const profileValues = profile.values();
  await writer.writeProfileValues(id, profileValues);
  exactDuplicates += profile.exactDuplicates();
  const compareStarted = performance.now();
  let revisions = revisionsIn === null ? undefined : await writer.recordRevisions(revisionsIn, id);
  if (revisionsIn !== null && profileBefore.length > 0) {
    const changed = profileRevisions(profileBefore, profileValues);
    await writer.writeProfileRevisions(revisionsIn, id, changed.rows);
    revisions = sumCounts(revisions!, changed.counts);
  }
  revisionSeconds += (performance.now() - compareStarted) / 1000;

  exactDuplicates += tally.exactDuplicates;
  if (exactDuplicates > 0)
    notes.push(
      `${exactDuplicates.toLocaleString('en')} rows repeated with identical values were counted once`,
    );
  if (profileValues.length > 0)
    notes.push(
      `${profileValues.length.toLocaleString('en')} values of the trade profile (product groups, indicators)`,
    );
  notes.push(...skippedNotes(tally));
  const skippedRows = [...tally.skipped.values()].reduce((sum, s) => sum + s.rows, 0);
  const profileCounts = { before: profileBefore.length, after: profileValues.length };
  return {
    rows,
    storedRows: rows,
    exactDuplicates,
    skipped: skippedRows,
    notes,
    revisions,
    revisionSeconds,
    profileValues: profileCounts,
  };
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
  return { rows: 0, storedRows: rows, exactDuplicates: 0, skipped: 0, notes: content.notes };
}

const sumCounts = (a: RevisionCounts, b: RevisionCounts): RevisionCounts => ({
  added: a.added + b.added,
  removed: a.removed + b.removed,
  changed: a.changed + b.changed,
});

const ECONOMIES_METADATA = {
  id: ECONOMIES_DATASET,
  source: 'reference',
  publisher: 'this project',
  indicator: 'Economy codes and the names each source uses',
  unit: '',
  url: '',
};

function conflictError(
  file: string,
  conflict: { row: ObservationRow; stored: { value: number; flag: string | null } },
) {
  const { row, stored } = conflict;
  const key = `${row.reporterCode} ${row.partnerCode} ${row.flow} ${row.measure} ${row.year}`;
  return new IngestError(
    { file, line: row.line, column: row.column },
    `one value per reporter, partner, flow and year; an earlier row gave ${withFlag(stored)} for ${key}, this row gives ${withFlag(row)}`,
  );
}

const withFlag = (o: { value: number; flag: string | null }) => `${o.value}${o.flag ? ` (${o.flag})` : ''}`;
