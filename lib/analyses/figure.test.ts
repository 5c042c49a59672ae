import { describe, expect, it } from 'vitest';
import { axisTicks, largestValue, listOf, wrapWords, yearAxisTicks } from './figure';

describe('figure axes', () => {
  it('reaches past the largest value in round steps', () => {
    expect(axisTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it('labels at most six years, on round years', () => {
    expect(yearAxisTicks(1995, 2017)).toEqual([1995, 2000, 2005, 2010, 2015]);
    expect(yearAxisTicks(2000, 2003)).toEqual([2000, 2001, 2002, 2003]);
  });

  it('takes the largest value over every panel, ignoring gaps', () => {
    const panel = (values: (number | null)[]) => ({
      id: 'p',
      title: 'p',
      summary: '',
      lines: [{ key: 'a', name: 'A', styleIndex: 0 }],
      rows: values.map((a, i) => ({ year: 2000 + i, values: { a } })),
    });
    expect(largestValue([panel([1, null, 3]), panel([null, 12])])).toBe(12);
  });
});

describe('words', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
  it('lists names as a sentence does', () => {
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listOf(['A'])).toBe('A');
  });
});
