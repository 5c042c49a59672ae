import { queryOptions } from '@tanstack/react-query';
import type { Catalog } from './catalog';

// The full catalog, fetched by the browser once the page is live (the page itself carries only the
// view's slice: lib/catalog.ts catalogForView). Cached by the browser by ETag like every view.
export function catalogQueryOptions() {
  return queryOptions({
    queryKey: ['catalog'],
    queryFn: async ({ signal }): Promise<Catalog> => {
      const response = await fetch('/api/catalog', { signal });
      if (!response.ok)
        throw new Error(`The list of economies could not be loaded (HTTP ${response.status}).`);
      return response.json();
    },
  });
}
