import { describe, expect, it } from 'vitest';
import { valueAxisTicks, yearAxisTicks } from './axis-ticks';

describe('valueAxisTicks', () => {
  it('reaches at least the largest value in round steps from zero', () => {
    expect(valueAxisTicks(54.8)).toEqual([0, 20, 40, 60]);
    expect(valueAxisTicks(17.86)).toEqual([0, 5, 10, 15, 20]);
    expect(valueAxisTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('draws an axis from 0 to 1 when there is nothing above zero', () => {
    expect(valueAxisTicks(0)).toEqual([0, 1]);
  });
});

describe('yearAxisTicks', () => {
  it('labels every fifth year over two decades', () => {
    expect(yearAxisTicks(1995, 2017, 8)).toEqual([1995, 2000, 2005, 2010, 2015]);
    expect(yearAxisTicks(1995, 2017, 6)).toEqual([1995, 2000, 2005, 2010, 2015]);
  });

  it('labels every year of a short range', () => {
    expect(yearAxisTicks(2000, 2003, 6)).toEqual([2000, 2001, 2002, 2003]);
  });
});
