import type { SeriesPoint } from './series-types';

// The first year the first partner's value is above the second's, over the years both have one.

export type Crossover =
  | { kind: 'passed'; year: number }
  | { kind: 'already-above'; year: number }
  | { kind: 'not-passed' }
  | { kind: 'no-overlap' };

export function findCrossover(first: SeriesPoint[], second: SeriesPoint[]): Crossover {
  const secondByYear = new Map(second.map((p) => [p.year, p.value]));
  const both = first
    .map((p) => ({ year: p.year, a: p.value, b: secondByYear.get(p.year) ?? null }))
    .filter((p): p is { year: number; a: number; b: number } => p.a !== null && p.b !== null);
  if (both.length === 0) return { kind: 'no-overlap' };
  if (both[0].a > both[0].b) return { kind: 'already-above', year: both[0].year };
  const passed = both.find((p) => p.a > p.b);
  return passed ? { kind: 'passed', year: passed.year } : { kind: 'not-passed' };
}
