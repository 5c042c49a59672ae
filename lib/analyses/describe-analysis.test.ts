import { describe, expect, it } from 'vitest';
import { ANALYSIS_DEFAULTS, ANALYSIS_VIEWS } from '../view-state/analysis-state';
import { describeAnalysis } from './describe-analysis';

const names: Record<string, string> = { KAZ: 'Kazakhstan', CHN: 'China', RUS: 'Russia', UZB: 'Uzbekistan' };
const nameOf = (code: string) => names[code] ?? code;

describe('analysis titles for link previews', () => {
  it('gives each view a title and description of its own', () => {
    const titles = ANALYSIS_VIEWS.map(
      (view) => describeAnalysis(view, ANALYSIS_DEFAULTS[view], nameOf).title,
    );
    expect(new Set(titles).size).toBe(ANALYSIS_VIEWS.length);
  });

  it('names the view’s economies, flow and years', () => {
    const ranking = describeAnalysis(
      'ranking',
      { ...ANALYSIS_DEFAULTS.ranking, year: 2010, base: 2000 },
      nameOf,
    );
    expect(ranking.title).toBe('Kazakhstan’s partners ranked by share of imports, 2010 against 2000');
    const region = describeAnalysis(
      'region',
      { ...ANALYSIS_DEFAULTS.region, reporters: ['KAZ', 'UZB'] },
      nameOf,
    );
    expect(region.title).toBe(
      'China against Russia in Kazakhstan and Uzbekistan: shares of exports, 1995–2017',
    );
    expect(describeAnalysis('mirror', ANALYSIS_DEFAULTS.mirror, nameOf).description).toContain('CIF/FOB');
    expect(describeAnalysis('profile', { ...ANALYSIS_DEFAULTS.profile, compare: 'RUS' }, nameOf).title).toBe(
      'What Kazakhstan trades beside Russia: product groups and trade indicators, 2017 against 1995',
    );
  });
});
