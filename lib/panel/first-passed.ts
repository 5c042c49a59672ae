import type { SeriesPoint } from './series-types';

// "First passed": the first year one line is above another, over the years both have a value —
// unless it was above already in the first of those years. The one definition: the dashboard's
// panels use it for their two first partners, the region view (lib/analyses/passed-for-good.ts)
// for China against Russia.

export type FirstPassed =
  | { kind: 'passed'; year: number }
  | { kind: 'already-above'; year: number }
  | { kind: 'not-passed' }
  | { kind: 'no-overlap' };

// A year with both values, and whether the first is above the second (a tie is not).
export type YearAhead = { year: number; ahead: boolean };

export function firstPassed(years: YearAhead[]): FirstPassed {
  if (years.length === 0) return { kind: 'no-overlap' };
  if (years[0].ahead) return { kind: 'already-above', year: years[0].year };
  const passed = years.find((y) => y.ahead);
  return passed ? { kind: 'passed', year: passed.year } : { kind: 'not-passed' };
}

// Years whose values are IMF estimates with fixed partner shares are skipped like gaps: a crossover
// never rests on them (lib/panel/fixed-share-estimates.ts).
export function findFirstPassed(first: SeriesPoint[], second: SeriesPoint[]): FirstPassed {
  const reported = (p: SeriesPoint | undefined) => (p && !p.fixedShare ? p.value : null);
  const secondByYear = new Map(second.map((p) => [p.year, reported(p)]));
  return firstPassed(
    first.flatMap((point) => {
      const [value, other] = [reported(point), secondByYear.get(point.year) ?? null];
      return value !== null && other !== null ? [{ year: point.year, ahead: value > other }] : [];
    }),
  );
}
