import { describe, expect, it } from 'vitest';
import { linePath, niceTicks, yearTicks } from './chart-geometry';
import type { ChartRow } from '@/lib/panel/panel-model';

describe('niceTicks', () => {
  it('reaches at least the largest value in round steps from zero', () => {
    expect(niceTicks(54.8)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(17.86)).toEqual([0, 5, 10, 15, 20]);
  });
});

describe('yearTicks', () => {
  it('labels every fifth year over two decades', () => {
    expect(yearTicks(1995, 2017)).toEqual([1995, 2000, 2005, 2010, 2015]);
  });
});

describe('linePath', () => {
  it('breaks the line at a missing value instead of bridging it', () => {
    const rows = [
      { year: 2000, CHN: 1 },
      { year: 2001, CHN: null },
      { year: 2002, CHN: 3 },
      { year: 2003, CHN: 4 },
    ] as ChartRow[];
    const path = linePath(
      rows,
      'CHN',
      (year) => year - 2000,
      (value) => value * 10,
    );
    expect(path).toBe('M0.0,10.0M2.0,30.0L3.0,40.0');
  });
});
