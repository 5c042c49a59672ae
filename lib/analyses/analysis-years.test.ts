import { describe, expect, it } from 'vitest';
import { ANALYSIS_DEFAULTS } from '../view-state/analysis-state';
import type { Catalog } from '../view-state/catalog';
import { analysisYears } from './analysis-years';

const catalog: Catalog = {
  names: {},
  reporters: { wits: ['KAZ'], dots: ['KAZ', 'UZB'] },
  spans: {
    wits: { KAZ: { min: 1996, max: 2019 } },
    dots: { KAZ: { min: 1992, max: 2020 }, UZB: { min: 1994, max: 2018 } },
  },
};
const everyYear = { min: 1948, max: 2020 };

describe('analysisYears', () => {
  it('offers the years of the source the region view reads, across its reporters', () => {
    const state = { ...ANALYSIS_DEFAULTS.region, source: 'dots' as const, reporters: ['KAZ', 'UZB'] };
    expect(analysisYears('region', state, catalog, everyYear)).toEqual({
      min: 1992,
      max: 2020,
      fromData: true,
    });
    const wits = { ...state, source: 'wits' as const, reporters: ['KAZ'] };
    expect(analysisYears('region', wits, catalog, everyYear)).toEqual({
      min: 1996,
      max: 2019,
      fromData: true,
    });
  });

  it('spans both sources on the sources view', () => {
    const state = { ...ANALYSIS_DEFAULTS.sources, reporter: 'KAZ' };
    expect(analysisYears('sources', state, catalog, everyYear)).toEqual({
      min: 1992,
      max: 2020,
      fromData: true,
    });
  });

  it('falls back to every dataset’s years, and says so, when the reporter has no data', () => {
    const state = { ...ANALYSIS_DEFAULTS.ranking, source: 'wits' as const, reporter: 'UZB' };
    expect(analysisYears('ranking', state, catalog, everyYear)).toEqual({ ...everyYear, fromData: false });
  });
});
