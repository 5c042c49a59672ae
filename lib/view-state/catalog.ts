import type { Source } from './trade-terms';

// What the page hands the controls (lib/data/get-catalog.ts): every economy's name once, as one
// code → name object, and the reporters each source covers. Partners are not in it: the world has
// ~55,000 reporter–partner pairs, so only the current reporter's come with the page, seeded into
// the query cache, and another reporter's are fetched from /api/partners (lib/client/partners-query.ts).
export type Catalog = {
  names: Record<string, string>; // economy code → name
  reporters: Record<Source, string[]>; // sorted codes of the reporters with data in each source
};
