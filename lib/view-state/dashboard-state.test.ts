import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  MAX_PARTNERS,
  dashboardQueryString,
  panelView,
  parseDashboardState,
  serializeDashboardState,
  withPanelView,
  type DashboardState,
  type StateContext,
} from './dashboard-state';

const context: StateContext = {
  economyCodes: new Set([
    'KAZ',
    'KGZ',
    'TJK',
    'TKM',
    'UZB',
    'CHN',
    'RUS',
    'DEU',
    'ITA',
    'FRA',
    'TUR',
    'USA',
    'KOR',
    'WLD',
  ]),
  years: { min: 1992, max: 2019 },
  dataVersions: { current: 3, ids: new Set([1, 2, 3]) },
};

const parse = (query: string) => parseDashboardState(new URLSearchParams(query), context);

// What a shared link carries: the state written to a query string and read back from it.
const roundTrip = (state: DashboardState) => parse(serializeDashboardState(state).toString());

describe('URL state round trip', () => {
  const states: Record<string, DashboardState> = {
    'every parameter changed': {
      reporter: 'KGZ',
      partners: ['RUS', 'CHN', 'TUR'],
      flows: ['export'],
      from: 2000,
      to: 2010,
      source: 'dots',
      measure: 'value',
      view: 'table',
      tables: [],
      annotations: false,
      fill: true,
      version: 1,
      compare: true,
      asOf: 2,
    },
    'one partner, imports only': { ...DEFAULT_STATE, partners: ['CHN'], flows: ['import'] },
    'the widest year range the data allows': { ...DEFAULT_STATE, from: 1992, to: 2019 },
    'a single year': { ...DEFAULT_STATE, from: 2008, to: 2008 },
    'the most partners allowed': {
      ...DEFAULT_STATE,
      partners: ['CHN', 'RUS', 'DEU', 'ITA', 'FRA', 'TUR', 'USA', 'KOR'],
    },
    'partners in a non-default order': { ...DEFAULT_STATE, partners: ['RUS', 'CHN'] },
    'DOTS gap filling on, annotations off': { ...DEFAULT_STATE, fill: true, annotations: false },
    'the import panel shown as a table': { ...DEFAULT_STATE, tables: ['import'] },
    'the export panel shown as a table': { ...DEFAULT_STATE, tables: ['export'] },
    'a link made on data version 2': { ...DEFAULT_STATE, version: 2 },
    "a link's values drawn beside today's": { ...DEFAULT_STATE, version: 1, compare: true },
    'the values as of data version 1': { ...DEFAULT_STATE, asOf: 1 },
  };

  for (const [name, state] of Object.entries(states)) {
    it(`keeps ${name}`, () => {
      expect(roundTrip(state)).toEqual({ state, issues: [] });
    });
  }

  it('writes nothing for the default view, so "/" is the default link', () => {
    expect(serializeDashboardState(DEFAULT_STATE).toString()).toBe('');
    expect(dashboardQueryString(DEFAULT_STATE)).toBe('');
    expect(parse('')).toEqual({ state: DEFAULT_STATE, issues: [] });
  });

  it('writes only what differs from the default', () => {
    expect(dashboardQueryString({ ...DEFAULT_STATE, view: 'table', from: 2001 })).toBe(
      '?from=2001&view=table',
    );
  });

  it("reads the same state from a URLSearchParams and from Next's searchParams object", () => {
    const fromRecord = parseDashboardState(
      { reporter: 'kgz', partners: ['CHN,RUS', 'USA'], view: 'table' },
      context,
    );
    expect(fromRecord).toEqual(parse('reporter=kgz&partners=CHN,RUS&partners=USA&view=table'));
    expect(fromRecord.state).toMatchObject({ reporter: 'KGZ', partners: ['CHN', 'RUS'], view: 'table' });
  });
});

describe('invalid parameters fall back to their default, are reported, and do not spoil the valid ones', () => {
  function expectOnlyIssue(query: string, param: string, message: RegExp, kept: Partial<DashboardState>) {
    const { state, issues } = parse(query);
    expect(issues).toHaveLength(1);
    expect(issues[0].param).toBe(param);
    expect(issues[0].message).toMatch(new RegExp(`^${param}: expected `));
    expect(issues[0].message).toMatch(message);
    expect(state).toEqual({ ...DEFAULT_STATE, ...kept });
  }

  it('names an unknown partner code', () => {
    expectOnlyIssue('partners=CHN,XYZ&view=table', 'partners', /unknown: XYZ/, { view: 'table' });
  });

  it('names an unknown reporter code', () => {
    expectOnlyIssue('reporter=ATL&measure=value', 'reporter', /unknown: ATL/, { measure: 'value' });
  });

  it('rejects a year that is not four digits', () => {
    expectOnlyIssue('from=95&to=2010', 'from', /four-digit year/, { to: 2010 });
  });

  it('rejects a year outside the data', () => {
    expectOnlyIssue('to=2030&source=dots', 'to', /a year from 1992 to 2019/, { source: 'dots' });
  });

  it('rejects from after to, falling back to the default range', () => {
    expectOnlyIssue('from=2010&to=2000&fill=on', 'to', /not before from \(2010\)/, { fill: true });
  });

  it('rejects an unknown flow, source, measure, view or on/off value', () => {
    expectOnlyIssue('flows=both&view=table', 'flows', /import and\/or export/, { view: 'table' });
    expectOnlyIssue('source=comtrade&view=table', 'source', /wits or dots/, { view: 'table' });
    expectOnlyIssue('measure=volume&view=table', 'measure', /share or value/, { view: 'table' });
    expectOnlyIssue('view=map&measure=value', 'view', /chart or table/, { measure: 'value' });
    expectOnlyIssue('annotations=yes&view=table', 'annotations', /on or off/, { view: 'table' });
    expectOnlyIssue('fill=1&view=table', 'fill', /on or off/, { view: 'table' });
  });

  it('rejects a data version that is not a number or that this database never recorded', () => {
    expectOnlyIssue('v=latest&view=table', 'v', /a data version number/, { view: 'table' });
    expectOnlyIssue('v=7&view=table', 'v', /a data version of this database \(1 to 3\)/, { view: 'table' });
    expectOnlyIssue('asOf=0&view=table', 'asOf', /a data version of this database/, { view: 'table' });
    expect(
      parseDashboardState(new URLSearchParams('v=1'), { ...context, dataVersions: undefined }).issues,
    ).toEqual([{ param: 'v', message: 'v: expected a data version of this database' }]);
  });

  it("rejects compare without the link's data version", () => {
    expectOnlyIssue('compare=on&view=table', 'compare', /its data version \(v=\)/, { view: 'table' });
    expectOnlyIssue('v=2&compare=yes', 'compare', /on or off/, { version: 2 });
  });

  it(`rejects more than ${MAX_PARTNERS} partners`, () => {
    expectOnlyIssue(
      'partners=CHN,RUS,DEU,ITA,FRA,TUR,USA,KOR,UZB&view=table',
      'partners',
      new RegExp(`at most ${MAX_PARTNERS}`),
      { view: 'table' },
    );
  });

  it('rejects a code given twice, whatever its case', () => {
    expectOnlyIssue('partners=CHN,chn&view=table', 'partners', /each code only once/, { view: 'table' });
  });

  it('rejects an empty partner list and a second reporter', () => {
    expectOnlyIssue('partners=&view=table', 'partners', /at least one/, { view: 'table' });
    expectOnlyIssue('reporter=KAZ,KGZ&view=table', 'reporter', /at most 1/, { view: 'table' });
  });

  it('reports each invalid parameter once and keeps every valid one', () => {
    const { state, issues } = parse(
      'reporter=TJK&partners=CHN,NOPE&flows=export&from=1890&to=2015&source=imf&measure=value&view=table&annotations=off&fill=maybe',
    );
    expect(issues.map((issue) => issue.param)).toEqual(['partners', 'from', 'source', 'fill']);
    expect(state).toEqual({
      ...DEFAULT_STATE,
      reporter: 'TJK',
      flows: ['export'],
      to: 2015,
      measure: 'value',
      view: 'table',
      annotations: false,
    });
  });
});

describe('lenient reading', () => {
  it('accepts economy codes in any case and with spaces around them', () => {
    expect(parse('reporter=kgz&partners=chn,%20Rus').state).toMatchObject({
      reporter: 'KGZ',
      partners: ['CHN', 'RUS'],
    });
    expect(parse('reporter=kgz&partners=chn,%20Rus').issues).toEqual([]);
  });

  it('reads flows in any case and order, and writes them in the canonical order', () => {
    const { state, issues } = parse('flows=EXPORT,import');
    expect(issues).toEqual([]);
    expect(state.flows).toEqual(['import', 'export']);
    expect(serializeDashboardState(state).has('flows')).toBe(false); // both flows is the default
  });

  it('ignores parameters it does not know', () => {
    expect(parse('utm_source=newsletter&view=table')).toEqual({
      state: { ...DEFAULT_STATE, view: 'table' },
      issues: [],
    });
  });
});

describe('hostile input', () => {
  const hostile = [
    'partners=<script>alert(1)</script>',
    'reporter="><img src=x onerror=alert(1)>',
    `partners=${'A'.repeat(100_000)}`,
    `partners=${'CHN,'.repeat(20_000)}`,
    `flows=${','.repeat(50_000)}`,
    `from=${'9'.repeat(5_000)}`,
    'view=table&view=chart&view=<b>&view=',
    'partners=%00%FF%ZZ&to=%E2%80%AE2017',
    '__proto__=x&constructor=y&toString=z&reporter=__proto__',
    Array.from({ length: 1_000 }, (_, i) => `partners=C${i}`).join('&'),
  ];

  for (const query of hostile) {
    it(`falls back to defaults without throwing for ${JSON.stringify(query.slice(0, 40))}`, () => {
      const { state, issues } = parse(query);
      // Whatever was sent, the state stays a valid one: every value is a default or an allowed value.
      expect(parse(serializeDashboardState(state).toString())).toEqual({ state, issues: [] });
      for (const issue of issues) expect(issue.message.startsWith(`${issue.param}: expected `)).toBe(true);
    });
  }

  it('uses the first of repeated parameters', () => {
    expect(parse('view=table&view=chart&view=<b>').state.view).toBe('table');
  });

  it('does not pass script text through as a code', () => {
    const { state, issues } = parse('partners=<script>alert(1)</script>');
    expect(state.partners).toEqual(DEFAULT_STATE.partners);
    expect(issues.map((issue) => issue.param)).toEqual(['partners']);
  });

  it('never throws for record input with odd shapes', () => {
    expect(() =>
      parseDashboardState({ partners: [], reporter: undefined, view: ['table', 'chart'] }, context),
    ).not.toThrow();
    expect(
      parseDashboardState({ partners: [], reporter: undefined, view: ['table', 'chart'] }, context).state,
    ).toEqual({ ...DEFAULT_STATE, view: 'table' });
  });
});

describe('a year range the link only half sets', () => {
  it('blames from when only from is past the default end, and keeps the default range', () => {
    const { state, issues } = parse('from=2018');
    expect(issues.map((issue) => issue.param)).toEqual(['from']);
    expect([state.from, state.to]).toEqual([DEFAULT_STATE.from, DEFAULT_STATE.to]);
  });
  it('keeps a valid to when from is fine', () => {
    expect(parse('to=2019').state.to).toBe(2019);
  });
});

describe('what the notice repeats of a bad value', () => {
  it('is cut short, so a long hostile code cannot flood the page', () => {
    const hostile = 'X'.repeat(5000);
    const { issues } = parse(`partners=${hostile}`);
    expect(issues[0].message.length).toBeLessThan(120);
  });
  it('does not let one parse change the defaults seen by the next', () => {
    const { state } = parse('');
    state.partners.push('DEU');
    expect(parse('').state.partners).toEqual(['CHN', 'RUS']);
  });
});

describe('each panel’s chart or table', () => {
  it('puts one panel’s table in the link, and only that panel’s', () => {
    const state = withPanelView(DEFAULT_STATE, 'import', 'table');
    expect(dashboardQueryString(state)).toBe('?tables=import');
    expect(panelView(parse('tables=import').state, 'import')).toBe('table');
    expect(panelView(parse('tables=import').state, 'export')).toBe('chart');
  });

  it('writes "every panel a table" one way, however it was reached', () => {
    const bothToggled = withPanelView(withPanelView(DEFAULT_STATE, 'import', 'table'), 'export', 'table');
    expect(dashboardQueryString(bothToggled)).toBe('?view=table');
    expect(parse('tables=import,export').state).toEqual({ ...DEFAULT_STATE, view: 'table' });
  });

  it('turns one panel back to a chart when every panel was a table', () => {
    const state = withPanelView({ ...DEFAULT_STATE, view: 'table' }, 'import', 'chart');
    expect(dashboardQueryString(state)).toBe('?tables=export');
  });

  it('forgets the table of a flow the view does not show', () => {
    expect(parse('flows=export&tables=import').state).toEqual({ ...DEFAULT_STATE, flows: ['export'] });
  });

  it('ignores an unknown panel name with a notice, keeping the rest', () => {
    expect(parse('tables=map&from=2000')).toEqual({
      state: { ...DEFAULT_STATE, from: 2000 },
      issues: [{ param: 'tables', message: 'tables: expected import and/or export' }],
    });
  });
});
