import { QueryClient } from '@tanstack/react-query';

// The one QueryClient setup, for the browser's provider and the server's prefetch alike.
// staleTime Infinity: the data only changes when the loader runs, and a view's series are fetched
// again only when the view changes (a new query key). One retry: a refused request is rarely
// transient here, and the page offers a Retry button.
export function makeQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: 1 } } });
}
