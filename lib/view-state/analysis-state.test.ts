import { describe, expect, it } from 'vitest';
import { type StateContext } from './dashboard-state';
import {
  ANALYSIS_DEFAULTS,
  ANALYSIS_VIEWS,
  analysisDefaults,
  analysisQueryString,
  parseAnalysisState,
  serializeAnalysisState,
  type AnalysisState,
  type AnalysisView,
} from './analysis-state';

const context: StateContext = {
  economyCodes: new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'CHN', 'RUS', 'DEU', 'TUR', 'WLD']),
  years: { min: 1992, max: 2019 },
};

const parse = (view: AnalysisView, query: string) =>
  parseAnalysisState(view, new URLSearchParams(query), context);
const roundTrip = (view: AnalysisView, state: AnalysisState) =>
  parse(view, serializeAnalysisState(view, state, context.years).toString());

describe('analysis views: URL state round trip', () => {
  const changed: Record<AnalysisView, AnalysisState> = {
    mirror: {
      ...ANALYSIS_DEFAULTS.mirror,
      reporter: 'KGZ',
      partners: ['CHN', 'TUR'],
      flows: ['export'],
      from: 2000,
      to: 2010,
    },
    profile: { ...ANALYSIS_DEFAULTS.profile, reporter: 'RUS', year: 2010, base: 2000, compare: 'CHN' },
    region: {
      ...ANALYSIS_DEFAULTS.region,
      reporters: ['UZB', 'KAZ'],
      flow: 'import',
      from: 1992,
      to: 2019,
      source: 'wits',
    },
    ranking: {
      ...ANALYSIS_DEFAULTS.ranking,
      reporter: 'TJK',
      flow: 'export',
      year: 2010,
      base: 2000,
      source: 'wits',
    },
    sources: {
      ...ANALYSIS_DEFAULTS.sources,
      reporter: 'KGZ',
      partners: ['RUS'],
      flows: ['import'],
      from: 1999,
      to: 2001,
    },
    map: {
      ...ANALYSIS_DEFAULTS.map,
      partners: ['DEU', 'TUR'],
      flow: 'export',
      year: 2000,
      base: 1992,
      colouring: 'passed',
    },
  };
  for (const view of ANALYSIS_VIEWS) {
    it(`${view}: keeps every parameter it uses`, () => {
      expect(roundTrip(view, changed[view])).toEqual({ state: changed[view], issues: [] });
    });
    it(`${view}: writes nothing for its default view`, () => {
      const defaults = analysisDefaults(view, context.years);
      expect(analysisQueryString(view, defaults, context.years)).toBe('');
      expect(parse(view, '')).toEqual({ state: defaults, issues: [] });
    });
  }

  it('writes only what differs from the view’s default', () => {
    const state = { ...ANALYSIS_DEFAULTS.ranking, year: 2010 };
    expect(analysisQueryString('ranking', state)).toBe('?year=2010');
  });

  it('leaves out parameters the view does not use', () => {
    const state = { ...ANALYSIS_DEFAULTS.region, reporter: 'KGZ', year: 2001 };
    expect(analysisQueryString('region', state)).toBe('');
    expect(parse('region', 'reporter=KGZ&year=2001&view=bogus').issues).toEqual([]);
  });
});

describe('analysis views: defaults', () => {
  it('default to IMF DOTS, which has every partner and every Central Asian reporter', () => {
    expect(parse('region', '').state.source).toBe('dots');
    expect(parse('ranking', '').state.source).toBe('dots');
  });

  it('show the five Central Asian republics in the region by default', () => {
    expect(parse('region', '').state.reporters).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
  });
});

describe('analysis views: invalid parameters fall back and are reported', () => {
  it('names an unknown reporter in the region list and keeps the default list', () => {
    const { state, issues } = parse('region', 'reporters=KAZ,XXX&flow=import');
    expect(state.reporters).toEqual(ANALYSIS_DEFAULTS.region.reporters);
    expect(state.flow).toBe('import');
    expect(issues).toHaveLength(1);
    expect(issues[0].param).toBe('reporters');
    expect(issues[0].message).toContain('XXX');
  });

  it('rejects a flow that is neither import nor export', () => {
    const { state, issues } = parse('region', 'flow=both');
    expect(state.flow).toBe('export');
    expect(issues.map((i) => i.param)).toEqual(['flow']);
  });

  it('rejects a ranking year outside the data and keeps a valid base', () => {
    const { state, issues } = parse('ranking', 'year=2045&base=2001');
    expect(state.year).toBe(2017);
    expect(state.base).toBe(2001);
    expect(issues.map((i) => i.param)).toEqual(['year']);
  });

  it('rejects from after to, falling back to the default range', () => {
    const { state, issues } = parse('mirror', 'from=2010&to=2000');
    expect([state.from, state.to]).toEqual([1995, 2017]);
    expect(issues.map((i) => i.param)).toEqual(['to']);
  });

  it('accepts codes in any case, and repeats a hostile value only briefly', () => {
    expect(parse('region', 'reporters=kaz, uzb').state.reporters).toEqual(['KAZ', 'UZB']);
    const { issues } = parse('mirror', `partners=${'<script>'.repeat(20)}`);
    expect(issues[0].message.length).toBeLessThan(120);
  });
});

describe('the map’s address', () => {
  it('opens on China against Russia, imports, in the latest year with data, and writes a year only when not it', () => {
    const { state } = parse('map', '');
    expect([state.partners, state.flow, state.year, state.colouring]).toEqual([
      ['CHN', 'RUS'],
      'import',
      2019,
      'larger',
    ]);
    expect(analysisQueryString('map', { ...state, year: 2019 }, context.years)).toBe('');
    expect(analysisQueryString('map', { ...state, year: 2005 }, context.years)).toBe('?year=2005');
  });

  it('takes any two economies, in order, and names a list of one or three as invalid', () => {
    expect(parse('map', 'partners=rus,deu').state.partners).toEqual(['RUS', 'DEU']);
    for (const partners of ['CHN', 'CHN,RUS,DEU', 'CHN,CHN']) {
      const { state, issues } = parse('map', `partners=${partners}`);
      expect(state.partners).toEqual(['CHN', 'RUS']);
      expect(issues.map((i) => i.param)).toEqual(['partners']);
    }
  });

  it('falls back to colouring by the larger share, with a notice, for an unknown colouring', () => {
    const { state, issues } = parse('map', 'colouring=rainbow&year=2010');
    expect([state.colouring, state.year]).toEqual(['larger', 2010]);
    expect(issues.map((i) => i.param)).toEqual(['colouring']);
  });
});
