import { queryOptions } from '@tanstack/react-query';
import type { DashboardState } from '../view-state/dashboard-state';
import { seriesApiQuery } from '../view-state/series-api-query';
import type { SeriesResponse } from '../panel/series-types';

// One factory for the series query: the server seeds the cache under this key, the client hook
// reads and refetches it. Only the parameters that change the data are in the key
// (lib/view-state/series-api-query.ts); the cache's defaults (staleTime and why) are in lib/client/query-client.ts.

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
