import { z } from 'zod';
import { FLOWS, MEASURES, SOURCES, type Flow, type Measure, type Source } from './trade-terms';

// The one parser and serialiser of view state in URLs: the page, /api/series and the CSV route
// all go through here. Each parameter is missing (→ default), valid, or invalid (→ default, and an
// issue that names the parameter). Serialising leaves defaults out, so "/" is the default view.

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

// What the data allows, read from the database by the caller: the parser itself stays pure.
// Without dataVersions, no `v` or `asOf` is valid.
export type StateContext = {
  economyCodes: ReadonlySet<string>;
  years: { min: number; max: number };
  dataVersions?: DataVersions;
};

// The data versions a link may name: every recorded load that changed anything, and the latest.
export type DataVersions = { current: number; ids: ReadonlySet<number> };

export type StateIssue = { param: string; message: string };
export type ParsedState = { state: DashboardState; issues: StateIssue[] };

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

const PARAMS = [
  'reporter',
  'partners',
  'flows',
  'from',
  'to',
  'source',
  'measure',
  'view',
  'tables',
  'annotations',
  'fill',
  'v',
  'compare',
  'asOf',
] as const;

const codeList = (context: StateContext, max: number) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string())
        .min(1, { message: 'at least one economy code' })
        .max(max, { message: `at most ${max} economy codes` })
        .refine((codes) => new Set(codes).size === codes.length, { message: 'each code only once' })
        .superRefine((codes, ctx) => {
          const unknown = codes.filter((code) => !context.economyCodes.has(code));
          if (unknown.length > 0)
            ctx.addIssue({
              code: 'custom',
              message: `codes of economies in the data (unknown: ${unknown.map(shorten).join(', ')})`,
            });
        }),
    );

const year = (context: StateContext) =>
  z
    .string()
    .regex(/^\d{4}$/, { message: 'a four-digit year' })
    .transform(Number)
    .refine((y) => y >= context.years.min && y <= context.years.max, {
      message: `a year from ${context.years.min} to ${context.years.max}`,
    });

const flowList = z
  .string()
  .transform((text) => text.split(',').map((flow) => flow.trim().toLowerCase()))
  .pipe(z.array(z.enum(FLOWS, { message: 'import and/or export' })).min(1))
  .transform((flows) => FLOWS.filter((flow) => flows.includes(flow)));

const dataVersion = (context: StateContext) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { message: 'a data version number' })
    .transform(Number)
    .refine((id) => context.dataVersions?.ids.has(id) ?? false, {
      message: `a data version of this database${context.dataVersions ? ` (1 to ${context.dataVersions.current})` : ''}`,
    });

const onOff = z.enum(['on', 'off'], { message: 'on or off' }).transform((value) => value === 'on');

function paramSchemas(context: StateContext) {
  return {
    reporter: codeList(context, 1).transform((codes) => codes[0]),
    partners: codeList(context, MAX_PARTNERS),
    flows: flowList,
    from: year(context),
    to: year(context),
    source: z.enum(SOURCES, { message: SOURCES.join(' or ') }),
    measure: z.enum(MEASURES, { message: MEASURES.join(' or ') }),
    view: z.enum(VIEWS, { message: VIEWS.join(' or ') }),
    tables: flowList,
    annotations: onOff,
    fill: onOff,
    v: dataVersion(context),
    compare: onOff,
    asOf: dataVersion(context),
  } satisfies Record<(typeof PARAMS)[number], z.ZodType>;
}

// Building the schemas costs more than using them, and every request parses its address (the proxy,
// the page's metadata, the page, the client components): built once per context object, which the
// server keeps per data version and the browser per page.
const schemasByContext = new WeakMap<StateContext, ReturnType<typeof paramSchemas>>();

function schemasFor(context: StateContext): ReturnType<typeof paramSchemas> {
  let schemas = schemasByContext.get(context);
  if (!schemas) schemasByContext.set(context, (schemas = paramSchemas(context)));
  return schemas;
}

export function parseDashboardState(input: QueryInput, context: StateContext): ParsedState {
  const schemas = schemasFor(context);
  const state: Record<string, unknown> = {
    ...DEFAULT_STATE,
    partners: [...DEFAULT_STATE.partners],
    flows: [...DEFAULT_STATE.flows],
    tables: [...DEFAULT_STATE.tables],
  };
  const issues: StateIssue[] = [];
  for (const param of PARAMS) {
    const raw = readParam(input, param);
    if (raw === undefined) continue;
    const result = schemas[param].safeParse(raw);
    if (result.success) state[param === 'v' ? 'version' : param] = result.data;
    else issues.push({ param, message: `${param}: expected ${result.error.issues[0].message}` });
  }
  const parsed = state as DashboardState;
  if (parsed.from > parsed.to) {
    // Blame the year the link set; when it set both, the range as a whole falls back.
    const toGiven = readParam(input, 'to') !== undefined;
    const param = toGiven ? 'to' : 'from';
    const message = toGiven
      ? `to: expected a year not before from (${parsed.from})`
      : `from: expected a year not after to (${parsed.to})`;
    issues.push({ param, message });
    if (toGiven) parsed.from = DEFAULT_STATE.from;
    if (toGiven) parsed.to = DEFAULT_STATE.to;
    else parsed.from = DEFAULT_STATE.from;
  }
  if (parsed.compare && parsed.version === null) {
    issues.push({ param: 'compare', message: 'compare: expected a link with its data version (v=)' });
    parsed.compare = false;
  }
  return { state: withPanelViewsNormalised(parsed), issues };
}

export function serializeDashboardState(state: DashboardState): URLSearchParams {
  const params = new URLSearchParams();
  const texts = paramTexts(withPanelViewsNormalised(state));
  const defaults = paramTexts(DEFAULT_STATE);
  for (const param of PARAMS) if (texts[param] !== defaults[param]) params.set(param, texts[param]);
  return params;
}

function paramTexts(state: DashboardState): Record<(typeof PARAMS)[number], string> {
  return {
    reporter: state.reporter,
    partners: state.partners.join(','),
    flows: FLOWS.filter((flow) => state.flows.includes(flow)).join(','),
    from: String(state.from),
    to: String(state.to),
    source: state.source,
    measure: state.measure,
    view: state.view,
    tables: FLOWS.filter((flow) => state.tables.includes(flow)).join(','),
    annotations: state.annotations ? 'on' : 'off',
    fill: state.fill ? 'on' : 'off',
    v: state.version === null ? '' : String(state.version),
    compare: state.compare ? 'on' : 'off',
    asOf: state.asOf === null ? '' : String(state.asOf),
  };
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

// The query string of a state, with "?" when there is anything to say; "" for the default view.
export function dashboardQueryString(state: DashboardState): string {
  const text = serializeDashboardState(state).toString();
  return text === '' ? '' : `?${text}`;
}

// What the notice repeats of a bad value is kept short: a link cannot flood the page.
function shorten(text: string): string {
  return text.length > 12 ? `${text.slice(0, 12)}…` : text;
}

function readParam(input: QueryInput, name: string): string | undefined {
  const value = input instanceof URLSearchParams ? input.get(name) : input[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === null || first === undefined ? undefined : first;
}

// ——— The analysis views (/mirror, /region, /ranking, /sources) ———
// Same parser, same schemas: each view reads the dashboard parameters it uses, plus `reporters`
// (the region's panels), `flow` (one flow), `year` and `base` (the ranking's year and the year it
// is compared with). A view ignores parameters it does not use and leaves its own defaults out.

export const ANALYSIS_VIEWS = ['mirror', 'region', 'ranking', 'sources'] as const;
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

type AnalysisParam =
  'reporter' | 'partners' | 'flows' | 'from' | 'to' | 'source' | 'reporters' | 'flow' | 'year' | 'base';

export const ANALYSIS_PARAMS: Record<AnalysisView, readonly AnalysisParam[]> = {
  mirror: ['reporter', 'partners', 'flows', 'from', 'to'],
  region: ['reporters', 'flow', 'from', 'to', 'source'],
  ranking: ['reporter', 'flow', 'year', 'base', 'source'],
  sources: ['reporter', 'partners', 'flows', 'from', 'to'],
};

export function parseAnalysisState(
  view: AnalysisView,
  input: QueryInput,
  context: StateContext,
): { state: AnalysisState; issues: StateIssue[] } {
  const defaults = ANALYSIS_DEFAULTS[view];
  const used = ANALYSIS_PARAMS[view];
  const shared = paramSchemas(context);
  const schemas: Record<AnalysisParam, z.ZodType> = {
    ...shared,
    reporters: codeList(context, MAX_REPORTERS),
    flow: z.enum(FLOWS, { message: FLOWS.join(' or ') }),
    year: year(context),
    base: year(context),
  };
  const state: AnalysisState = {
    ...defaults,
    partners: [...defaults.partners],
    flows: [...defaults.flows],
    reporters: [...defaults.reporters],
  };
  const issues: StateIssue[] = [];
  for (const param of used) {
    const raw = readParam(input, param);
    if (raw === undefined) continue;
    const result = schemas[param].safeParse(raw);
    if (result.success) (state as Record<string, unknown>)[param] = result.data;
    else issues.push({ param, message: `${param}: expected ${result.error.issues[0].message}` });
  }
  if (used.includes('from') && state.from > state.to) {
    const toGiven = readParam(input, 'to') !== undefined;
    issues.push(
      toGiven
        ? { param: 'to', message: `to: expected a year not before from (${state.from})` }
        : { param: 'from', message: `from: expected a year not after to (${state.to})` },
    );
    state.from = defaults.from;
    if (toGiven) state.to = defaults.to;
  }
  return { state, issues };
}

export function serializeAnalysisState(view: AnalysisView, state: AnalysisState): URLSearchParams {
  const texts = analysisTexts(state);
  const defaults = analysisTexts(ANALYSIS_DEFAULTS[view]);
  const params = new URLSearchParams();
  for (const param of ANALYSIS_PARAMS[view])
    if (texts[param] !== defaults[param]) params.set(param, texts[param]);
  return params;
}

// "?…" for a view's state, "" for its default.
export function analysisQueryString(view: AnalysisView, state: AnalysisState): string {
  const text = serializeAnalysisState(view, state).toString();
  return text === '' ? '' : `?${text}`;
}

function analysisTexts(state: AnalysisState): Record<AnalysisParam, string> {
  return {
    reporter: state.reporter,
    partners: state.partners.join(','),
    flows: FLOWS.filter((flow) => state.flows.includes(flow)).join(','),
    from: String(state.from),
    to: String(state.to),
    source: state.source,
    reporters: state.reporters.join(','),
    flow: state.flow,
    year: String(state.year),
    base: String(state.base),
  };
}
