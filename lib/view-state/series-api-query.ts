import { DEFAULT_STATE, dashboardQueryString, type DashboardState } from './dashboard-state';

// The query string of a view's data: only the parameters that change the series (how panels are
// shown does not). The client's query key and the server's series cache both key on it.
export function seriesApiQuery(state: DashboardState): string {
  return dashboardQueryString({
    ...state,
    view: DEFAULT_STATE.view,
    tables: DEFAULT_STATE.tables,
    annotations: DEFAULT_STATE.annotations,
    compare: DEFAULT_STATE.compare,
  });
}
