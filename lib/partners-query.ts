import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { SOURCES, type Source } from './trade-terms';

// The partners one reporter has in one source: the page seeds the cache with the current
// reporter's (under this key), the client fetches another's from /api/partners when the reader
// picks it. The cache's defaults are in lib/query-client.ts.

export const partnersRequestSchema = z.object({
  reporter: z.string().regex(/^[A-Z0-9]{3}$/, 'reporter must be a three-character economy code, e.g. KAZ'),
  source: z.enum(SOURCES),
});
export type PartnersRequest = z.infer<typeof partnersRequestSchema>;

export const partnersResponseSchema = z.object({
  reporter: z.string(),
  source: z.enum(SOURCES),
  partners: z.array(z.string()), // sorted economy codes, World left out
});
export type PartnersResponse = z.infer<typeof partnersResponseSchema>;

export function partnersApiPath({ reporter, source }: PartnersRequest): string {
  return `/api/partners?${new URLSearchParams({ reporter, source })}`;
}

export function partnersQueryOptions(source: Source, reporter: string) {
  return queryOptions({
    queryKey: ['partners', source, reporter],
    queryFn: async ({ signal }): Promise<PartnersResponse> => {
      const response = await fetch(partnersApiPath({ reporter, source }), { signal });
      // 404: the source has no data for this reporter, so there is no partner to offer
      if (response.status === 404) return { reporter, source, partners: [] };
      if (!response.ok) throw new Error(`The partner list could not be loaded (HTTP ${response.status}).`);
      return partnersResponseSchema.parse(await response.json());
    },
  });
}
