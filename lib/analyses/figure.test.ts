import { describe, expect, it } from 'vitest';
import { listOf } from '../panel/view-text';
import { largestValue, wrapWords } from './figure';

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
  it('breaks at spaces so no line is longer than the width, keeping every word', () => {
    const text = 'China’s share of Kazakhstan’s exports rose from 5.43 % in 1995 to 11.95 % in 2017';
    const lines = wrapWords(text, 30);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
  it('keeps a word longer than the width whole on its own line', () => {
    expect(wrapWords('see data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV now', 20)).toEqual([
      'see',
      'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV',
      'now',
    ]);
  });
  it('lists names as a sentence does', () => {
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listOf(['A'])).toBe('A');
  });
});
