import type { ClaimCheck } from '../article/article-types';
import type { SourceInfo } from '../panel/series-types';
import type { StateIssue } from '../view-state/dashboard-state';
import type { AnalysisState, AnalysisView } from '../view-state/analysis-state';
import type { Figure } from './figure';
import type { MapModel } from './map';
import type { MirrorPair } from './mirror';
import type { ReporterProfile, ReporterProfileInput, ResourceClaimCheck } from './profile';
import type { Ranking } from './ranking';
import type { RegionPanel } from './region';
import type { SourceComparison } from './source-comparison';

// What the analysis views are made of, as the data layer reads them (lib/data/get-*.ts,
// load-analysis.ts) and the components draw them: types only, so components need not import lib/data.

export type MirrorResult = { pairs: MirrorPair[]; sources: SourceInfo[] };

export type RegionResult = {
  panels: RegionPanel[];
  sources: SourceInfo[];
  sourceOf: Record<string, SourceInfo>;
};

export type RankingResult = { ranking: Ranking; reporterName: string; source: SourceInfo | null };

// years: the span of IMF DOTS, which the map's year stepper walks.
export type MapResult = { map: MapModel; source: SourceInfo | null; years: { min: number; max: number } };
export type ProfileResult = {
  profiles: ReporterProfile[]; // the reporter, then the one compared with it
  inputs: ReporterProfileInput[]; // their values as read, for the figure
  claim: ResourceClaimCheck | null; // the article's resource claim, on Kazakhstan
  sources: SourceInfo[];
  sourceOf: Record<string, SourceInfo>;
};

export type AnalysisResult =
  | { view: 'mirror'; state: AnalysisState; data: MirrorResult; figure: Figure }
  | { view: 'region'; state: AnalysisState; data: RegionResult; figure: Figure }
  | { view: 'ranking'; state: AnalysisState; data: RankingResult; figure: null }
  | { view: 'sources'; state: AnalysisState; data: SourceComparison; figure: Figure }
  | { view: 'map'; state: AnalysisState; data: MapResult; figure: null }
  | { view: 'profile'; state: AnalysisState; data: ProfileResult; figure: Figure };

export type AnalysisPageData = {
  view: AnalysisView;
  result: AnalysisResult;
  issues: StateIssue[];
  query: string; // the canonical query string, "" for the view's default
  title: string;
  description: string;
  reporters: { code: string; name: string }[];
  economies: { code: string; name: string }[]; // every economy, by name: what a partner picker offers
  years: { min: number; max: number; fromData: boolean }; // the years the view's data has (fromData), else every dataset's
  claims: ClaimCheck[] | null; // the article's claims, on views of Kazakhstan's own figures
};
