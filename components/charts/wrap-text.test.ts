import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

describe('wrapText', () => {
  it('breaks at spaces so no line is longer than the width, keeping every word', () => {
    const text = 'China’s share of Kazakhstan’s exports rose from 5.43 % in 1995 to 11.95 % in 2017';
    const lines = wrapText(text, 30);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
  it('keeps a word longer than the width whole on its own line', () => {
    expect(wrapText('see data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV now', 20)).toEqual([
      'see',
      'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV',
      'now',
    ]);
  });
});
