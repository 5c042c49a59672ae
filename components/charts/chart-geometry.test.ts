import { describe, expect, it } from 'vitest';
import { linePath } from './chart-geometry';
import type { ChartRow } from '@/lib/panel/panel-model';

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
