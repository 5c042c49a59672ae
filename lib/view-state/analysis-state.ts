import { FLOWS, type Flow } from './trade-terms';
import { DEFAULT_STATE, SHARED_PARAMS, type DashboardState } from './dashboard-state';
import {
  codeListSchema,
  oneOfSchema,
  parseParams,
  queryString,
  serializeParams,
  withYearRangeChecked,
  yearSchema,
  type ParamDefinition,
  type QueryInput,
  type StateContext,
  type StateIssue,
} from './url-params';

// The analysis views' state in URLs (/mirror, /region, /ranking, /sources), through the same
// parameter loop as the dashboard's (./url-params.ts). Each view reads the dashboard parameters it
// uses, plus `reporters` (the region's panels), `flow` (one flow), `year` and `base` (the ranking's
// year and the year it is compared with). A view ignores parameters it does not use and leaves its
// own defaults out.

export const ANALYSIS_VIEWS = ['mirror', 'region', 'ranking', 'sources'] as const;

/** Whether a path segment names an analysis view (/mirror, /embed/region, /api/analyses/ranking/csv). */
export function isAnalysisView(name: string): name is AnalysisView {
  return (ANALYSIS_VIEWS as readonly string[]).includes(name);
}
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number];

export type AnalysisState = Pick<
  DashboardState,
  'reporter' | 'partners' | 'flows' | 'from' | 'to' | 'source'
> & {
  reporters: string[];
  flow: Flow;
  year: number;
  base: number;
};

export const MAX_REPORTERS = 12;

const ANALYSIS_BASE: AnalysisState = {
  reporter: DEFAULT_STATE.reporter,
  partners: DEFAULT_STATE.partners,
  flows: DEFAULT_STATE.flows,
  from: DEFAULT_STATE.from,
  to: DEFAULT_STATE.to,
  source: 'dots',
  reporters: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  flow: 'export',
  year: 2017,
  base: 1995,
};

// IMF DOTS is the analyses' default source: it has every partner in every year (WITS only each
// year's top five) and every Central Asian reporter (WITS has no Uzbekistan file).
export const ANALYSIS_DEFAULTS: Record<AnalysisView, AnalysisState> = {
  mirror: ANALYSIS_BASE,
  region: ANALYSIS_BASE,
  ranking: { ...ANALYSIS_BASE, flow: 'import' },
  sources: ANALYSIS_BASE,
};

const OWN_PARAMS = {
  reporters: {
    key: 'reporters',
    schema: (c) => codeListSchema(c, MAX_REPORTERS),
    text: (codes) => codes.join(','),
  },
  flow: { key: 'flow', schema: oneOfSchema(FLOWS), text: String },
  year: { key: 'year', schema: yearSchema, text: String },
  base: { key: 'base', schema: yearSchema, text: String },
} satisfies Record<string, ParamDefinition<AnalysisState>>;

const PARAMS = { ...SHARED_PARAMS, ...OWN_PARAMS };
type AnalysisParam = keyof typeof PARAMS;

export const ANALYSIS_PARAMS: Record<AnalysisView, readonly AnalysisParam[]> = {
  mirror: ['reporter', 'partners', 'flows', 'from', 'to'],
  region: ['reporters', 'flow', 'from', 'to', 'source'],
  ranking: ['reporter', 'flow', 'year', 'base', 'source'],
  sources: ['reporter', 'partners', 'flows', 'from', 'to'],
};

const definitionsOf = (view: AnalysisView): ParamDefinition<AnalysisState>[] =>
  ANALYSIS_PARAMS[view].map((name) => PARAMS[name]);

export function parseAnalysisState(
  view: AnalysisView,
  input: QueryInput,
  context: StateContext,
): { state: AnalysisState; issues: StateIssue[] } {
  const defaults = ANALYSIS_DEFAULTS[view];
  const parsed = parseParams(definitionsOf(view), input, context, defaults);
  return ANALYSIS_PARAMS[view].includes('from') ? withYearRangeChecked(parsed, input, defaults) : parsed;
}

export function serializeAnalysisState(view: AnalysisView, state: AnalysisState): URLSearchParams {
  return serializeParams(definitionsOf(view), state, ANALYSIS_DEFAULTS[view]);
}

// "?…" for a view's state, "" for its default.
export function analysisQueryString(view: AnalysisView, state: AnalysisState): string {
  return queryString(serializeAnalysisState(view, state));
}

// The mirror view of a dashboard panel's partners and flow over some years: what the partners
// themselves reported of the same trade (offered beside IMF estimates with fixed partner shares).
export function mirrorPathFor(
  state: Pick<AnalysisState, 'reporter' | 'partners'>,
  flow: AnalysisState['flow'],
  from: number,
  to: number,
): string {
  const mirror = {
    ...ANALYSIS_DEFAULTS.mirror,
    reporter: state.reporter,
    partners: state.partners,
    flows: [flow],
    from,
    to,
  };
  return `/mirror${analysisQueryString('mirror', mirror)}`;
}
