import { firstPassed, type YearAhead } from '../panel/first-passed';

// When China's share passed Russia's for good, for the region's panels:
// - "for good": the first year from which China's share is larger in every later year with both
//   shares, to the end of the range. Years where either share is missing are skipped, not counted.
// - "first passed": the dashboard's definition (lib/panel/first-passed.ts); when China was ahead in
//   the first year with both, the first year it passed again after falling behind, if it did.
// A panel's crossover year is the "for good" year; when China passed and fell back since, it says so.

export type YearPair = { year: number; china: number | null; russia: number | null };

export type PassedForGood =
  | { kind: 'passed'; year: number; firstPassed: number } // ahead for good from year
  | { kind: 'fell-back'; firstPassed: number; lastAhead: number } // ahead at times, behind at the end
  | { kind: 'ahead-throughout'; since: number } // ahead in the first year with both, and every year since
  | { kind: 'not-passed' }
  | { kind: 'no-overlap' };

export function passedForGood(pairs: YearPair[]): PassedForGood {
  const years: YearAhead[] = pairs
    .flatMap(({ year, china, russia }) =>
      china !== null && russia !== null ? [{ year, ahead: china > russia }] : [],
    )
    .sort((a, b) => a.year - b.year);
  const first = firstPassed(years);
  if (first.kind === 'no-overlap' || first.kind === 'not-passed') return first;
  const lastBehind = years.findLastIndex((y) => !y.ahead);
  if (lastBehind === -1) return { kind: 'ahead-throughout', since: first.year };
  const passedAgain =
    first.kind === 'passed' ? first : firstPassed(years.slice(years.findIndex((y) => !y.ahead)));
  const firstPassedYear = passedAgain.kind === 'passed' ? passedAgain.year : first.year;
  if (lastBehind === years.length - 1) {
    const lastAhead = years.findLast((y) => y.ahead)!.year;
    return { kind: 'fell-back', firstPassed: firstPassedYear, lastAhead };
  }
  return { kind: 'passed', year: years[lastBehind + 1].year, firstPassed: firstPassedYear };
}
