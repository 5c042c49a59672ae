import { FLOWS, MEASURES, SOURCES, type Flow, type Measure, type Source } from './trade-terms';
import {
  codeListSchema,
  dataVersionSchema,
  flowListSchema,
  flowListText,
  oneOfSchema,
  onOffSchema,
  onOffText,
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

// The dashboard's view state in URLs: the page, /api/series and the CSV route all go through here,
// and the analysis views (./analysis-state.ts) reuse its parameters. The loop itself, and what
// missing, valid and invalid mean, is ./url-params.ts.

export type { DataVersions, QueryInput, StateContext, StateIssue } from './url-params';

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

export type DashboardState = {
  reporter: string;
  partners: string[];
  flows: Flow[];
  from: number;
  to: number;
  source: Source;
  measure: Measure;
  view: View; // every panel's view, unless `tables` names some panels
  tables: Flow[]; // with view 'chart': the panels shown as tables (a panel's own toggle)
  annotations: boolean;
  fill: boolean; // fill WITS gaps with IMF DOTS-derived values
  version: number | null; // v: the data version the link was made on; null: made on today's data
  compare: boolean; // with v: draw the link's values beside today's, and list what changed
  asOf: number | null; // the values as of this data version instead of today's (API and CSV)
};

export const DEFAULT_STATE: DashboardState = {
  reporter: 'KAZ',
  partners: ['CHN', 'RUS'],
  flows: ['import', 'export'],
  from: 1995,
  to: 2017,
  source: 'wits',
  measure: 'share',
  view: 'chart',
  tables: [],
  annotations: true,
  fill: false,
  version: null,
  compare: false,
  asOf: null,
};

export const MAX_PARTNERS = 8;

export type ParsedState = { state: DashboardState; issues: StateIssue[] };

type SharedParams = Pick<DashboardState, 'reporter' | 'partners' | 'flows' | 'from' | 'to' | 'source'>;
const versionText = (version: number | null) => (version === null ? '' : String(version));

// The parameters the analysis views share with the dashboard.
export const SHARED_PARAMS = {
  reporter: {
    key: 'reporter',
    schema: (c) => codeListSchema(c, 1).transform((codes) => codes[0]),
    text: String,
  },
  partners: {
    key: 'partners',
    schema: (c) => codeListSchema(c, MAX_PARTNERS),
    text: (codes) => codes.join(','),
  },
  flows: { key: 'flows', schema: () => flowListSchema, text: flowListText },
  from: { key: 'from', schema: yearSchema, text: String },
  to: { key: 'to', schema: yearSchema, text: String },
  source: { key: 'source', schema: oneOfSchema(SOURCES), text: String },
} satisfies { [K in keyof SharedParams]: ParamDefinition<SharedParams> & { key: K } };

// In the order links write them.
const DASHBOARD_PARAMS: readonly ParamDefinition<DashboardState>[] = [
  ...Object.values(SHARED_PARAMS),
  { key: 'measure', schema: oneOfSchema(MEASURES), text: String },
  { key: 'view', schema: oneOfSchema(VIEWS), text: String },
  { key: 'tables', schema: () => flowListSchema, text: flowListText },
  { key: 'annotations', schema: () => onOffSchema, text: onOffText },
  { key: 'fill', schema: () => onOffSchema, text: onOffText },
  { key: 'version', param: 'v', schema: dataVersionSchema, text: versionText },
  { key: 'compare', schema: () => onOffSchema, text: onOffText },
  { key: 'asOf', schema: dataVersionSchema, text: versionText },
];

export function parseDashboardState(input: QueryInput, context: StateContext): ParsedState {
  const parsed = parseParams(DASHBOARD_PARAMS, input, context, DEFAULT_STATE);
  const { state, issues } = withYearRangeChecked(parsed, input, DEFAULT_STATE);
  if (state.compare && state.version === null) {
    issues.push({ param: 'compare', message: 'compare: expected a link with its data version (v=)' });
    state.compare = false;
  }
  return { state: withPanelViewsNormalised(state), issues };
}

export function serializeDashboardState(state: DashboardState): URLSearchParams {
  return serializeParams(DASHBOARD_PARAMS, withPanelViewsNormalised(state), DEFAULT_STATE);
}

// The query string of a state, with "?" when there is anything to say; "" for the default view.
export function dashboardQueryString(state: DashboardState): string {
  return queryString(serializeDashboardState(state));
}

// A panel shows a table when the whole view does, or when its own toggle says so.
export function panelView(state: DashboardState, flow: Flow): View {
  return state.view === 'table' || state.tables.includes(flow) ? 'table' : 'chart';
}

// The state after one panel's toggle, in its one canonical form (see withPanelViewsNormalised).
export function withPanelView(state: DashboardState, flow: Flow, view: View): DashboardState {
  const tables = state.flows.filter((f) => (f === flow ? view === 'table' : panelView(state, f) === 'table'));
  return withPanelViewsNormalised({ ...state, view: 'chart', tables });
}

// One view, one form: every panel a table is view=table; otherwise `tables` names the shown panels
// that are tables, and nothing else.
function withPanelViewsNormalised(state: DashboardState): DashboardState {
  if (state.view === 'table') return { ...state, tables: [] };
  const tables = FLOWS.filter((flow) => state.tables.includes(flow) && state.flows.includes(flow));
  return tables.length === state.flows.length
    ? { ...state, view: 'table', tables: [] }
    : { ...state, tables };
}
