import type { DashboardState } from '../view-state/dashboard-state';
import type { Flow, Measure, Source } from '../view-state/trade-terms';
import type { FixedShareStretch } from './fixed-share-estimates';
import type { LinkChanges } from './version-types';

// The /api/series contract: what the page, the CSV download and the tests all read.

export type SeriesPoint = {
  year: number;
  value: number | null;
  flag?: string;
  reason?: string; // why value is null
  fixedShare?: true; // an IMF estimate with fixed partner shares (lib/panel/fixed-share-estimates.ts)
  filled?: { value: number; source: Source; flag?: string; fixedShare?: true }; // gap filled from another source, on request
};

export type Series = {
  reporter: string;
  reporterName: string;
  partner: string;
  partnerName: string;
  flow: Flow;
  measure: Measure;
  unit: string;
  points: SeriesPoint[];
};

export type SourceInfo = {
  id: string;
  publisher: string;
  indicator: string;
  unit: string;
  url: string;
  file: string;
  sha256: string; // of the file as loaded: names the exact edition
  loadedAt: string;
};

export type SeriesResponse = {
  query: DashboardState;
  source: SourceInfo | null; // null when the source has no file for this reporter
  fillSource: SourceInfo | null; // the source gaps were filled from, when filling is on
  series: Series[];
  dataVersion: number; // the data version the values are as of: asOf, or the current one
  sinceLink: LinkChanges | null; // with v older than the current version: what changed in this view
  // The reporter's IMF estimates with fixed partner shares, in the sources read (absent: none known).
  fixedShareStretches?: FixedShareStretch[];
};
