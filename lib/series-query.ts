import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_STATE, dashboardQueryString, type DashboardState } from './dashboard-state';
import type { SeriesResponse } from './series-types';

// One factory for the series query: the server seeds the cache under this key, the client hook
// reads and refetches it. Only the parameters that change the data are in the key; the cache's
// defaults (staleTime and why) are in lib/query-client.ts.
export function seriesApiQuery(state: DashboardState): string {
  return dashboardQueryString({
    ...state,
    view: DEFAULT_STATE.view,
    tables: DEFAULT_STATE.tables,
    annotations: DEFAULT_STATE.annotations,
  });
}

export function seriesQueryOptions(state: DashboardState) {
  const query = seriesApiQuery(state);
  return queryOptions({
    queryKey: ['series', query],
    queryFn: async ({ signal }): Promise<SeriesResponse> => {
      const response = await fetch(`/api/series${query}`, { signal });
      if (!response.ok) throw new Error(`The series could not be loaded (HTTP ${response.status}).`);
      return response.json();
    },
  });
}
