import { describe, expect, it } from 'vitest';
import type { Series, SeriesPoint } from '@/lib/panel/series-types';
import { buildPanelModel, filledKey, linkVersionKey, panelTitle, viewPanels } from './panel-model';
import { DEFAULT_STATE } from '../view-state/dashboard-state';

const points = (values: Record<number, number | null>): SeriesPoint[] =>
  Object.entries(values).map(([year, value]) => ({
    year: Number(year),
    value,
    ...(value === null ? { reason: 'not in the top five' } : {}),
  }));

const series = (
  partner: string,
  partnerName: string,
  values: Record<number, number | null>,
  flow: 'import' | 'export' = 'export',
): Series => ({
  reporter: 'KAZ',
  reporterName: 'Kazakhstan',
  partner,
  partnerName,
  flow,
  measure: 'share',
  unit: 'percent',
  points: points(values),
});

describe('buildPanelModel', () => {
  const data = [
    series('CHN', 'China', { 2000: 5, 2001: 9, 2002: 12 }),
    series('RUS', 'Russia', { 2000: 40, 2001: 20, 2002: 10 }),
    series('CHN', 'China', { 2000: null, 2001: 3, 2002: 4 }, 'import'),
  ];

  it('has one row per year with each partner of the flow, and nothing of the other flow', () => {
    const model = buildPanelModel(data, 'export', 'share', []);
    expect(model.rows).toEqual([
      { year: 2000, CHN: 5, RUS: 40, [filledKey('CHN')]: null, [filledKey('RUS')]: null },
      { year: 2001, CHN: 9, RUS: 20, [filledKey('CHN')]: null, [filledKey('RUS')]: null },
      { year: 2002, CHN: 12, RUS: 10, [filledKey('CHN')]: null, [filledKey('RUS')]: null },
    ]);
    expect(model.lines.map((line) => line.name)).toEqual(['China', 'Russia']);
  });

  it('says in one sentence how the shares moved and when the first passed the second', () => {
    const { summary } = buildPanelModel(data, 'export', 'share', []);
    expect(summary).toContain(
      'China’s share of Kazakhstan’s exports rose from 5.00 % in 2000 to 12.00 % in 2002',
    );
    expect(summary).toContain('Russia’s fell from 40.00 % in 2000 to 10.00 % in 2002');
    expect(summary).toContain('first passed Russia’s in 2002');
  });

  it('keeps a gap as null and adds a dashed filling line that joins the published one', () => {
    const withFill = [series('CHN', 'China', { 2000: null, 2001: 3, 2002: 4 }, 'import')];
    withFill[0].points[0].filled = { value: 1.5, source: 'dots' };
    const model = buildPanelModel(withFill, 'import', 'share', []);
    expect(model.rows[0].CHN).toBeNull();
    expect(model.rows.map((row) => row[filledKey('CHN')])).toEqual([1.5, 3, null]);
    expect(model.lines.filter((line) => line.filled)).toHaveLength(1);
  });
});

describe("a link's values as of its data version", () => {
  const data = [
    series('CHN', 'China', { 2000: 5, 2001: 9, 2002: 12 }),
    series('RUS', 'Russia', { 2000: 40, 2001: 20, 2002: 10 }),
  ];
  const sinceLink = {
    version: 1,
    createdAt: '2026-11-29T09:05:00.000Z',
    currentVersion: 2,
    changes: [
      { partner: 'CHN', flow: 'export' as const, year: 2001, then: 8, now: 9 },
      { partner: 'CHN', flow: 'export' as const, year: 2002, then: null, now: 12 },
      { partner: 'RUS', flow: 'import' as const, year: 2001, then: 1, now: 2 },
    ],
  };

  it("draws a labelled line of the link's values only for partners with a change in this flow", () => {
    const model = buildPanelModel(data, 'export', 'share', [], sinceLink);
    const link = model.lines.filter((line) => line.linkVersion);
    expect(link.map((line) => line.name)).toEqual(['China as of data version 1 (29 Nov 2026)']);
    expect(model.rows.map((row) => row[linkVersionKey('CHN')])).toEqual([5, 8, null]);
    expect(model.rows[0]).not.toHaveProperty(linkVersionKey('RUS'));
    expect(link[0].markedYears).toEqual([2001]); // marked where its value differs; 2002 had none
  });

  it('draws nothing extra without the link’s changes', () => {
    expect(buildPanelModel(data, 'export', 'share', []).lines.some((line) => line.linkVersion)).toBe(false);
  });
});

describe('viewPanels', () => {
  const response = {
    query: DEFAULT_STATE,
    source: null,
    fillSource: null,
    dataVersion: 1,
    sinceLink: null,
    series: [
      series('CHN', 'China', { 2000: 5, 2001: 9 }, 'import'),
      series('CHN', 'China', { 2000: 7, 2001: 8 }, 'export'),
    ],
  };
  const notes = [{ id: 'n', yearFrom: 2001, yearTo: 2001, title: 'N', note: '', paragraph: 1 }];

  it('gives one panel per flow of the view, in the view’s order', () => {
    const state = { ...DEFAULT_STATE, partners: ['CHN'], from: 2000, to: 2001 };
    expect(viewPanels(state, response, notes).map((panel) => panel.flow)).toEqual(['import', 'export']);
  });

  it('places the article’s notes only when the view shows them', () => {
    const state = { ...DEFAULT_STATE, partners: ['CHN'], from: 2000, to: 2001 };
    expect(viewPanels(state, response, notes)[0].notes.map((n) => n.number)).toEqual([1]);
    expect(viewPanels({ ...state, annotations: false }, response, notes)[0].notes).toEqual([]);
  });

  it('titles a panel with its flow, reporter and years', () => {
    const state = { ...DEFAULT_STATE, partners: ['CHN'], flows: ['export' as const], from: 2000, to: 2001 };
    expect(panelTitle(viewPanels(state, response, [])[0], 'Kazakhstan')).toBe(
      'Exports: Kazakhstan, 2000–2001',
    );
  });
});
