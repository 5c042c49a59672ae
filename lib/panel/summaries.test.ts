import { describe, expect, it } from 'vitest';
import type { Series } from './series-types';
import { summarisePanel } from './summaries';

const series = (partner: string, partnerName: string, values: Record<number, number | null>): Series => ({
  reporter: 'KAZ',
  reporterName: 'Kazakhstan',
  partner,
  partnerName,
  flow: 'import',
  measure: 'share',
  unit: 'percent',
  points: Object.entries(values).map(([year, value]) => ({ year: Number(year), value })),
});

describe('summarisePanel', () => {
  it('says when the first partner has not passed the second over the range', () => {
    const summary = summarisePanel(
      [series('CHN', 'China', { 2000: 1, 2001: 2 }), series('RUS', 'Russia', { 2000: 40, 2001: 30 })],
      'import',
      'share',
      { kind: 'not-passed' },
    );
    expect(summary).toBe(
      'China’s share of Kazakhstan’s imports rose from 1.00 % in 2000 to 2.00 % in 2001, while Russia’s fell from ' +
        '40.00 % in 2000 to 30.00 % in 2001; China has not passed Russia in 2000–2001.',
    );
  });

  it('says when a partner has no value in the range', () => {
    const summary = summarisePanel([series('CHN', 'China', { 2000: null })], 'import', 'share', null);
    expect(summary).toBe('China has no published value in this range.');
  });

  it('names values in US$ million when the view measures values', () => {
    const summary = summarisePanel([series('CHN', 'China', { 2000: 3, 2001: 3 })], 'export', 'value', null);
    expect(summary).toContain('China’s exports (US$ million) was unchanged');
  });
});
