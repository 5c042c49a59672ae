// When China's share passed Russia's. Defined here once for the region's panels:
// - "first passed": the first year with both shares in which China's is larger, when it was not
//   larger in the first such year (the dashboard's own crossover, lib's findCrossover, agrees);
// - "for good": the first year from which China's share is larger in every later year with both
//   shares, to the end of the range. Years where either share is missing are skipped, not counted.
// A panel's crossover year is the "for good" year; when China passed and fell back since, it says so.

export type YearPair = { year: number; china: number | null; russia: number | null };

export type RegionCrossover =
  | { kind: 'passed'; year: number; firstPassed: number } // ahead for good from year
  | { kind: 'fell-back'; firstPassed: number; lastAhead: number } // ahead at times, behind at the end
  | { kind: 'ahead-throughout'; since: number } // ahead in the first year with both, and every year since
  | { kind: 'not-passed' }
  | { kind: 'no-overlap' };

export function regionCrossover(pairs: YearPair[]): RegionCrossover {
  const both = pairs
    .filter(
      (p): p is { year: number; china: number; russia: number } => p.china !== null && p.russia !== null,
    )
    .sort((a, b) => a.year - b.year);
  if (both.length === 0) return { kind: 'no-overlap' };
  const ahead = both.map((p) => p.china > p.russia);
  if (ahead.every(Boolean)) return { kind: 'ahead-throughout', since: both[0].year };
  const firstAheadIndex = ahead.indexOf(true, ahead[0] ? ahead.indexOf(false) : 0);
  if (firstAheadIndex === -1)
    return ahead[0]
      ? { kind: 'fell-back', firstPassed: both[0].year, lastAhead: lastAheadYear(both, ahead) }
      : { kind: 'not-passed' };
  if (!ahead[ahead.length - 1])
    return {
      kind: 'fell-back',
      firstPassed: both[firstAheadIndex].year,
      lastAhead: lastAheadYear(both, ahead),
    };
  const lastBehindIndex = ahead.lastIndexOf(false);
  return { kind: 'passed', year: both[lastBehindIndex + 1].year, firstPassed: both[firstAheadIndex].year };
}

function lastAheadYear(both: { year: number }[], ahead: boolean[]): number {
  return both[ahead.lastIndexOf(true)].year;
}
