import { FLOWS, type Flow } from './trade-terms';
import { DEFAULT_STATE, SHARED_PARAMS, type DashboardState } from './dashboard-state';
import {
  codeListSchema,
  oneOfSchema,
  optionalCodeSchema,
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

// The analysis views' state in URLs (/mirror, /region, /ranking, /sources, /map), through the same
// parameter loop as the dashboard's (./url-params.ts). Each view reads the dashboard parameters it
// uses, plus `reporters` (the region's panels), `flow` (one flow), `year` and `base` (the ranking's
// year and the year it is compared with). A view ignores parameters it does not use and leaves its
// own defaults out.

export const ANALYSIS_VIEWS = ['mirror', 'region', 'ranking', 'sources', 'map', 'profile'] as const;

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
  colouring: MapColouring;
  compare: string; // the profile's second reporter, side by side; "" for none
};

// How the map colours an economy: which partner's share is larger in the year, or the year the
// first partner's share passed the second's (the region view's "for good" and "first passed").
export const MAP_COLOURINGS = ['larger', 'passed'] as const;
export type MapColouring = (typeof MAP_COLOURINGS)[number];

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
  colouring: 'larger',
  compare: '',
};

// IMF DOTS is the analyses' default source: it has every partner in every year (WITS only each
// year's top five) and every Central Asian reporter (WITS has no Uzbekistan file).
export const ANALYSIS_DEFAULTS: Record<AnalysisView, AnalysisState> = {
  mirror: ANALYSIS_BASE,
  region: ANALYSIS_BASE,
  ranking: { ...ANALYSIS_BASE, flow: 'import' },
  sources: ANALYSIS_BASE,
  map: { ...ANALYSIS_BASE, flow: 'import' }, // its year defaults to the latest with data: analysisDefaults
  // WITS: the product groups and trade indicators are in its Trade Summary files only.
  profile: { ...ANALYSIS_BASE, source: 'wits' },
};

// A view's defaults, given the years the data spans: the map opens on the latest year with data.
export function analysisDefaults(view: AnalysisView, years?: { max: number }): AnalysisState {
  const defaults = ANALYSIS_DEFAULTS[view];
  return view === 'map' && years ? { ...defaults, year: years.max } : defaults;
}

const OWN_PARAMS = {
  reporters: {
    key: 'reporters',
    schema: (c) => codeListSchema(c, MAX_REPORTERS),
    text: (codes) => codes.join(','),
  },
  flow: { key: 'flow', schema: oneOfSchema(FLOWS), text: String },
  year: { key: 'year', schema: yearSchema, text: String },
  base: { key: 'base', schema: yearSchema, text: String },
  // The map compares exactly two partners, named in the address as the other views name theirs.
  pair: {
    key: 'partners',
    param: 'partners',
    schema: (c) =>
      codeListSchema(c, 2).refine((codes) => codes.length === 2, { message: 'exactly two economy codes' }),
    text: (codes) => codes.join(','),
  },
  colouring: { key: 'colouring', schema: oneOfSchema(MAP_COLOURINGS), text: String },
  compare: { key: 'compare', schema: optionalCodeSchema, text: String },
} satisfies Record<string, ParamDefinition<AnalysisState>>;

const PARAMS = { ...SHARED_PARAMS, ...OWN_PARAMS };
type AnalysisParam = keyof typeof PARAMS;

export const ANALYSIS_PARAMS: Record<AnalysisView, readonly AnalysisParam[]> = {
  mirror: ['reporter', 'partners', 'flows', 'from', 'to'],
  region: ['reporters', 'flow', 'from', 'to', 'source'],
  ranking: ['reporter', 'flow', 'year', 'base', 'source'],
  sources: ['reporter', 'partners', 'flows', 'from', 'to'],
  map: ['pair', 'flow', 'year', 'base', 'colouring'],
  profile: ['reporter', 'year', 'base', 'compare'],
};

const definitionsOf = (view: AnalysisView): ParamDefinition<AnalysisState>[] =>
  ANALYSIS_PARAMS[view].map((name) => PARAMS[name]);

export function parseAnalysisState(
  view: AnalysisView,
  input: QueryInput,
  context: StateContext,
): { state: AnalysisState; issues: StateIssue[] } {
  const defaults = analysisDefaults(view, context.years);
  const parsed = parseParams(definitionsOf(view), input, context, defaults);
  return ANALYSIS_PARAMS[view].includes('from') ? withYearRangeChecked(parsed, input, defaults) : parsed;
}

// years: the data's span, which the map's default year depends on (the parser's context.years).
export function serializeAnalysisState(
  view: AnalysisView,
  state: AnalysisState,
  years?: { max: number },
): URLSearchParams {
  return serializeParams(definitionsOf(view), state, analysisDefaults(view, years));
}

// "?…" for a view's state, "" for its default.
export function analysisQueryString(
  view: AnalysisView,
  state: AnalysisState,
  years?: { max: number },
): string {
  return queryString(serializeAnalysisState(view, state, years));
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
