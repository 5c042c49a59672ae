import type { Source } from './trade-terms';

// What the page hands the controls (lib/data/get-catalog.ts): every economy's name once, as one
// code → name object, and the reporters each source covers. Partners are not in it: the world has
// ~55,000 reporter–partner pairs, so only the current reporter's come with the page, seeded into
// the query cache, and another reporter's are fetched from /api/partners (lib/client/partners-query.ts).
export type Catalog = {
  names: Record<string, string>; // economy code → name
  reporters: Record<Source, string[]>; // sorted codes of the reporters with data in each source
  // The first and last year of the dataset each source reads a reporter from: the years a year
  // picker offers for that reporter and source.
  spans: Record<Source, Record<string, YearSpan>>;
};

export type YearSpan = { min: number; max: number };

// The years a set of (source, reporter) reads span together; null when none has a span.
export function spanOf(catalog: Pick<Catalog, 'spans'>, reads: [Source, string][]): YearSpan | null {
  const spans = reads.flatMap(([source, reporter]) => catalog.spans[source][reporter] ?? []);
  if (spans.length === 0) return null;
  return { min: Math.min(...spans.map((s) => s.min)), max: Math.max(...spans.map((s) => s.max)) };
}
