import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
  type StateContext,
} from './dashboard-state';

// Properties of the URL-state parser over generated input, beside the worked examples in
// dashboard-state.test.ts. The valid values are written out here from the documented API
// (README "API"), not read from the module under test.
const CODES = ['KAZ', 'KGZ', 'TJK', 'CHN', 'RUS', 'DEU', 'TUR', 'USA', 'KOR', 'WLD'];
const YEARS = { min: 1992, max: 2019 };
const VERSIONS = [1, 2, 3];
const context: StateContext = {
  economyCodes: new Set(CODES),
  years: YEARS,
  dataVersions: { current: 3, ids: new Set(VERSIONS) },
};
const PARAMS = [
  'reporter',
  'partners',
  'flows',
  'from',
  'to',
  'source',
  'measure',
  'view',
  'annotations',
  'fill',
  'tables',
  'v',
  'compare',
  'asOf',
];

const parse = (query: string) => parseDashboardState(new URLSearchParams(query), context);

// Text that exercises the parser's edges: its own parameter names and separators, percent signs,
// encodings of nothing, control characters and astral code points.
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9,%=&+ .-]{0,30}$/),
  fc.constantFrom('', ',', ',,', '%', '%FF', '%C0%AE', '\u0000', '1e309', '-0', 'NaN', '99999', '0995', '😀'),
);

const validState: fc.Arbitrary<DashboardState> = fc
  .record({
    reporter: fc.constantFrom(...CODES),
    partners: fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 8 }),
    flows: fc.constantFrom<DashboardState['flows']>(['import'], ['export'], ['import', 'export']),
    years: fc
      .tuple(fc.integer(YEARS), fc.integer(YEARS))
      .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    source: fc.constantFrom<DashboardState['source']>('wits', 'dots'),
    measure: fc.constantFrom<DashboardState['measure']>('share', 'value'),
    view: fc.constantFrom<DashboardState['view']>('chart', 'table'),
    annotations: fc.boolean(),
    fill: fc.boolean(),
    tables: fc.subarray<DashboardState['flows'][number]>(['import', 'export']),
    version: fc.option(fc.constantFrom(...VERSIONS), { nil: null }),
    compare: fc.boolean(),
    asOf: fc.option(fc.constantFrom(...VERSIONS), { nil: null }),
  })
  // compare draws a link's values: only a link with its version (v=) has them.
  .map((state) => ({ ...state, compare: state.compare && state.version !== null }))
  // One view, one form (README): a table panel is named in `tables` only while some other panel
  // is a chart; when every panel is a table the link says view=table instead.
  .map(({ years, ...rest }) => ({ ...rest, ...years }))
  .map((state) => {
    const tables = state.tables.filter((flow) => state.flows.includes(flow));
    if (state.view === 'table' || tables.length === state.flows.length)
      return { ...state, view: tables.length > 0 ? ('table' as const) : state.view, tables: [] };
    return { ...state, tables };
  });

describe('parseDashboardState, for any input', () => {
  it('never throws, and always answers a state whose every part is allowed', () => {
    const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), hostileText), hostileText), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(query, (pairs) => {
        const raw = pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const { state, issues } = parse(raw);
        expect(CODES).toContain(state.reporter);
        for (const partner of state.partners) expect(CODES).toContain(partner);
        expect(state.from).toBeLessThanOrEqual(state.to);
        expect(state.from).toBeGreaterThanOrEqual(YEARS.min);
        expect(state.to).toBeLessThanOrEqual(YEARS.max);
        expect(['wits', 'dots']).toContain(state.source);
        for (const issue of issues) expect(PARAMS).toContain(issue.param);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a raw query string, however it is encoded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => void parse(raw)),
      {
        numRuns: 500,
      },
    );
  });

  it("never throws on Next's searchParams object, arrays included", () => {
    const value = fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 }), fc.constant(undefined));
    const input = fc.dictionary(fc.oneof(fc.constantFrom(...PARAMS), hostileText), value, { maxKeys: 12 });
    fc.assert(
      fc.property(input, (searchParams) => void parseDashboardState(searchParams, context)),
      {
        numRuns: 300,
      },
    );
  });
});

describe('serialise then parse', () => {
  it('gives back every valid state exactly, with no issue', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parse(serializeDashboardState(state).toString());
        expect(parsed.issues).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});

describe('one invalid parameter', () => {
  const unknownCode = fc.stringMatching(/^[A-Z]{3}$/).filter((code) => !CODES.includes(code));
  const notOneOf = (allowed: string[]) => hostileText.filter((text) => !allowed.includes(text));
  const invalidValues: Record<string, fc.Arbitrary<string>> = {
    reporter: fc.oneof(unknownCode, fc.constant('KAZ,CHN'), fc.constant('')),
    partners: fc.oneof(
      unknownCode,
      fc.tuple(fc.constantFrom(...CODES), unknownCode).map((codes) => codes.join(',')),
      fc.constantFrom('', ',', 'CHN,chn'),
    ),
    flows: fc.oneof(
      fc.constantFrom('', 'imports', 'import,both', 're-export'),
      notOneOf([]).filter((text) =>
        text.split(',').some((t) => !['import', 'export'].includes(t.trim().toLowerCase())),
      ),
    ),
    from: fc.oneof(
      notOneOf([]).filter((text) => !/^\d{4}$/.test(text)),
      fc.integer({ min: 1000, max: YEARS.min - 1 }).map(String),
    ),
    to: fc.oneof(
      notOneOf([]).filter((text) => !/^\d{4}$/.test(text)),
      fc.integer({ min: YEARS.max + 1, max: 9999 }).map(String),
    ),
    source: notOneOf(['wits', 'dots']),
    measure: notOneOf(['share', 'value']),
    view: notOneOf(['chart', 'table']),
    annotations: notOneOf(['on', 'off']),
    fill: notOneOf(['on', 'off']),
  };

  for (const [param, invalid] of Object.entries(invalidValues)) {
    it(`${param}: falls back to the default and is reported by name`, () => {
      fc.assert(
        fc.property(invalid, (value) => {
          const { state, issues } = parseDashboardState(new URLSearchParams([[param, value]]), context);
          expect(state).toEqual(DEFAULT_STATE);
          expect(issues.map((issue) => issue.param)).toEqual([param]);
          expect(issues[0].message).toMatch(new RegExp(`^${param}: expected `));
        }),
        { numRuns: 200 },
      );
    });
  }
});
