import { describe, expect, it } from 'vitest';
import { largestValue, listOf, wrapWords } from './figure';

describe('figure axes', () => {
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
