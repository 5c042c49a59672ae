import type { DatasetChangeKind, LoadedDataset, LoadedFile } from './bulk-writer/bulk-writer';
import type { DatasetFile } from './dataset-files';

export const ECONOMIES_DATASET = 'economies';

export type PlannedFile = {
  dataset: DatasetFile;
  checksum: string;
  kind: Exclude<DatasetChangeKind, 'removed'>;
};

// What a load will do, decided from checksums alone before anything is written: which files to
// load (a new or changed file, or every file when data/economies.csv changed), which to leave, and
// which datasets to remove (their file is gone). Pure, so that it is tested without a database.
export type LoadPlan = {
  economiesChanged: boolean;
  economiesKind: 'first' | 'revised';
  load: PlannedFile[];
  unchanged: DatasetFile[];
  remove: string[];
  /** Every file loaded once the plan is carried out, with its sha256: the data version's list. */
  filesAfter: LoadedFile[];
};

export function planLoad(
  loaded: ReadonlyMap<string, LoadedDataset>,
  economies: { file: string; checksum: string },
  files: { dataset: DatasetFile; checksum: string }[],
): LoadPlan {
  const economiesChanged = loaded.get(ECONOMIES_DATASET)?.checksum !== economies.checksum;
  const kindOf = (id: string) => (loaded.has(id) ? 'revised' : 'first');
  const load: PlannedFile[] = [];
  const unchanged: DatasetFile[] = [];
  for (const { dataset, checksum } of files) {
    if (!economiesChanged && loaded.get(dataset.id)?.checksum === checksum) unchanged.push(dataset);
    else load.push({ dataset, checksum, kind: kindOf(dataset.id) });
  }
  const current = new Set(files.map((f) => f.dataset.id));
  const remove = [...loaded]
    .filter(([id, d]) => id !== ECONOMIES_DATASET && !current.has(id) && d.source !== 'reference')
    .map(([id]) => id);
  const filesAfter = [economies, ...files.map(({ dataset, checksum }) => ({ file: dataset.file, checksum }))];
  return { economiesChanged, economiesKind: kindOf(ECONOMIES_DATASET), load, unchanged, remove, filesAfter };
}

/** Whether the plan writes anything (a load that changes nothing records no data version). */
export const planChangesSomething = (plan: LoadPlan) =>
  plan.economiesChanged || plan.load.length > 0 || plan.remove.length > 0;

// A reload that would leave a dataset with less than half its stored values is refused unless
// forced: a header-only file, swapped key columns (every row skipped) or a file cut short all
// look like this, and would otherwise remove the dataset's values with a successful exit.
export const SHRINK_FLAG = '--allow-shrink';
// A dataset whose file is no longer listed: loading would remove every value it holds.
export function removalProblem(datasetId: string, storedRows: number): string | undefined {
  if (storedRows === 0) return undefined;
  return (
    `a file for dataset "${datasetId}", which holds ${storedRows.toLocaleString('en')} values: its file is no longer ` +
    `under data/, so the load would remove them all; if that is right, force it with npm run db:load -- ${SHRINK_FLAG} ` +
    '(or LOAD_ALLOW_SHRINK=1)'
  );
}

export function shrinkProblem(datasetId: string, storedRows: number, newRows: number): string | undefined {
  if (storedRows === 0 || newRows * 2 >= storedRows) return undefined;
  const n = (count: number) => count.toLocaleString('en');
  return (
    `at least half of the ${n(storedRows)} values dataset "${datasetId}" holds (this file gives ${n(newRows)}, so the load ` +
    `would remove ${n(storedRows - newRows)}); if the new file is right, force it with npm run db:load -- ${SHRINK_FLAG} ` +
    '(or LOAD_ALLOW_SHRINK=1)'
  );
}
