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

export function findFirstPassed(first: SeriesPoint[], second: SeriesPoint[]): FirstPassed {
  const secondByYear = new Map(second.map((p) => [p.year, p.value]));
  return firstPassed(
    first.flatMap(({ year, value }) => {
      const other = secondByYear.get(year) ?? null;
      return value !== null && other !== null ? [{ year, ahead: value > other }] : [];
    }),
  );
}
