import { describe, expect, it } from 'vitest';
import { findFirstPassed } from './first-passed';
import type { SeriesPoint } from './series-types';

const points = (values: Record<number, number | null>): SeriesPoint[] =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));

describe('findFirstPassed', () => {
  it('finds the first year the first partner is above the second', () => {
    expect(
      findFirstPassed(
        points({ 2000: 5, 2001: 8, 2002: 12, 2003: 9 }),
        points({ 2000: 20, 2001: 10, 2002: 11, 2003: 10 }),
      ),
    ).toEqual({ kind: 'passed', year: 2002 });
  });
  it('says when the first partner never passes the second', () => {
    expect(findFirstPassed(points({ 2000: 5, 2001: 8 }), points({ 2000: 20, 2001: 10 }))).toEqual({
      kind: 'not-passed',
    });
  });
  it('ignores years where either value is missing', () => {
    expect(
      findFirstPassed(points({ 2000: null, 2001: 8, 2002: 12 }), points({ 2000: 1, 2001: 10, 2002: null })),
    ).toEqual({ kind: 'not-passed' });
  });
  it('says when the first partner was above from the start', () => {
    expect(findFirstPassed(points({ 2000: 30, 2001: 8 }), points({ 2000: 20, 2001: 10 }))).toEqual({
      kind: 'already-above',
      year: 2000,
    });
  });
});
