import {
  analysisQueryString,
  isAnalysisView,
  parseAnalysisState,
  serializeAnalysisState,
  type AnalysisState,
  type AnalysisView,
} from './analysis-state';
import {
  dashboardQueryString,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from './dashboard-state';
import type { QueryInput, StateContext, StateIssue } from './url-params';

// What a short link (/v/<id>) stores: the dashboard's canonical query ("partners=CHN&v=3"), or an
// analysis view's path and query ("/mirror?reporter=UZB&v=3"). Both name the data version (v=) the
// link was made on; the dashboard reads it (what changed since), an analysis view ignores it.

export type ViewTarget =
  { view: 'dashboard'; state: DashboardState } | { view: AnalysisView; state: AnalysisState };

export function storedViewQuery(target: ViewTarget, version: number | null): string {
  if (target.view === 'dashboard')
    return serializeDashboardState({ ...target.state, version: target.state.version ?? version }).toString();
  const params = serializeAnalysisState(target.view, target.state);
  if (version !== null) params.set('v', String(version));
  const query = params.toString();
  return `/${target.view}${query ? `?${query}` : ''}`;
}

// Where a stored short link opens, relative to the site; null for anything not stored by this code.
export function storedViewPath(stored: string): string | null {
  if (!stored.startsWith('/')) return `/${stored ? `?${stored}` : ''}`;
  const match = /^\/([a-z]+)(\?[^#]*)?$/.exec(stored);
  return match && isAnalysisView(match[1]) ? stored : null;
}

// A view's state from its address, by the view's own parser; null for a name that is no view.
export function parseViewTarget(
  name: string,
  input: QueryInput,
  context: StateContext,
): { target: ViewTarget; issues: StateIssue[] } | null {
  if (name === 'dashboard') {
    const { state, issues } = parseDashboardState(input, context);
    return { target: { view: 'dashboard', state }, issues };
  }
  if (!isAnalysisView(name)) return null;
  const { state, issues } = parseAnalysisState(name, input, context);
  return { target: { view: name, state }, issues };
}

// "?…": the view's canonical query, "" for its default.
export function viewTargetQuery(target: ViewTarget): string {
  return target.view === 'dashboard'
    ? dashboardQueryString(target.state)
    : analysisQueryString(target.view, target.state);
}

// A view's brief as a file (pdf, xlsx) or its citation (cite): "/api/brief/pdf" + the view's page path.
export function briefPath(
  format: 'pdf' | 'xlsx' | 'cite',
  view: 'dashboard' | AnalysisView,
  query: string,
): string {
  return `/api/brief/${format}${view === 'dashboard' ? '' : `/${view}`}${query}`;
}
