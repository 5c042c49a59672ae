import type { Flow, Measure } from '../../view-state/trade-terms';
import type { ClaimInput } from '../article-claims-csv-to-claims';
import type { AnnotationInput } from '../article-notes-csv-to-annotations';
import type { EconomyReference } from '../economies-csv-to-reference';

// The loader's only way to the database: bulk writes beneath Prisma (which owns the schema and the
// reads). One implementation, sql-bulk-writer.ts, over a runner per database (sqlite-bulk-writer.ts:
// one prepared INSERT in one transaction, like the sqlite3 shell's .import; postgres-bulk-writer.ts:
// COPY … FROM STDIN). Every write runs inside the transaction begin() opens, so a failed load
// leaves nothing behind.

export type ObservationFlag = 'estimate' | 'derived' | 'derived-from-estimate';

// One number to store, with where it came from, so a conflict can be reported at its line.
export type ObservationRow = {
  reporterCode: string;
  partnerCode: string;
  flow: Flow;
  measure: Measure;
  year: number;
  value: number;
  flag: ObservationFlag | null;
  line: number;
  column: string;
};

// One number of a reporter's trade profile (lib/view-state/profile-indicators.ts) to store, with
// where it came from.
export type ProfileRow = {
  reporterCode: string;
  code: number; // series × 100 + product
  year: number;
  value: number;
  line: number;
  column: string;
};
export type StoredProfileValue = Pick<ProfileRow, 'reporterCode' | 'code' | 'year' | 'value'>;
export type ProfileRevisionRow = Pick<ProfileRow, 'reporterCode' | 'code' | 'year'> & {
  oldValue: number | null; // null: added
  newValue: number | null; // null: removed
};

// A row whose key is already stored with another value or flag: the load must stop at its line.
export type ObservationConflict = {
  row: ObservationRow;
  stored: { value: number; flag: ObservationFlag | null };
};

export type AppendResult = {
  inserted: number;
  exactDuplicates: number; // rows whose key was stored with the same value and flag: counted, not stored
  conflict?: ObservationConflict; // set on the first conflicting row; the load then stops and rolls back
};

export type DatasetMetadata = {
  id: string;
  source: string; // "wits" | "dots" | "article" | "reference"
  publisher: string;
  indicator: string;
  unit: string;
  file: string;
  url: string;
  checksum: string; // sha256 of the file's bytes
  rowCount: number;
};

export type StoredShare = { flow: Flow; partnerCode: string; year: number; share: number };
export type FixedShareStretchRow = { reporterCode: string; flow: Flow; firstYear: number; lastYear: number };

export type LoadedDataset = { source: string; checksum: string; rowCount: number };

export type LoadedFile = { file: string; checksum: string };

export type RevisionCounts = { added: number; removed: number; changed: number };

// What a load did to one dataset: its first load (no value-level revisions recorded), a revision
// (counts of the Revision rows written) or its removal (no value-level revisions either).
export type DatasetChangeKind = 'first' | 'revised' | 'removed';
export type DatasetChangeRow = RevisionCounts & {
  datasetId: string;
  file: string;
  checksum: string; // sha256 of the file loaded; "" when removed
  kind: DatasetChangeKind;
};

export interface BulkWriter {
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
  /** Takes the lock one load holds until close(); when another load holds it, who holds it. */
  tryLoadLock(): Promise<{ holder: string } | null>;
  /** Dataset id → sha256 of the file it was loaded from, and its stored rows (readable outside a transaction). */
  loadedChecksums(): Promise<Map<string, LoadedDataset>>;
  /** Removes a dataset and everything loaded from it. */
  deleteDataset(id: string): Promise<void>;
  /** Inserts or updates a dataset's row (loadedAt is set to now). */
  writeDataset(metadata: DatasetMetadata): Promise<void>;
  /**
   * Appends observations of one dataset; synchronous so a streaming parser can call it chunk by
   * chunk. An implementation that buffers (COPY) may report duplicates and conflicts from
   * finishObservations instead.
   */
  appendObservations(datasetId: string, rows: ObservationRow[]): AppendResult;
  /** After the last append of a dataset: flushes, and refreshes which reporter has which partners and the dataset's year span. */
  finishObservations(datasetId: string): Promise<AppendResult>;
  /** IMF DOTS, after finishObservations: inserts each partner's share of the World total (value ÷ World × 100) in SQL; returns the count. */
  deriveShares(datasetId: string): Promise<number>;
  /** One reporter's stored shares (measure share), both flows: the fixed-share rule reads them. */
  readShares(datasetId: string, reporterCode: string): Promise<StoredShare[]>;
  /** Replaces a dataset's fixed-share stretches (lib/ingest/fixed-share-stretches.ts). */
  writeFixedShareStretches(datasetId: string, stretches: FixedShareStretchRow[]): Promise<void>;
  /** The article's notes and claims of one dataset. */
  writeArticleRows(
    datasetId: string,
    rows: { annotations: AnnotationInput[]; claims: ClaimInput[] },
  ): Promise<void>;
  /** Economies (inserted or updated, never deleted) and the whole alias table (replaced). */
  writeEconomies(reference: EconomyReference): Promise<void>;
  /** Starts the data version this load records (rolled back with the load); returns its id. */
  startDataVersion(): Promise<number>;
  /** Before a dataset that was loaded before is replaced: sets its observations aside to compare. */
  keepPreviousObservations(datasetId: string): Promise<void>;
  /**
   * After it was replaced: one Revision per observation added, removed or changed (value or flag)
   * between the rows set aside and the dataset's rows now, computed in SQL; returns the counts.
   */
  recordRevisions(versionId: number, datasetId: string): Promise<RevisionCounts>;
  /** A dataset's stored profile values (a few thousand at most: one WITS file's). */
  readProfileValues(datasetId: string): Promise<StoredProfileValue[]>;
  /** Inserts a dataset's profile values (after deleteDataset removed the old ones). */
  writeProfileValues(datasetId: string, rows: StoredProfileValue[]): Promise<void>;
  /** One ProfileRevision per profile value added, removed or changed by this version. */
  writeProfileRevisions(versionId: number, datasetId: string, rows: ProfileRevisionRow[]): Promise<void>;
  /** Finishes the version: every file now loaded, and what changed in each dataset it touched. */
  recordDataVersion(versionId: number, files: LoadedFile[], changes: DatasetChangeRow[]): Promise<void>;
}
