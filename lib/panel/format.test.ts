import { describe, expect, it } from 'vitest';
import { formatDifference, formatNumber, formatValue } from './format';

describe('formatNumber', () => {
  it('prints shares to two decimals and US$ million to one, with thousands separators', () => {
    expect(formatNumber(1234.5, 'share')).toBe('1,234.50');
    expect(formatNumber(1234.56, 'value')).toBe('1,234.6');
    expect(formatNumber(0, 'share')).toBe('0.00');
  });
});

describe('formatDifference', () => {
  it('signs the difference and names percentage points for shares', () => {
    expect(formatDifference(-3.456, 'share')).toBe('−3.46 pp');
    expect(formatDifference(0, 'share')).toBe('±0.00 pp');
    expect(formatDifference(2, 'value')).toMatch(/^\+2\.0/);
  });
  it('keeps the value formatting consistent with formatValue', () => {
    expect(formatValue(12.3, 'share').startsWith('12.30')).toBe(true);
  });
});
