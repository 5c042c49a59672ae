import { queryOptions } from '@tanstack/react-query';
import type { Source } from '../view-state/trade-terms';

// The partners one reporter has in one source: the page seeds the cache with the current
// reporter's (under this key), the client fetches another's from /api/partners when the reader
// picks it. The cache's defaults are in lib/client/query-client.ts. (No zod here: this runs in the
// browser, where building a zod object schema trips the CSP's eval check; the route validates.)

export type PartnersResponse = { reporter: string; source: Source; partners: string[] }; // sorted codes, World left out

export function partnersApiPath(source: Source, reporter: string): string {
  return `/api/partners?${new URLSearchParams({ reporter, source })}`;
}

export function partnersQueryOptions(source: Source, reporter: string) {
  return queryOptions({
    queryKey: ['partners', source, reporter],
    queryFn: async ({ signal }): Promise<PartnersResponse> => {
      const response = await fetch(partnersApiPath(source, reporter), { signal });
      // 404: the source has no data for this reporter, so there is no partner to offer
      if (response.status === 404) return { reporter, source, partners: [] };
      if (!response.ok) throw new Error(`The partner list could not be loaded (HTTP ${response.status}).`);
      return response.json();
    },
  });
}
