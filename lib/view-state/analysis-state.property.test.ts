import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_VIEWS,
  analysisDefaults,
  parseAnalysisState,
  serializeAnalysisState,
  type AnalysisState,
  type AnalysisView,
} from './analysis-state';
import type { StateContext } from './dashboard-state';

// The analysis views' URL state over generated states, beside the worked examples in
// analysis-state.test.ts. What each view reads is written out here from the README, not read from
// the module under test.
const CODES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'CHN', 'RUS', 'DEU', 'TUR', 'WLD'];
const YEARS = { min: 1992, max: 2019 };
const context: StateContext = { economyCodes: new Set(CODES), years: YEARS };
const USED: Record<AnalysisView, (keyof AnalysisState)[]> = {
  mirror: ['reporter', 'partners', 'flows', 'from', 'to'],
  region: ['reporters', 'flow', 'from', 'to', 'source'],
  ranking: ['reporter', 'flow', 'year', 'base', 'source'],
  sources: ['reporter', 'partners', 'flows', 'from', 'to'],
  map: ['partners', 'flow', 'year', 'base', 'colouring'],
  profile: ['reporter', 'year', 'base', 'compare'],
};

const yearRange = fc
  .tuple(fc.integer(YEARS), fc.integer(YEARS))
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

// Any valid value of every parameter; a view keeps only those it reads, the rest stay default.
const validState = (view: AnalysisView): fc.Arbitrary<AnalysisState> =>
  fc
    .record({
      reporter: fc.constantFrom(...CODES),
      partners: fc.uniqueArray(fc.constantFrom(...CODES), {
        minLength: view === 'map' ? 2 : 1,
        maxLength: view === 'map' ? 2 : 8,
      }),
      flows: fc.constantFrom<AnalysisState['flows']>(['import'], ['export'], ['import', 'export']),
      range: yearRange,
      source: fc.constantFrom<AnalysisState['source']>('wits', 'dots'),
      reporters: fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 10 }),
      flow: fc.constantFrom<AnalysisState['flow']>('import', 'export'),
      year: fc.integer(YEARS),
      base: fc.integer(YEARS),
      colouring: fc.constantFrom<AnalysisState['colouring']>('larger', 'passed'),
      compare: fc.constantFrom('', ...CODES),
    })
    .map(({ range, ...rest }) => {
      const all: AnalysisState = { ...rest, ...range };
      const state = { ...analysisDefaults(view, YEARS) };
      for (const key of USED[view]) Object.assign(state, { [key]: all[key] });
      return state;
    });

describe.each(ANALYSIS_VIEWS)('%s: serialise then parse', (view) => {
  it('gives back every valid state exactly, with no issue', () => {
    fc.assert(
      fc.property(validState(view), (state) => {
        const query = serializeAnalysisState(view, state, YEARS);
        for (const param of query.keys()) expect(USED[view]).toContain(param);
        expect(parseAnalysisState(view, query, context)).toEqual({ state, issues: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves defaults out: a parameter is written only when it differs from the default', () => {
    fc.assert(
      fc.property(validState(view), (state) => {
        const query = serializeAnalysisState(view, state, YEARS);
        for (const key of USED[view])
          expect(query.has(key)).toBe(
            JSON.stringify(state[key]) !== JSON.stringify(analysisDefaults(view, YEARS)[key]),
          );
      }),
      { numRuns: 200 },
    );
  });

  it('falls back to the default for one invalid parameter, and names it', () => {
    // An empty `compare` is valid: no second reporter (the form sends it when the field is left empty).
    const invalid = fc
      .tuple(fc.constantFrom(...USED[view]), fc.constantFrom('', 'XXX', 'both', '1800', '%FF'))
      .filter(([param, value]) => !(param === 'compare' && value === ''));
    fc.assert(
      fc.property(invalid, ([param, value]) => {
        const { state, issues } = parseAnalysisState(view, new URLSearchParams([[param, value]]), context);
        expect(state).toEqual(analysisDefaults(view, YEARS));
        expect(issues.map((issue) => issue.param)).toEqual([param]);
      }),
    );
  });
});
