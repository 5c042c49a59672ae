import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFirstPassed } from '../panel/first-passed';
import { passedForGood, type YearPair } from './passed-for-good';

// Shares as [china, russia] from 2000 on.
const years = (...shares: [number | null, number | null][]): YearPair[] =>
  shares.map(([china, russia], i) => ({ year: 2000 + i, china, russia }));

describe('China’s share passing Russia’s', () => {
  it('is the first year China is ahead when it stays ahead to the end', () => {
    expect(passedForGood(years([5, 40], [9, 10], [12, 10], [15, 8]))).toEqual({
      kind: 'passed',
      year: 2002,
      firstPassed: 2002,
    });
  });

  it('takes the year China passed for good when it passed, fell back and passed again', () => {
    expect(passedForGood(years([5, 40], [12, 10], [9, 10], [12, 10], [13, 9]))).toEqual({
      kind: 'passed',
      year: 2003,
      firstPassed: 2001,
    });
  });

  it('says China fell back when it is behind in the last year with both', () => {
    expect(passedForGood(years([5, 40], [12, 10], [9, 10]))).toEqual({
      kind: 'fell-back',
      firstPassed: 2001,
      lastAhead: 2001,
    });
  });

  it('skips years where either share is missing rather than counting them', () => {
    expect(passedForGood(years([5, 40], [null, 10], [12, null], [15, 8]))).toEqual({
      kind: 'passed',
      year: 2003,
      firstPassed: 2003,
    });
  });

  it('does not count a tie as passing', () => {
    expect(passedForGood(years([5, 40], [10, 10]))).toEqual({ kind: 'not-passed' });
  });

  it('tells a panel where China was ahead from the start apart from one with no overlap', () => {
    expect(passedForGood(years([20, 10], [25, 10]))).toEqual({ kind: 'ahead-throughout', since: 2000 });
    expect(passedForGood(years([20, null], [null, 10]))).toEqual({ kind: 'no-overlap' });
  });

  it('calls ahead-then-behind falling back, not passing', () => {
    expect(passedForGood(years([20, 10], [5, 10]))).toEqual({
      kind: 'fell-back',
      firstPassed: 2000,
      lastAhead: 2000,
    });
  });
});

describe('agreement with the dashboard’s first passed (lib/panel/first-passed.ts)', () => {
  const share = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null });
  const anyShares = fc.array(fc.tuple(share, share), { maxLength: 25 });
  // Half the runs start with China ahead, so the already-above case is checked every run.
  const shares = fc.oneof(
    anyShares,
    anyShares.map((rest): [number | null, number | null][] => [[30, 10], ...rest]),
  );

  it('finds the same first year China passed Russia, for any shares, in every case', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(shares, (shares) => {
        const pairs = years(...shares);
        const points = (pick: (p: YearPair) => number | null) =>
          pairs.map((p) => ({ year: p.year, value: pick(p) }));
        const dashboard = findFirstPassed(
          points((p) => p.china),
          points((p) => p.russia),
        );
        const region = passedForGood(pairs);
        seen.add(dashboard.kind);
        if (dashboard.kind === 'passed')
          expect('firstPassed' in region && region.firstPassed).toBe(dashboard.year);
        if (dashboard.kind === 'not-passed') expect(region.kind).toBe('not-passed');
        if (dashboard.kind === 'no-overlap') expect(region.kind).toBe('no-overlap');
        if (dashboard.kind === 'already-above') {
          const both = pairs.filter((p) => p.china !== null && p.russia !== null);
          if (both.every((p) => p.china! > p.russia!))
            expect(region).toEqual({ kind: 'ahead-throughout', since: dashboard.year });
          else expect('firstPassed' in region && region.firstPassed).toBeGreaterThanOrEqual(dashboard.year);
        }
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(['already-above', 'no-overlap', 'not-passed', 'passed']);
  });
});
