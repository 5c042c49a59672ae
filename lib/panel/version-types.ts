import type { Flow } from '../view-state/trade-terms';

// The /api/versions contract, and what a series response says about the link's data version.

export type DatasetChangeInfo = {
  datasetId: string;
  file: string;
  checksum: string; // sha256 of the file this version loaded; "" when it removed the dataset
  kind: 'first' | 'revised' | 'removed'; // a first load records no value-level revisions
  added: number;
  removed: number;
  changed: number;
};

export type DataVersionInfo = {
  id: number;
  createdAt: string;
  files: { file: string; checksum: string }[]; // every file loaded after this version
  datasets: DatasetChangeInfo[];
};

// One value of the view that differs between the link's data version and today.
export type ValueChange = {
  partner: string;
  flow: Flow;
  year: number;
  then: number | null; // as of the link's version; null: no value then
  now: number | null; // today; null: no value now
};

export type LinkChanges = {
  version: number; // the version the link was made on
  createdAt: string; // when that version was recorded
  currentVersion: number;
  changes: ValueChange[]; // in the view's order: flow, partner, year
};
