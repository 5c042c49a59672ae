import { describe, expect, it } from 'vitest';
import { ANALYSIS_DEFAULTS } from '../view-state/analysis-state';
import { analysisFileStem } from './analysis-download';

describe('analysisFileStem', () => {
  it('names what, where from and which years, lower-case', () => {
    expect(analysisFileStem('mirror', ANALYSIS_DEFAULTS.mirror)).toBe(
      'mirror-kaz-chn-rus-import-export-1995-2017',
    );
    expect(analysisFileStem('ranking', ANALYSIS_DEFAULTS.ranking)).toBe(
      'ranking-kaz-import-dots-2017-vs-1995',
    );
  });

  it('gives one year once', () => {
    const state = { ...ANALYSIS_DEFAULTS.sources, from: 2001, to: 2001 };
    expect(analysisFileStem('sources', state)).toBe(
      'sources-kaz-chn-rus-import-export-wits-vs-imf-dots-2001',
    );
  });
});
