import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../view-state/dashboard-state';
import type { SeriesPoint, SeriesResponse } from '../panel/series-types';
import { compareSources, sourceComparisonFigure } from './source-comparison';

const response = (source: 'wits' | 'dots', points: SeriesPoint[]): SeriesResponse => ({
  query: { ...DEFAULT_STATE, source },
  source: {
    id: source,
    publisher: source,
    indicator: '',
    unit: '',
    url: '',
    file: `${source}.csv`,
    sha256: 'abc',
    loadedAt: '',
  },
  fillSource: null,
  dataVersion: 1,
  sinceLink: null,
  series: [
    {
      reporter: 'KAZ',
      reporterName: 'Kazakhstan',
      partner: 'CHN',
      partnerName: 'China',
      flow: 'import',
      measure: 'share',
      unit: 'percent',
      points,
    },
  ],
});

const wits = response('wits', [
  { year: 2000, value: null, reason: 'not in the top five' },
  { year: 2001, value: 10 },
  { year: 2002, value: 12 },
]);
const dots = response('dots', [
  { year: 2000, value: 3, flag: 'derived' },
  { year: 2001, value: 9, flag: 'derived' },
  { year: 2002, value: 15, flag: 'derived' },
]);

describe('WITS against IMF DOTS', () => {
  const comparison = compareSources(wits, dots);

  it('pairs each year’s two values and gives the difference in points', () => {
    expect(comparison.series[0].years.map((y) => y.difference)).toEqual([null, 1, -3]);
  });

  it('keeps the WITS gap reason where only IMF DOTS has a value', () => {
    expect(comparison.series[0].years[0].wits.reason).toBe('not in the top five');
    expect(comparison.series[0].years[0].dots.value).toBe(3);
  });

  it('summarises the average and the widest difference and the years only one source has', () => {
    expect(comparison.series[0].summary).toBe(
      'China’s share of imports: both sources have 2 of 3 years; they differ by 2.00 pp on average (absolute), most in ' +
        '2002 (WITS −3.00 pp against IMF DOTS). 1 year only IMF DOTS has, 0 only WITS.',
    );
  });

  it('names the years whose IMF DOTS figures are IMF estimates with fixed partner shares', () => {
    const estimated = response('dots', [
      { year: 2000, value: 3, flag: 'derived' },
      { year: 2001, value: 9, flag: 'derived', fixedShare: true },
      { year: 2002, value: 15, flag: 'derived', fixedShare: true },
    ]);
    expect(compareSources(wits, estimated).series[0].summary).toMatch(
      /IMF DOTS's figures are IMF estimates with fixed partner shares in 2001–2002\.$/,
    );
    expect(comparison.series[0].summary).not.toMatch(/estimates/);
  });

  it('names both files in the figure’s sources', () => {
    expect(sourceComparisonFigure(comparison, { from: 2000, to: 2002 }).sources.map((s) => s.file)).toEqual([
      'wits.csv',
      'dots.csv',
    ]);
  });
});

describe('the comparison in one sentence', () => {
  it('gives the average and the widest difference over every series', () => {
    expect(sourceComparisonFigure(compareSources(wits, dots), { from: 2000, to: 2002 }).summary).toBe(
      'Where both publish a share (2 of 3 series-years), WITS and IMF DOTS differ by 2.00 pp on average; the ' +
        'widest difference is −3.00 pp, China’s share of imports in 2002.',
    );
  });
});
