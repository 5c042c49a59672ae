import { describe, expect, it } from 'vitest';
import type { Series } from './series-types';
import { findFirstPassed } from './first-passed';
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
    expect(summary).toBe('China’s share of Kazakhstan’s imports has no published value in this range.');
  });

  it('names values in US$ million as the reporter’s trade with the partner, not the partner’s own', () => {
    const summary = summarisePanel([series('CHN', 'China', { 2000: 3, 2001: 3 })], 'export', 'value', null);
    expect(summary).toBe(
      'Kazakhstan’s exports to China were unchanged from 3.0 US$ m in 2000 to 3.0 US$ m in 2001.',
    );
  });

  it('says in values whose imports from which partner passed which', () => {
    const summary = summarisePanel(
      [series('CHN', 'China', { 2000: 1, 2001: 50 }), series('RUS', 'Russia', { 2000: 40, 2001: 30 })],
      'import',
      'value',
      { kind: 'passed', year: 2001 },
    );
    expect(summary).toBe(
      'Kazakhstan’s imports from China rose from 1.0 US$ m in 2000 to 50.0 US$ m in 2001, while its imports from Russia ' +
        'fell from 40.0 US$ m in 2000 to 30.0 US$ m in 2001; its imports from China first passed those from Russia in 2001.',
    );
  });

  it('never states a finding that rests only on IMF fixed-share estimates, and names the stretch', () => {
    // Uzbekistan's exports: China ahead only in the estimated years 2001–2015.
    const estimated = (values: Record<number, number>) => ({
      ...series('X', 'X', values),
      points: Object.entries(values).map(([year, value]) => ({
        year: Number(year),
        value,
        ...(Number(year) >= 2001 && Number(year) <= 2015 ? { fixedShare: true as const } : {}),
      })),
    });
    const span = (from: number, to: number, value: number) =>
      Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, value]));
    const china = {
      ...estimated({ 1999: 1, 2000: 1, ...span(2001, 2015, 34.4), 2016: 15 }),
      partner: 'CHN',
      partnerName: 'China',
    };
    const russia = {
      ...estimated({ 1999: 20, 2000: 20, ...span(2001, 2015, 19), 2016: 20 }),
      partner: 'RUS',
      partnerName: 'Russia',
    };
    const crossover = findFirstPassed(china.points, russia.points);
    expect(crossover).toEqual({ kind: 'not-passed' });
    const summary = summarisePanel([china, russia], 'import', 'share', crossover);
    expect(summary).toBe(
      'China’s share of Kazakhstan’s imports rose from 1.00 % in 1999 to 15.00 % in 2016, while Russia’s was unchanged from ' +
        '20.00 % in 1999 to 20.00 % in 2016; China has not passed Russia in 1999–2016; ' +
        'IMF estimates with fixed partner shares in 2001–2015 are left out.',
    );
  });
});
